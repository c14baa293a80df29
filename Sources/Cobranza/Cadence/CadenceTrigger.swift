/// When a cadence step falls due for an invoice: on its issue date, some days before its due date, on its
/// due date, or some days after it.
///
/// Days are calendar days. A step whose date falls on a weekend or holiday waits for the next business day
/// (see ``CadencePlanner``). "Due today" is not overdue: the first day after due is `daysAfterDue(1)`.
///
/// A trigger encodes as a short string: `"on_issue"`, `"3_days_before_due"`, `"on_due_date"`,
/// `"7_days_after_due"` (`"1_day_after_due"` for one day; both spellings decode).
public enum CadenceTrigger: Sendable, Hashable {
    /// The day the invoice is issued.
    case onIssue
    /// A number of days (at least 1) before the due date.
    case daysBeforeDue(Int)
    /// The due date itself.
    case onDueDate
    /// A number of days (at least 1) after the due date.
    case daysAfterDue(Int)

    /// Whether the trigger is anchored before or on the due date (a notice, not a reminder).
    public var isPreDue: Bool {
        switch self {
        case .onIssue, .daysBeforeDue, .onDueDate: return true
        case .daysAfterDue: return false
        }
    }

    /// The date the step falls due for an invoice, before any business-day shift.
    ///
    /// - Parameters:
    ///   - issueDate: The invoice's issue date.
    ///   - dueDate: The invoice's due date.
    /// - Returns: The nominal date of the step.
    public func date(issueDate: CivilDate, dueDate: CivilDate) -> CivilDate {
        switch self {
        case .onIssue: return issueDate
        case .daysBeforeDue(let days): return dueDate.adding(days: -days)
        case .onDueDate: return dueDate
        case .daysAfterDue(let days): return dueDate.adding(days: days)
        }
    }

    /// The offset in days from the due date for due-anchored triggers; `nil` for ``onIssue``.
    var dueOffset: Int? {
        switch self {
        case .onIssue: return nil
        case .daysBeforeDue(let days): return -days
        case .onDueDate: return 0
        case .daysAfterDue(let days): return days
        }
    }
}
