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
        let contributions = Self.contributions(of: features, rules: factors)
        var total = 0.0
        for contribution in contributions { total += contribution.points }
        return (Swift.min(100, Swift.max(0, total)), contributions)
    }

    /// The score alone, without the contributions: the same sum in the same order as
    /// ``score(_:)``, so the batch allocates nothing per customer for it.
    func scoreValue(of features: RiskFeatures) -> Double {
        var totalWeight = 0.0
        for rule in factors { totalWeight += rule.weight }
        guard totalWeight > 0 else { return 0 }
        let scale = 100 / totalWeight
        var total = 0.0
        for rule in factors { total += Self.points(of: rule, value: rule.factor.value(in: features), scale: scale) }
        return Swift.min(100, Swift.max(0, total))
    }

    /// What each rule adds to the score of `features`, in the rules' order; none when the weights add up
    /// to nothing.
    static func contributions(of features: RiskFeatures, rules: [RiskFactorRule]) -> [RiskContribution] {
        var totalWeight = 0.0
        for rule in rules { totalWeight += rule.weight }
        guard totalWeight > 0 else { return [] }
        let scale = 100 / totalWeight
        var contributions: [RiskContribution] = []
        contributions.reserveCapacity(rules.count)
        for rule in rules {
            let value = rule.factor.value(in: features)
            contributions.append(
                RiskContribution(
                    factor: rule.factor, value: value, points: points(of: rule, value: value, scale: scale)))
        }
        return contributions
    }

    /// The points of one rule: its weight times the severity of the value, scaled; none without a value.
    private static func points(of rule: RiskFactorRule, value: Double?, scale: Double) -> Double {
        value.map { rule.weight * rule.severity(of: $0) * scale } ?? 0
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
