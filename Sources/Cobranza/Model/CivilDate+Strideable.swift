extension CivilDate: Strideable {
    /// The number of days from this date to `other`; the same as ``days(to:)``.
    ///
    /// - Parameter other: Another date.
    /// - Returns: `other - self` in days.
    public func distance(to other: CivilDate) -> Int { days(to: other) }

    /// The date `n` days later (earlier when negative); the same as ``adding(days:)``.
    ///
    /// Being `Strideable` with an integer stride makes a closed range of dates a sequence of days:
    ///
    /// ```swift
    /// for day in start...end where calendar.isBusinessDay(day) { … }
    /// ```
    ///
    /// - Parameter n: The number of days to add.
    /// - Returns: The shifted date.
    public func advanced(by n: Int) -> CivilDate { adding(days: n) }
}
