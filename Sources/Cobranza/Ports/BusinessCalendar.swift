/// Which days are business days: the calendar cadences use to avoid sending on weekends and holidays.
///
/// ## Implementation requirements
/// - `isBusinessDay(_:)` must be a pure function of the date, cheap enough to call once per invoice, and
///   safe from any thread.
/// - There must be at least one business day in any 366-day span. The navigation methods search at most
///   366 days and then give up, returning the date 366 days away (see ``nextBusinessDay(onOrAfter:)``).
///
/// ``WorkweekCalendar`` is the Codable implementation most integrators need.
public protocol BusinessCalendar: Sendable {
    /// Whether `date` is a business day.
    ///
    /// - Parameter date: A civil date.
    /// - Returns: `false` on weekends and holidays.
    func isBusinessDay(_ date: CivilDate) -> Bool
}
