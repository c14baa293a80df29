extension CivilDate {
    /// Whether this date's year is a Gregorian leap year.
    ///
    /// ```swift
    /// try CivilDate(iso: "2024-06-01").isLeapYear  // true
    /// try CivilDate(iso: "2100-06-01").isLeapYear  // false
    /// ```
    public var isLeapYear: Bool { CivilDate.isLeapYear(year) }

    /// The ordinal day of the year: 1 for 1 January, 365 or 366 for 31 December.
    public var dayOfYear: Int {
        daysSinceEpoch - CivilDate.dayCount(year: year, month: 1, day: 1) + 1
    }

    /// The first day of this date's month.
    ///
    /// ```swift
    /// try CivilDate(iso: "2024-02-17").startOfMonth  // 2024-02-01
    /// ```
    public var startOfMonth: CivilDate { adding(days: 1 - day) }

    /// The last day of this date's month.
    ///
    /// ```swift
    /// try CivilDate(iso: "2024-02-17").endOfMonth  // 2024-02-29
    /// try CivilDate(iso: "2023-02-17").endOfMonth  // 2023-02-28
    /// ```
    public var endOfMonth: CivilDate {
        let (year, month, day) = components
        return adding(days: CivilDate.daysInMonth(year: year, month: month) - day)
    }

    /// The same day of the month `months` months later (earlier when negative), clamped to the last day
    /// of a shorter month.
    ///
    /// Clamping makes the operation lossy: adding one month and then subtracting one does not always give
    /// back the original date. To build a monthly schedule, add `n` months to the first date rather than
    /// one month at a time.
    ///
    /// ```swift
    /// let january31 = try CivilDate(iso: "2024-01-31")
    /// january31.adding(months: 1)   // 2024-02-29
    /// january31.adding(months: 13)  // 2025-02-28
    /// january31.adding(months: -2)  // 2023-11-30
    /// ```
    ///
    /// - Parameter months: The number of months to add.
    /// - Returns: The shifted date.
    public func adding(months: Int) -> CivilDate {
        let (year, month, day) = components
        let monthIndex = year * 12 + (month - 1) + months
        // Floor division, so that months before year 0 stay in range.
        let newYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let newMonth = monthIndex - newYear * 12 + 1
        let newDay = Swift.min(day, CivilDate.daysInMonth(year: newYear, month: newMonth))
        return CivilDate(daysSinceEpoch: CivilDate.dayCount(year: newYear, month: newMonth, day: newDay))
    }

    /// The same month and day `years` years later (earlier when negative); 29 February becomes 28 February
    /// in a common year.
    ///
    /// ```swift
    /// try CivilDate(iso: "2024-02-29").adding(years: 1)  // 2025-02-28
    /// try CivilDate(iso: "2024-02-29").adding(years: 4)  // 2028-02-29
    /// ```
    ///
    /// - Parameter years: The number of years to add.
    /// - Returns: The shifted date.
    public func adding(years: Int) -> CivilDate { adding(months: years * 12) }
}
