import Foundation

/// The settings of the collection-status workflow: grace days, follow-up days, when a reported payment is
/// flagged, the portfolio-stage thresholds. Codable; decoding validates it, with errors naming the field.
///
/// ```json
/// {"promiseGraceDays": 2, "followUpDays": 3, "uncreditedAfterDays": 5, "planGraceDays": 0,
///  "disputeResolutionBusinessDays": 5, "callAgain": "next_business_day", "defaultLocale": "es-AR",
///  "stages": {"administrativeFromDaysLate": 1, "delinquentFromDaysLate": 31, "extrajudicialFromDaysLate": 91}}
/// ```
///
/// Every field may be left out and takes the default shown.
public struct StatusPolicy: Sendable, Hashable {
    /// Days after the promised date before an unmet promise is broken: with 2, a promise for the 10th is
    /// broken on the 13th.
    public var promiseGraceDays: Int
    /// Days until the follow-up task of a contact with no commitment (rolled to a business day).
    public var followUpDays: Int
    /// Days after the reported payment date before a payment still not credited is flagged: with 5, a
    /// payment reported for the 10th is flagged on the 16th.
    public var uncreditedAfterDays: Int
    /// Days after an installment's due date before the missed installment defaults the payment plan.
    public var planGraceDays: Int
    /// Business days a department has to resolve a dispute: the due date of its task.
    public var disputeResolutionBusinessDays: Int
    /// When to call back after an unreachable attempt, unless the outcome says.
    public var callAgain: CallAgain
    /// The locale of the statement emailed to an unreachable customer whose contact names none.
    public var defaultLocale: String
    /// The portfolio-stage thresholds.
    public var stages: PortfolioStagePolicy

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - promiseGraceDays: Days of grace after a promised date.
    ///   - followUpDays: Days until a no-commitment follow-up.
    ///   - uncreditedAfterDays: Days before a reported payment is flagged as not credited.
    ///   - planGraceDays: Days of grace after an installment's due date.
    ///   - disputeResolutionBusinessDays: Business days for a department to resolve a dispute.
    ///   - callAgain: When to call back an unreachable customer.
    ///   - defaultLocale: The locale of statements when the contact names none.
    ///   - stages: The portfolio-stage thresholds.
    public init(
        promiseGraceDays: Int = 2, followUpDays: Int = 3, uncreditedAfterDays: Int = 5, planGraceDays: Int = 0,
        disputeResolutionBusinessDays: Int = 5, callAgain: CallAgain = .nextBusinessDay,
        defaultLocale: String = "es-AR",
        stages: PortfolioStagePolicy = PortfolioStagePolicy()
    ) {
        self.promiseGraceDays = promiseGraceDays
        self.followUpDays = followUpDays
        self.uncreditedAfterDays = uncreditedAfterDays
        self.planGraceDays = planGraceDays
        self.disputeResolutionBusinessDays = disputeResolutionBusinessDays
        self.callAgain = callAgain
        self.defaultLocale = defaultLocale
        self.stages = stages
    }

    /// The last day a promise for `date` is still kept in time: the date plus the grace days.
    ///
    /// - Parameter date: The promised date.
    /// - Returns: `date + promiseGraceDays`; the promise is broken from the day after.
    public func promiseDeadline(for date: CivilDate) -> CivilDate { date.adding(days: promiseGraceDays) }

    /// Checks every value.
    ///
    /// - Throws: ``PolicyError`` naming the field, such as `stages.delinquentFromDaysLate`.
    public func validate() throws(PolicyError) {
        guard promiseGraceDays >= 0 else {
            throw .invalidValue(field: "promiseGraceDays", reason: "must not be negative")
        }
        guard followUpDays >= 1 else { throw .invalidValue(field: "followUpDays", reason: "must be at least 1") }
        guard uncreditedAfterDays >= 1 else {
            throw .invalidValue(field: "uncreditedAfterDays", reason: "must be at least 1")
        }
        guard planGraceDays >= 0 else { throw .invalidValue(field: "planGraceDays", reason: "must not be negative") }
        guard disputeResolutionBusinessDays >= 1 else {
            throw .invalidValue(field: "disputeResolutionBusinessDays", reason: "must be at least 1")
        }
        guard !defaultLocale.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .missingValue(field: "defaultLocale")
        }
        try stages.validate(prefix: "stages.")
    }
}
