/// When the daily run re-classifies customers' risk.
///
/// Encoded as a string: `"daily"`, `"weekly:monday"` (any English weekday), `"monthly"` (the first business
/// day of each month) or `"never"`.
///
/// The schedule names the *latest scheduled day* on or before a run's date (``latestScheduledDay(onOrBefore:calendar:)``).
/// A customer is classified when it has never been, or when its last assessment is older than that day. So a
/// run that was missed on the scheduled day catches up on the next run, a second run the same day classifies
/// nobody, and a customer imported mid-week gets its first tier on its first run.
public enum RiskSchedule: Sendable, Hashable {
    /// Every run day.
    case daily
    /// Every week on a weekday.
    case weekly(Weekday)
    /// The first business day of every month.
    case monthly
    /// Only customers never classified are classified.
    case never

    /// The latest day on or before `date` on which the schedule re-classifies, or `nil` for ``never``.
    ///
    /// - Parameters:
    ///   - date: The run's date.
    ///   - calendar: The business calendar (for ``monthly``).
    /// - Returns: The day; customers assessed before it are due.
    public func latestScheduledDay(onOrBefore date: CivilDate, calendar: some BusinessCalendar) -> CivilDate? {
        switch self {
        case .daily:
            return date
        case .weekly(let weekday):
            let back = (date.weekday.rawValue - weekday.rawValue + 7) % 7
            return date.adding(days: -back)
        case .monthly:
            let first = calendar.nextBusinessDay(onOrAfter: date.startOfMonth)
            if first <= date { return first }
            return calendar.nextBusinessDay(onOrAfter: date.startOfMonth.adding(months: -1))
        case .never:
            return nil
        }
    }

    /// Whether a customer's risk must be (re)computed on a run day.
    ///
    /// - Parameters:
    ///   - risk: The customer's stored risk.
    ///   - scheduledDay: ``latestScheduledDay(onOrBefore:calendar:)`` for the run's date.
    /// - Returns: `true` when never classified or assessed before the scheduled day.
    public static func isDue(_ risk: CustomerRisk?, scheduledDay: CivilDate?) -> Bool {
        guard let risk else { return true }
        guard let scheduledDay else { return false }
        return risk.assessedOn < scheduledDay
    }
}

extension RiskSchedule: Codable {
    /// Decodes `"daily"`, `"weekly:<weekday>"`, `"monthly"` or `"never"`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for any other text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let schedule = RiskSchedule(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Unknown risk schedule '\(text)': expected \"daily\", \"monthly\", \"never\" or "
                    + "\"weekly:<weekday>\" with an English weekday such as \"weekly:monday\"")
        }
        self = schedule
    }

    /// Encodes the text form.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// The text form: `daily`, `weekly:monday`, `monthly`, `never`.
    public var text: String {
        switch self {
        case .daily: return "daily"
        case .weekly(let weekday): return weekday.weeklyScheduleText
        case .monthly: return "monthly"
        case .never: return "never"
        }
    }

    /// Reads the text form (case-insensitive).
    ///
    /// - Parameter text: `daily`, `weekly:<weekday>`, `monthly` or `never`.
    public init?(text: String) {
        let lowered = text.lowercased()
        switch lowered {
        case "daily": self = .daily
        case "monthly": self = .monthly
        case "never": self = .never
        default:
            guard let weekday = Weekday(weeklyScheduleText: lowered) else { return nil }
            self = .weekly(weekday)
        }
    }
}
