/// A business calendar made of a fixed weekend and a list of holidays — the calendar most integrators need.
///
/// ```swift
/// let calendar = WorkweekCalendar(
///     name: "AR 2026",
///     holidays: [try CivilDate(iso: "2026-01-01"), try CivilDate(iso: "2026-05-25")]
/// )
/// calendar.isBusinessDay(try CivilDate(iso: "2026-05-25"))  // false
/// ```
///
/// Cobranza ships no national holiday lists: governments move holidays by decree, so the list belongs in
/// your configuration, not in a library release. Keep it in JSON and decode it:
///
/// ```json
/// {
///   "name": "AR 2026",
///   "weekendDays": [6, 7],
///   "holidays": ["2026-01-01", "2026-02-16", "2026-02-17", "2026-03-24"]
/// }
/// ```
///
/// ```swift
/// let calendar = try JSONDecoder().decode(WorkweekCalendar.self, from: data)
/// ```
///
/// `weekendDays` holds ISO weekday numbers (Monday 1 … Sunday 7) and defaults to Saturday and Sunday when
/// absent; `holidays` holds `yyyy-MM-dd` dates and defaults to none. A malformed or impossible date fails
/// decoding with a `DecodingError` whose coding path points at it (`holidays[3]`) and whose description
/// names the text. Encoding writes both lists sorted, so the JSON is stable and diffs cleanly.
public struct WorkweekCalendar: BusinessCalendar, Sendable, Hashable {
    /// A name for logs and reports, such as `"AR 2026"`.
    public var name: String
    /// The days of the week that are never business days.
    public var weekendDays: Set<Weekday>
    /// Dates that are not business days although they fall on a weekday.
    public var holidays: Set<CivilDate>

    /// Creates a calendar.
    ///
    /// - Parameters:
    ///   - name: A name for logs and reports.
    ///   - weekendDays: The days of the week that are never business days; Saturday and Sunday by default.
    ///   - holidays: Dates that are not business days; none by default.
    public init(
        name: String,
        weekendDays: Set<Weekday> = [.saturday, .sunday],
        holidays: Set<CivilDate> = []
    ) {
        self.name = name
        self.weekendDays = weekendDays
        self.holidays = holidays
    }

    /// Monday to Friday, with no holidays.
    public static let mondayToFriday = WorkweekCalendar(name: "Monday to Friday")

    /// Whether `date` is neither a weekend day nor a holiday.
    ///
    /// - Complexity: O(1): two set lookups.
    /// - Parameter date: A civil date.
    /// - Returns: `false` on weekend days and holidays.
    public func isBusinessDay(_ date: CivilDate) -> Bool {
        !weekendDays.contains(date.weekday) && !holidays.contains(date)
    }
}

extension WorkweekCalendar: Codable {
    private enum CodingKeys: String, CodingKey {
        case name
        case weekendDays
        case holidays
    }

    /// Decodes a calendar; `weekendDays` and `holidays` may be omitted.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a field has the wrong type, a weekday number is not 1 to 7, or a
    ///   holiday is not a real `yyyy-MM-dd` date (the error's coding path points at the entry).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        self.weekendDays = Set(
            try container.decodeIfPresent([Weekday].self, forKey: .weekendDays) ?? [.saturday, .sunday])
        self.holidays = Set(try container.decodeIfPresent([CivilDate].self, forKey: .holidays) ?? [])
    }

    /// Encodes the calendar with `weekendDays` and `holidays` sorted, for stable output.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(weekendDays.sorted(), forKey: .weekendDays)
        try container.encode(holidays.sorted(), forKey: .holidays)
    }
}
