extension CadenceStep: Codable {
    private enum CodingKeys: String, CodingKey {
        case id
        case trigger
        case stage
        case channels
        case template
        case sender
        case contactRole = "contact"
        case conditions
        case action
        case signed
    }

    /// Decodes a step; `channels`, `template`, `sender`, `contact`, `conditions`, `action` and `signed` may
    /// be omitted and take the defaults of ``init(id:trigger:stage:channels:template:sender:contactRole:conditions:action:signed:)``.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` at the field's coding path when a field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            trigger: try container.decode(CadenceTrigger.self, forKey: .trigger),
            stage: try container.decode(CadenceStage.self, forKey: .stage),
            channels: try container.decodeIfPresent([Channel].self, forKey: .channels) ?? [],
            template: try container.decodeIfPresent(String.self, forKey: .template),
            sender: try container.decodeIfPresent(SenderRole.self, forKey: .sender) ?? .system,
            contactRole: try container.decodeIfPresent(ContactRole.self, forKey: .contactRole),
            conditions: try container.decodeIfPresent(CadenceConditions.self, forKey: .conditions),
            action: try container.decodeIfPresent(CollectionAction.self, forKey: .action),
            signed: try container.decodeIfPresent(Bool.self, forKey: .signed) ?? false)
    }

    /// Encodes every field, leaving out `conditions` and `action` when absent and `signed` when false.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(trigger, forKey: .trigger)
        try container.encode(stage, forKey: .stage)
        try container.encode(channels, forKey: .channels)
        try container.encode(template, forKey: .template)
        try container.encode(sender, forKey: .sender)
        try container.encode(contactRole, forKey: .contactRole)
        try container.encodeIfPresent(conditions, forKey: .conditions)
        try container.encodeIfPresent(action, forKey: .action)
        if signed { try container.encode(signed, forKey: .signed) }
    }
}
