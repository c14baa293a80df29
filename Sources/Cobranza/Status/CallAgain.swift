/// When to call a customer again after an unreachable attempt.
public enum CallAgain: String, Sendable, Hashable, Codable, CaseIterable {
    /// Later the same day (the next business day if today is not one).
    case laterToday = "later_today"
    /// The next business day.
    case nextBusinessDay = "next_business_day"

    /// The day of the call-back task.
    ///
    /// - Parameters:
    ///   - today: The day of the attempt.
    ///   - calendar: The business calendar.
    /// - Returns: Today (or the next business day) for ``laterToday``; the next business day after today
    ///   for ``nextBusinessDay``.
    public func date(after today: CivilDate, calendar: any BusinessCalendar) -> CivilDate {
        switch self {
        case .laterToday: return calendar.nextBusinessDay(onOrAfter: today)
        case .nextBusinessDay: return calendar.nextBusinessDay(after: today)
        }
    }
}
