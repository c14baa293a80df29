/// The result of a collector's contact with a customer: the five outcomes of seed 001.
///
/// | outcome | status afterwards | also |
/// |---|---|---|
/// | ``promiseToPay(date:amount:)`` | promised | comment; reminders held until the date (+ grace) |
/// | ``noCommitment(followUpInDays:)`` | unchanged | comment; follow-up task in N days |
/// | ``saysItPaid(on:)`` | payment reported | comment; reminders held; flagged if not credited after X days |
/// | ``dispute(departmentID:reason:)`` | disputed | comment; reminders held; a task for the department |
/// | ``unreachable(callAgain:)`` | unchanged | statement email queued; attempt logged; call-back task |
public enum ContactOutcome: Sendable, Hashable {
    /// The customer promises to pay by `date`; `amount` is `nil` for the whole balance, or the part promised,
    /// spread over the invoices oldest due first.
    case promiseToPay(date: CivilDate, amount: Money? = nil)
    /// The customer acknowledges the debt but commits to nothing; follow up in `followUpInDays` days
    /// (``StatusPolicy/followUpDays`` when `nil`).
    case noCommitment(followUpInDays: Int? = nil)
    /// The customer says it already paid, on `date`.
    case saysItPaid(on: CivilDate)
    /// The customer disputes the invoices; `departmentID` must resolve it.
    case dispute(departmentID: DepartmentID, reason: String)
    /// The customer could not be reached; call again as `callAgain` says (``StatusPolicy/callAgain`` when
    /// `nil`).
    case unreachable(callAgain: CallAgain? = nil)

    /// The kind of activity the outcome is logged as.
    public var activityKind: ActivityKind {
        switch self {
        case .promiseToPay: return .promiseMade
        case .noCommitment: return .noCommitment
        case .saysItPaid: return .paymentReported
        case .dispute: return .disputeOpened
        case .unreachable: return .unreachable
        }
    }
}
