/// Why an item is in a digest, with the dates and data the reader needs; renderers turn it into a sentence
/// in the recipient's language.
public enum AlertReason: Sendable, Hashable, Codable {
    /// The customer reached the action stage: an open action task (suspend service, legal, write off) is due.
    case actionRequired(dueOn: CivilDate, task: String)
    /// A payment promise was broken; `promisedOn` is the promised date when the log recorded it.
    case promiseBroken(promisedOn: CivilDate?, amount: Money?)
    /// The customer reported paying on `reportedOn`; `days` later the money is still not credited.
    case paymentNotCredited(reportedOn: CivilDate, days: Int)
    /// A dispute (or a clarification) a department must resolve, open for `ageDays` days.
    case disputeOpen(
        departmentID: DepartmentID, departmentName: String, openedOn: CivilDate, ageDays: Int, reason: String,
        isClarification: Bool)
    /// Invoices passed the configured days late (more than `thresholdDays`) on `crossedOn`.
    case overdueThreshold(thresholdDays: Int, crossedOn: CivilDate, tier: RiskTier?)
    /// The status changed to refused to pay on a day, with the collector's comment.
    case refusedToPay(on: CivilDate, comment: String?)
    /// A reason written by a custom rule, shown as is.
    case custom(String)
}
