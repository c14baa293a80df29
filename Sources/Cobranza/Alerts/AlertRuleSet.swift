/// The built-in rules a policy enables, each with its schedule and parameters; a rule left `nil` does not
/// run.
///
/// It encodes as an object keyed by the rule names — `action_required`, `broken_promises`,
/// `reported_not_credited`, `disputes_by_department`, `disputes_by_collector`, `overdue_threshold`,
/// `refused_to_pay` — and decoding rejects any other key, so a misspelt rule fails at load instead of
/// silently not running. An empty object (`"broken_promises": {}`) enables a rule with its defaults.
public struct AlertRuleSet: Sendable, Hashable {
    /// `action_required`: daily, to the person responsible for actions.
    public var actionRequired: ActionRequiredRule?
    /// `broken_promises`: daily, to each collector.
    public var brokenPromises: BrokenPromisesRule?
    /// `reported_not_credited`: weekly, to each collector.
    public var reportedNotCredited: ReportedNotCreditedRule?
    /// `disputes_by_department`: weekly, to each department.
    public var disputesByDepartment: DisputesByDepartmentRule?
    /// `disputes_by_collector`: weekly, to each collector.
    public var disputesByCollector: DisputesByCollectorRule?
    /// `overdue_threshold`: when an invoice passes the days late configured for its customer's tier.
    public var overdueThreshold: OverdueThresholdRule?
    /// `refused_to_pay`: when a status changes to refused to pay.
    public var refusedToPay: RefusedToPayRule?

    /// Creates a rule set; rules left `nil` do not run.
    ///
    /// - Parameters:
    ///   - actionRequired: `action_required`.
    ///   - brokenPromises: `broken_promises`.
    ///   - reportedNotCredited: `reported_not_credited`.
    ///   - disputesByDepartment: `disputes_by_department`.
    ///   - disputesByCollector: `disputes_by_collector`.
    ///   - overdueThreshold: `overdue_threshold`.
    ///   - refusedToPay: `refused_to_pay`.
    public init(
        actionRequired: ActionRequiredRule? = nil, brokenPromises: BrokenPromisesRule? = nil,
        reportedNotCredited: ReportedNotCreditedRule? = nil, disputesByDepartment: DisputesByDepartmentRule? = nil,
        disputesByCollector: DisputesByCollectorRule? = nil, overdueThreshold: OverdueThresholdRule? = nil,
        refusedToPay: RefusedToPayRule? = nil
    ) {
        self.actionRequired = actionRequired
        self.brokenPromises = brokenPromises
        self.reportedNotCredited = reportedNotCredited
        self.disputesByDepartment = disputesByDepartment
        self.disputesByCollector = disputesByCollector
        self.overdueThreshold = overdueThreshold
        self.refusedToPay = refusedToPay
    }

    /// Every built-in rule with its defaults: the seeds' four alerts plus the two event alerts.
    public static let standard = AlertRuleSet(
        actionRequired: ActionRequiredRule(), brokenPromises: BrokenPromisesRule(),
        reportedNotCredited: ReportedNotCreditedRule(), disputesByDepartment: DisputesByDepartmentRule(),
        disputesByCollector: DisputesByCollectorRule(), overdueThreshold: OverdueThresholdRule(),
        refusedToPay: RefusedToPayRule())

    /// The enabled rules, in the order above.
    public var all: [any AlertRule] {
        let rules: [(any AlertRule)?] = [
            actionRequired, brokenPromises, reportedNotCredited, disputesByDepartment, disputesByCollector,
            overdueThreshold, refusedToPay,
        ]
        return rules.compactMap { $0 }
    }
}
