/// The period a digest covers; with the rule and the recipient it names the digest (see
/// ``AlertDigest/key``).
///
/// Period identifiers are part of the public contract, because they are part of idempotency keys:
/// - a day: `2024-03-04` (ISO 8601 date);
/// - an ISO 8601 week: `2024-W10` (the week's year, which for the last days of December or the first days
///   of January can differ from the calendar year);
/// - an event run: `2024-03-04@1287`, the day and the highest activity-log position among the events that
///   triggered the recipient's items (just the day when no log event triggered them).
public struct AlertPeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The identifier, as it appears in keys.
    public var id: String
    /// The first day of the period.
    public var firstDay: CivilDate
    /// The last day of the period.
    public var lastDay: CivilDate

    /// Creates a period.
    ///
    /// - Parameters:
    ///   - id: The identifier, as it appears in keys.
    ///   - firstDay: The first day.
    ///   - lastDay: The last day.
    public init(id: String, firstDay: CivilDate, lastDay: CivilDate) {
        self.id = id
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    /// One day, identified by its ISO date.
    ///
    /// - Parameter date: The day.
    /// - Returns: The period `yyyy-MM-dd`.
    public static func day(_ date: CivilDate) -> AlertPeriod {
        AlertPeriod(id: date.formatted(.iso), firstDay: date, lastDay: date)
    }

    /// The ISO 8601 week (Monday to Sunday) containing a date.
    ///
    /// ```swift
    /// AlertPeriod.week(containing: try CivilDate(iso: "2024-03-04")).id   // "2024-W10"
    /// AlertPeriod.week(containing: try CivilDate(iso: "2024-12-30")).id   // "2025-W01"
    /// ```
    ///
    /// - Parameter date: A day of the week.
    /// - Returns: The period `yyyy-Www`.
    public static func week(containing date: CivilDate) -> AlertPeriod {
        let monday = date.adding(days: 1 - date.weekday.rawValue)
        let thursday = monday.adding(days: 3)
        let week = (thursday.dayOfYear - 1) / 7 + 1
        let id = "\(thursday.year)-W" + (week < 10 ? "0\(week)" : "\(week)")
        return AlertPeriod(id: id, firstDay: monday, lastDay: monday.adding(days: 6))
    }

    /// An event run on a day, identified by the day and the highest log position that triggered it.
    ///
    /// - Parameters:
    ///   - date: The day of the run.
    ///   - position: The highest triggering activity-log position, or `nil` when no log event triggered it.
    /// - Returns: The period `yyyy-MM-dd@position`, or `yyyy-MM-dd`.
    public static func event(on date: CivilDate, through position: Int64?) -> AlertPeriod {
        let day = date.formatted(.iso)
        return AlertPeriod(id: position.map { "\(day)@\($0)" } ?? day, firstDay: date, lastDay: date)
    }

    /// The identifier.
    public var description: String { id }
}
