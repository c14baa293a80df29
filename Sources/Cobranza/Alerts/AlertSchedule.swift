/// When an alert rule produces its digests.
///
/// | schedule | due on | period of a digest |
/// |---|---|---|
/// | ``daily`` | every day | the day: `2024-03-04` |
/// | ``weekly(on:)`` | the configured weekday, or the first run after it in the same week | the ISO 8601 week: `2024-W10` |
/// | ``onEvent`` | every run that finds something new | the day and the last triggering log position: `2024-03-04@1287` |
///
/// A schedule encodes as text: `"daily"`, `"weekly:monday"` (any English weekday name, lowercase), or
/// `"on_event"`.
public enum AlertSchedule: Sendable, Hashable {
    /// Once a day: the first run of each day evaluates the rule.
    case daily
    /// Once a week: the first run on or after the given weekday within the ISO week (Monday to Sunday), so a
    /// holiday or a missed run on that weekday moves the digest to the next run of the week instead of
    /// skipping the week. Earlier in the week the rule is not evaluated.
    case weekly(on: Weekday)
    /// When it happens: every run evaluates the rule on what happened since its previous run.
    case onEvent

    /// The period a run on `date` belongs to, or `nil` when the rule is not due that day.
    ///
    /// For ``onEvent`` this is the day; the evaluator adds the last triggering log position per recipient.
    ///
    /// - Parameter date: The day of the run.
    /// - Returns: The period, or `nil` for a weekly rule before its weekday in the week.
    public func period(on date: CivilDate) -> AlertPeriod? {
        switch self {
        case .daily, .onEvent: return .day(date)
        case .weekly(let weekday): return date.weekday >= weekday ? .week(containing: date) : nil
        }
    }
}
