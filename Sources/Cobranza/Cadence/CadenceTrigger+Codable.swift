extension CadenceTrigger: Codable {
    /// Decodes `"on_issue"`, `"on_due_date"`, `"N_days_before_due"` or `"N_days_after_due"`.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` at the trigger's coding path when the text is none of those or
    ///   N is not a whole number of at least 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let trigger = CadenceTrigger(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription:
                    "'\(text)' is not a trigger; expected on_issue, on_due_date, N_days_before_due or "
                    + "N_days_after_due with N at least 1")
        }
        self = trigger
    }

    /// Encodes the short string form.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// The short string form, such as `"7_days_after_due"`.
    public var text: String {
        switch self {
        case .onIssue: return "on_issue"
        case .onDueDate: return "on_due_date"
        case .daysBeforeDue(let days): return "\(days)_\(days == 1 ? "day" : "days")_before_due"
        case .daysAfterDue(let days): return "\(days)_\(days == 1 ? "day" : "days")_after_due"
        }
    }

    /// Parses the short string form.
    ///
    /// - Parameter text: `"on_issue"`, `"on_due_date"`, `"N_days_before_due"` or `"N_days_after_due"`.
    public init?(text: String) {
        switch text {
        case "on_issue":
            self = .onIssue
            return
        case "on_due_date":
            self = .onDueDate
            return
        default: break
        }
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[1] == "days" || parts[1] == "day", parts[3] == "due",
            parts[0].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let days = Int(parts[0]), days >= 1
        else { return nil }
        switch parts[2] {
        case "before": self = .daysBeforeDue(days)
        case "after": self = .daysAfterDue(days)
        default: return nil
        }
    }
}
