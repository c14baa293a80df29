extension RiskPolicy {
    /// The score of a set of features, 0 (best) … 100 (worst), and what each factor added.
    ///
    /// Each rule adds `weight × severity(value)`; the total is scaled by `100 / Σ weights`, so with the
    /// standard weights (which add up to 100) the points are exactly `weight × severity`.
    ///
    /// ```swift
    /// let (score, contributions) = RiskPolicy.standard.score(features)
    /// ```
    ///
    /// - Parameter features: A customer's features.
    /// - Returns: The score and one contribution per rule, in the policy's order.
    public func score(_ features: RiskFeatures) -> (score: Double, contributions: [RiskContribution]) {
        var totalWeight = 0.0
        for rule in factors { totalWeight += rule.weight }
        guard totalWeight > 0 else { return (0, []) }
        let scale = 100 / totalWeight
        var contributions: [RiskContribution] = []
        contributions.reserveCapacity(factors.count)
        var total = 0.0
        for rule in factors {
            let value = rule.factor.value(in: features)
            let points = value.map { rule.weight * rule.severity(of: $0) * scale } ?? 0
            total += points
            contributions.append(RiskContribution(factor: rule.factor, value: value, points: points))
        }
        return (Swift.min(100, Swift.max(0, total)), contributions)
    }

    /// The tier a score falls in: the last tier whose minimum score it reaches.
    ///
    /// ```swift
    /// RiskPolicy.standard.tier(forScore: 34.9)  // "B"
    /// RiskPolicy.standard.tier(forScore: 35)    // "C"
    /// ```
    ///
    /// - Parameter score: A score.
    /// - Returns: The tier.
    public func tier(forScore score: Double) -> RiskTier {
        var found = tiers.first?.name ?? ""
        for definition in tiers where score >= definition.minimumScore { found = definition.name }
        return RiskTier(found)
    }

    /// The worse of two tiers by the policy's order; a tier the policy does not define counts as worst.
    ///
    /// - Parameters:
    ///   - lhs: A tier.
    ///   - rhs: Another tier.
    /// - Returns: The one further from the best tier.
    public func worse(_ lhs: RiskTier, _ rhs: RiskTier) -> RiskTier {
        (tierIndex(of: lhs) ?? Int.max) >= (tierIndex(of: rhs) ?? Int.max) ? lhs : rhs
    }
}
