/// A calendar date without a time or a time zone — a due date, an issue date, a promise date.
///
/// A civil date is a count of days since 1970-01-01 in the proleptic Gregorian calendar. Its arithmetic is
/// integer arithmetic (no `Foundation.Calendar`), so a loop over a million invoices stays cheap, and
/// "due today" cannot drift by a day through a time zone: time zones apply once, when a ``Clock`` turns
/// an instant into today's date.
///
/// ```swift
/// let due = try CivilDate(year: 2024, month: 2, day: 28)
/// due.adding(days: 1)                         // 2024-02-29 (leap year)
/// try CivilDate(iso: "2024-03-15").weekday     // .friday
/// ```
///
/// A civil date encodes as its ISO 8601 text, `"2024-02-29"`.
public struct CivilDate: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int

    /// Creates a date from its day count.
    ///
    /// - Parameter daysSinceEpoch: Days since 1970-01-01.
    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// Creates a date from its year, month and day, validating each.
    ///
    /// - Parameters:
    ///   - year: The year, 1 to 9999.
    ///   - month: The month, 1 to 12.
    ///   - day: The day of the month, 1 to the month's length (29 February only in leap years).
    /// - Throws: ``CivilDateError/invalidComponents(year:month:day:)``.
    public init(year: Int, month: Int, day: Int) throws(CivilDateError) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.daysInMonth(year: year, month: month)).contains(day)
        else { throw .invalidComponents(year: year, month: month, day: day) }
        self.daysSinceEpoch = CivilDate.dayCount(year: year, month: month, day: day)
    }

    /// Orders dates chronologically.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    /// The year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The year.
    public var year: Int { components.year }
    /// The month, 1 to 12.
    public var month: Int { components.month }
    /// The day of the month.
    public var day: Int { components.day }

    /// The date `days` days later (earlier when negative).
    ///
    /// - Parameter days: The number of days to add.
    /// - Returns: The shifted date.
    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// The number of days from this date to `other`: positive when `other` is later.
    ///
    /// - Parameter other: Another date.
    /// - Returns: `other - self` in days.
    public func days(to other: CivilDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4).
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// Whether `year` is a Gregorian leap year.
    ///
    /// - Parameter year: A year.
    /// - Returns: `true` for years divisible by 4, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month.
    ///
    /// - Parameters:
    ///   - year: The year (for February).
    ///   - month: The month, 1 to 12.
    /// - Returns: 28 to 31; 0 for a month out of range.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// Howard Hinnant's days_from_civil; the components must be valid.
    static func dayCount(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
