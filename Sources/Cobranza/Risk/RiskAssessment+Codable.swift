/// Equality, hashing and the JSON form of ``RiskAssessment`` over its public properties: contributions
/// worked out on demand compare, hash and encode like contributions kept in an array.
extension RiskAssessment: Hashable, Codable {
    private enum CodingKeys: String, CodingKey {
        case customerID, tier, source, classifiedTier, indicatedTier, usesDefaultTier, score, features
        case contributions, previousTier, risk, requiredHistory, requiredEvaluations
    }

    /// Whether two assessments have the same values.
    ///
    /// - Parameters:
    ///   - lhs: An assessment.
    ///   - rhs: Another assessment.
    /// - Returns: `true` when every public property is equal.
    public static func == (lhs: RiskAssessment, rhs: RiskAssessment) -> Bool {
        lhs.customerID == rhs.customerID && lhs.tier == rhs.tier && lhs.source == rhs.source
            && lhs.classifiedTier == rhs.classifiedTier && lhs.indicatedTier == rhs.indicatedTier
            && lhs.usesDefaultTier == rhs.usesDefaultTier && lhs.score == rhs.score && lhs.features == rhs.features
            && lhs.contributions == rhs.contributions && lhs.previousTier == rhs.previousTier
            && lhs.risk == rhs.risk && lhs.requiredHistory == rhs.requiredHistory
            && lhs.requiredEvaluations == rhs.requiredEvaluations
    }

    /// Hashes every public property.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(customerID)
        hasher.combine(tier)
        hasher.combine(source)
        hasher.combine(classifiedTier)
        hasher.combine(indicatedTier)
        hasher.combine(usesDefaultTier)
        hasher.combine(score)
        hasher.combine(features)
        hasher.combine(contributions)
        hasher.combine(previousTier)
        hasher.combine(risk)
        hasher.combine(requiredHistory)
        hasher.combine(requiredEvaluations)
    }

    /// Decodes an assessment.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a key is missing or has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            customerID: try container.decode(CustomerID.self, forKey: .customerID),
            tier: try container.decode(RiskTier.self, forKey: .tier),
            source: try container.decode(Source.self, forKey: .source),
            classifiedTier: try container.decode(RiskTier.self, forKey: .classifiedTier),
            indicatedTier: try container.decode(RiskTier.self, forKey: .indicatedTier),
            usesDefaultTier: try container.decode(Bool.self, forKey: .usesDefaultTier),
            score: try container.decode(Double.self, forKey: .score),
            features: try container.decode(RiskFeatures.self, forKey: .features),
            contributions: try container.decode([RiskContribution].self, forKey: .contributions),
            previousTier: try container.decodeIfPresent(RiskTier.self, forKey: .previousTier),
            risk: try container.decode(CustomerRisk.self, forKey: .risk),
            requiredHistory: try container.decode(Int.self, forKey: .requiredHistory),
            requiredEvaluations: try container.decode(Int.self, forKey: .requiredEvaluations))
    }

    /// Encodes the assessment.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(customerID, forKey: .customerID)
        try container.encode(tier, forKey: .tier)
        try container.encode(source, forKey: .source)
        try container.encode(classifiedTier, forKey: .classifiedTier)
        try container.encode(indicatedTier, forKey: .indicatedTier)
        try container.encode(usesDefaultTier, forKey: .usesDefaultTier)
        try container.encode(score, forKey: .score)
        try container.encode(features, forKey: .features)
        try container.encode(contributions, forKey: .contributions)
        try container.encodeIfPresent(previousTier, forKey: .previousTier)
        try container.encode(risk, forKey: .risk)
        try container.encode(requiredHistory, forKey: .requiredHistory)
        try container.encode(requiredEvaluations, forKey: .requiredEvaluations)
    }
}
