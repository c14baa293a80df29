extension BusinessCalendar {
    /// The longest run of non-business days a search walks through before giving up.
    static var searchLimit: Int { 366 }

    /// The first business day on or after `date`: `date` itself when it is one.
    ///
    /// ```swift
    /// let calendar = WorkweekCalendar.mondayToFriday
    /// calendar.nextBusinessDay(onOrAfter: try CivilDate(iso: "2024-03-16"))  // Saturday → 2024-03-18
    /// ```
    ///
    /// A calendar with no business day in the 366 days from `date` breaks the protocol's requirements; the
    /// search then stops and returns `date.adding(days: 366)` rather than looping forever.
    ///
    /// - Complexity: O(*k*) calls to ``isBusinessDay(_:)``, where *k* ≤ 366 is the run of non-business
    ///   days starting at `date`.
    /// - Parameter date: The date to start from.
    /// - Returns: The earliest business day not before `date`.
    public func nextBusinessDay(onOrAfter date: CivilDate) -> CivilDate {
        for offset in 0..<Self.searchLimit {
            let candidate = date.adding(days: offset)
            if isBusinessDay(candidate) { return candidate }
        }
        return date.adding(days: Self.searchLimit)
    }

    /// The first business day strictly after `date`.
    ///
    /// ```swift
    /// let calendar = WorkweekCalendar.mondayToFriday
    /// calendar.nextBusinessDay(after: try CivilDate(iso: "2024-03-15"))  // Friday → 2024-03-18
    /// ```
    ///
    /// - Parameter date: The date to start from.
    /// - Returns: The earliest business day later than `date` (see ``nextBusinessDay(onOrAfter:)`` for a
    ///   calendar without business days).
    public func nextBusinessDay(after date: CivilDate) -> CivilDate {
        nextBusinessDay(onOrAfter: date.adding(days: 1))
    }

    /// The last business day on or before `date`: `date` itself when it is one.
    ///
    /// ```swift
    /// let calendar = WorkweekCalendar.mondayToFriday
    /// calendar.previousBusinessDay(onOrBefore: try CivilDate(iso: "2024-03-17"))  // Sunday → 2024-03-15
    /// ```
    ///
    /// Like ``nextBusinessDay(onOrAfter:)``, the search gives up after 366 days and returns
    /// `date.adding(days: -366)`.
    ///
    /// - Complexity: O(*k*) calls to ``isBusinessDay(_:)``, *k* ≤ 366.
    /// - Parameter date: The date to start from.
    /// - Returns: The latest business day not after `date`.
    public func previousBusinessDay(onOrBefore date: CivilDate) -> CivilDate {
        for offset in 0..<Self.searchLimit {
            let candidate = date.adding(days: -offset)
            if isBusinessDay(candidate) { return candidate }
        }
        return date.adding(days: -Self.searchLimit)
    }

    /// The last business day strictly before `date`.
    ///
    /// - Parameter date: The date to start from.
    /// - Returns: The latest business day earlier than `date` (see ``previousBusinessDay(onOrBefore:)``).
    public func previousBusinessDay(before date: CivilDate) -> CivilDate {
        previousBusinessDay(onOrBefore: date.adding(days: -1))
    }

    /// The date `businessDays` business days after `date` (before it when negative).
    ///
    /// Each step moves to the next (or previous) business day, so the start date need not be a business
    /// day: two business days after Saturday is Tuesday. Zero business days is `date` itself, business day
    /// or not; use ``nextBusinessDay(onOrAfter:)`` to roll a date forward.
    ///
    /// ```swift
    /// let calendar = WorkweekCalendar.mondayToFriday
    /// let friday = try CivilDate(iso: "2024-03-15")
    /// calendar.adding(businessDays: 1, to: friday)   // 2024-03-18, Monday
    /// calendar.adding(businessDays: -5, to: friday)  // 2024-03-08, Friday
    /// ```
    ///
    /// - Complexity: O(*n* · *k*) calls to ``isBusinessDay(_:)``, where *n* is `abs(businessDays)` and *k*
    ///   the longest run of non-business days crossed.
    /// - Parameters:
    ///   - businessDays: The number of business days to move; negative moves back.
    ///   - date: The date to start from.
    /// - Returns: The business day reached, or `date` when `businessDays` is zero.
    public func adding(businessDays: Int, to date: CivilDate) -> CivilDate {
        var result = date
        if businessDays > 0 {
            for _ in 0..<businessDays { result = nextBusinessDay(after: result) }
        } else if businessDays < 0 {
            for _ in 0..<businessDays.magnitude { result = previousBusinessDay(before: result) }
        }
        return result
    }

    /// The number of business days in the half-open span `[start, end)`: `start` counts, `end` does not.
    ///
    /// ```swift
    /// let calendar = WorkweekCalendar.mondayToFriday
    /// // Friday 15 March up to, not including, Friday 22 March 2024: 5 business days.
    /// calendar.businessDays(from: try CivilDate(iso: "2024-03-15"), to: try CivilDate(iso: "2024-03-22"))
    /// ```
    ///
    /// - Complexity: O(*d*) calls to ``isBusinessDay(_:)``, where *d* is the number of days in the span.
    /// - Parameters:
    ///   - start: The first day counted.
    ///   - end: The day after the last day counted.
    /// - Returns: The count; zero when `end` is not after `start`.
    public func businessDays(from start: CivilDate, to end: CivilDate) -> Int {
        guard start < end else { return 0 }
        var count = 0
        for day in start..<end where isBusinessDay(day) { count += 1 }
        return count
    }
}
