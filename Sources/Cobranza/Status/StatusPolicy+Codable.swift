extension StatusPolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case promiseGraceDays, followUpDays, uncreditedAfterDays, planGraceDays, disputeResolutionBusinessDays
        case callAgain, defaultLocale, stages
    }

    /// Decodes a policy, filling missing fields with their defaults, and validates it.
    ///
    /// - Throws: `DecodingError` for malformed JSON, ``PolicyError`` naming the field for a value that makes
    ///   no sense.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = StatusPolicy()
        self.init(
            promiseGraceDays: try container.decodeIfPresent(Int.self, forKey: .promiseGraceDays)
                ?? defaults.promiseGraceDays,
            followUpDays: try container.decodeIfPresent(Int.self, forKey: .followUpDays) ?? defaults.followUpDays,
            uncreditedAfterDays: try container.decodeIfPresent(Int.self, forKey: .uncreditedAfterDays)
                ?? defaults.uncreditedAfterDays,
            planGraceDays: try container.decodeIfPresent(Int.self, forKey: .planGraceDays) ?? defaults.planGraceDays,
            disputeResolutionBusinessDays: try container.decodeIfPresent(
                Int.self, forKey: .disputeResolutionBusinessDays) ?? defaults.disputeResolutionBusinessDays,
            callAgain: try container.decodeIfPresent(CallAgain.self, forKey: .callAgain) ?? defaults.callAgain,
            defaultLocale: try container.decodeIfPresent(String.self, forKey: .defaultLocale)
                ?? defaults.defaultLocale,
            stages: try container.decodeIfPresent(PortfolioStagePolicy.self, forKey: .stages) ?? defaults.stages)
        try validate()
    }

    /// Encodes every field.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(promiseGraceDays, forKey: .promiseGraceDays)
        try container.encode(followUpDays, forKey: .followUpDays)
        try container.encode(uncreditedAfterDays, forKey: .uncreditedAfterDays)
        try container.encode(planGraceDays, forKey: .planGraceDays)
        try container.encode(disputeResolutionBusinessDays, forKey: .disputeResolutionBusinessDays)
        try container.encode(callAgain, forKey: .callAgain)
        try container.encode(defaultLocale, forKey: .defaultLocale)
        try container.encode(stages, forKey: .stages)
    }
}
