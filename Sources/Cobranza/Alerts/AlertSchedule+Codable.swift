extension AlertSchedule: Codable {
    /// Decodes `"daily"`, `"weekly:<weekday>"` or `"on_event"`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` naming the text and the accepted forms.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let schedule = AlertSchedule(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Unknown alert schedule '\(text)': expected \"daily\", \"on_event\" or "
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

    /// The text form: `"daily"`, `"weekly:monday"` or `"on_event"`.
    public var text: String {
        switch self {
        case .daily: return "daily"
        case .onEvent: return "on_event"
        case .weekly(let weekday): return weekday.weeklyScheduleText
        }
    }

    /// Parses the text form.
    ///
    /// - Parameter text: `"daily"`, `"weekly:<weekday>"` or `"on_event"` (case is ignored).
    public init?(text: String) {
        let lowered = text.lowercased()
        switch lowered {
        case "daily": self = .daily
        case "on_event": self = .onEvent
        default:
            guard let weekday = Weekday(weeklyScheduleText: lowered) else { return nil }
            self = .weekly(on: weekday)
        }
    }
}
