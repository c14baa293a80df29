/// The days a period measure covers: from ``start`` through ``end``, both included.
///
/// A period is any range of civil dates — a month, a quarter, the last 90 days. Measures that need a
/// balance "at the start" use the end of the day before ``start``; "at the end" means the end of ``end``.
///
/// ```swift
/// let march = MeasurePeriod.month(containing: try CivilDate(iso: "2024-03-15"))  // 2024-03-01 … 2024-03-31
/// march.days                                                                      // 31
/// ```
///
/// A period encodes as `{"start": "2024-03-01", "end": "2024-03-31"}`.
public struct MeasurePeriod: Sendable, Hashable, Codable {
    /// The first day of the period.
    public var start: CivilDate
    /// The last day of the period (included).
    public var end: CivilDate

    /// Creates a period.
    ///
    /// - Parameters:
    ///   - start: The first day.
    ///   - end: The last day, included; not before `start` (checked by ``MeasuresRequest/validate()``).
    public init(start: CivilDate, end: CivilDate) {
        self.start = start
        self.end = end
    }

    /// The calendar month that contains a date.
    ///
    /// - Parameter date: Any day of the month.
    /// - Returns: The period from the first to the last day of that month.
    public static func month(containing date: CivilDate) -> MeasurePeriod {
        MeasurePeriod(start: date.startOfMonth, end: date.endOfMonth)
    }

    /// The `count` days that end on a date, that date included.
    ///
    /// - Parameters:
    ///   - count: The number of days, at least 1.
    ///   - end: The last day.
    /// - Returns: The period from `end − (count − 1)` through `end`.
    public static func days(_ count: Int, endingOn end: CivilDate) -> MeasurePeriod {
        MeasurePeriod(start: end.adding(days: 1 - Swift.max(1, count)), end: end)
    }

    /// The number of days in the period, both ends included: `start.days(to: end) + 1`.
    public var days: Int { start.days(to: end) + 1 }

    /// The day before the period starts, whose closing balance is the period's opening balance.
    public var dayBeforeStart: CivilDate { start.adding(days: -1) }

    /// Whether a date falls in the period.
    ///
    /// - Parameter date: A date.
    /// - Returns: `true` from ``start`` through ``end``.
    public func contains(_ date: CivilDate) -> Bool { date >= start && date <= end }

    /// The number of months the period spans, used by the monthly-average variant of the collection
    /// effectiveness index: the count of whole calendar months when the period starts on the first of a
    /// month and ends on the last day of a month, otherwise ``days`` ÷ 30.436875 (the mean Gregorian month).
    public var months: Double {
        if start.day == 1, end == end.endOfMonth {
            let (startYear, startMonth, _) = start.components
            let (endYear, endMonth, _) = end.components
            return Double((endYear - startYear) * 12 + (endMonth - startMonth) + 1)
        }
        return Double(days) / 30.436_875
    }
}
