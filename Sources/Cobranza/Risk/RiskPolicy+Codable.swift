extension RiskPolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case tiers, factors, defaultTier, vipTier, minimumHistory, historyMonths, eventWindowDays, onTimeGraceDays
        case consecutiveEvaluations, immediateChangeTiers
    }

    /// Decodes a policy, taking the standard value for every missing field, then validates it.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for malformed input, ``PolicyError`` naming the field for a value that makes
    ///   no sense.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let standard = RiskPolicy.standard
        self.init(
            tiers: try container.decodeIfPresent([RiskTierDefinition].self, forKey: .tiers) ?? standard.tiers,
            factors: try container.decodeIfPresent([RiskFactorRule].self, forKey: .factors) ?? standard.factors,
            defaultTier: try container.decodeIfPresent(RiskTier.self, forKey: .defaultTier) ?? standard.defaultTier,
            vipTier: try container.decodeIfPresent(RiskTier.self, forKey: .vipTier) ?? standard.vipTier,
            minimumHistory: try container.decodeIfPresent(Int.self, forKey: .minimumHistory)
                ?? standard.minimumHistory,
            historyMonths: try container.decodeIfPresent(Int.self, forKey: .historyMonths) ?? standard.historyMonths,
            eventWindowDays: try container.decodeIfPresent(Int.self, forKey: .eventWindowDays)
                ?? standard.eventWindowDays,
            onTimeGraceDays: try container.decodeIfPresent(Int.self, forKey: .onTimeGraceDays)
                ?? standard.onTimeGraceDays,
            consecutiveEvaluations: try container.decodeIfPresent(Int.self, forKey: .consecutiveEvaluations)
                ?? standard.consecutiveEvaluations,
            immediateChangeTiers: try container.decodeIfPresent(Int.self, forKey: .immediateChangeTiers)
                ?? standard.immediateChangeTiers)
        try validate()
    }

    /// Encodes every field.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tiers, forKey: .tiers)
        try container.encode(factors, forKey: .factors)
        try container.encode(defaultTier, forKey: .defaultTier)
        try container.encode(vipTier, forKey: .vipTier)
        try container.encode(minimumHistory, forKey: .minimumHistory)
        try container.encode(historyMonths, forKey: .historyMonths)
        try container.encode(eventWindowDays, forKey: .eventWindowDays)
        try container.encode(onTimeGraceDays, forKey: .onTimeGraceDays)
        try container.encode(consecutiveEvaluations, forKey: .consecutiveEvaluations)
        try container.encode(immediateChangeTiers, forKey: .immediateChangeTiers)
    }
}
