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
        case .weekly(let weekday): return "weekly:" + AlertSchedule.weekdayNames[weekday.rawValue - 1]
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
            guard lowered.hasPrefix("weekly:") else { return nil }
            let name = lowered.dropFirst("weekly:".count)
            guard let index = AlertSchedule.weekdayNames.firstIndex(where: { $0 == name }),
                let weekday = Weekday(rawValue: index + 1)
            else { return nil }
            self = .weekly(on: weekday)
        }
    }

    /// English weekday names, Monday first (ISO order).
    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
