/// One tier of a ``RiskPolicy``: its name, what it means, and the lowest score that falls in it.
///
/// ```json
/// {"name": "C", "meaning": "needs calls", "minimumScore": 35}
/// ```
public struct RiskTierDefinition: Sendable, Hashable, Codable {
    /// The tier's name, as customers, cadences and reports carry it.
    public var name: String
    /// What the tier means for collections, for people reading the policy.
    public var meaning: String
    /// The lowest score in this tier; the tier reaches up to the next tier's minimum. The best tier's is 0.
    public var minimumScore: Double

    /// Creates a tier definition.
    ///
    /// - Parameters:
    ///   - name: The tier's name.
    ///   - meaning: What it means.
    ///   - minimumScore: The lowest score in the tier.
    public init(name: String, meaning: String, minimumScore: Double) {
        self.name = name
        self.meaning = meaning
        self.minimumScore = minimumScore
    }

    /// The tier as customers carry it.
    public var tier: RiskTier { RiskTier(name) }
}
