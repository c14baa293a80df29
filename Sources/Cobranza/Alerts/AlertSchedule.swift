/// When an alert rule produces its digests.
///
/// | schedule | due on | period of a digest |
/// |---|---|---|
/// | ``daily`` | every day | the day: `2024-03-04` |
/// | ``weekly(on:)`` | the configured weekday only | the ISO 8601 week: `2024-W10` |
/// | ``onEvent`` | every run that finds something new | the day and the last triggering log position: `2024-03-04@1287` |
///
/// A schedule encodes as text: `"daily"`, `"weekly:monday"` (any English weekday name, lowercase), or
/// `"on_event"`.
public enum AlertSchedule: Sendable, Hashable {
    /// Once a day: the first run of each day evaluates the rule.
    case daily
    /// Once a week, on the given weekday only; the other days the rule is not evaluated.
    case weekly(on: Weekday)
    /// When it happens: every run evaluates the rule on what happened since its previous run.
    case onEvent

    /// The period a run on `date` belongs to, or `nil` when the rule is not due that day.
    ///
    /// For ``onEvent`` this is the day; the evaluator adds the last triggering log position per recipient.
    ///
    /// - Parameter date: The day of the run.
    /// - Returns: The period, or `nil` for a weekly rule on another weekday.
    public func period(on date: CivilDate) -> AlertPeriod? {
        switch self {
        case .daily, .onEvent: return .day(date)
        case .weekly(let weekday): return date.weekday == weekday ? .week(containing: date) : nil
        }
    }
}
