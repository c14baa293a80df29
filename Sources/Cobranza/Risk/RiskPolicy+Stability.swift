extension RiskPolicy {
    /// The classification after the stability rule: the tier in force and the streak of a tier waiting.
    public struct StableTier: Sendable, Hashable {
        /// The tier behaviour gives after the rule.
        public var tier: RiskTier
        /// A different tier indicated but not yet in force.
        public var pendingTier: RiskTier?
        /// Consecutive evaluations that indicated ``pendingTier``.
        public var pendingCount: Int

        /// Creates a result.
        ///
        /// - Parameters:
        ///   - tier: The tier after the rule.
        ///   - pendingTier: A tier waiting.
        ///   - pendingCount: Its consecutive evaluations.
        public init(tier: RiskTier, pendingTier: RiskTier? = nil, pendingCount: Int = 0) {
            self.tier = tier
            self.pendingTier = pendingTier
            self.pendingCount = pendingCount
        }
    }

    /// Applies the stability rule: a newly indicated tier replaces the one in force only when it has been
    /// indicated by ``consecutiveEvaluations`` consecutive evaluations, or at once when it is at least
    /// ``immediateChangeTiers`` tiers away.
    ///
    /// Only evaluations on a later date than the previous one advance a streak, so re-running the same day
    /// changes nothing. The first evaluation of a customer, and one whose previous tier the policy no longer
    /// defines, take the indicated tier at once. A streak that points to a different tier starts over.
    ///
    /// ```swift
    /// // In force B; C indicated for the first time, with 3 consecutive evaluations needed:
    /// policy.stabilize(indicated: .c, previous: risk, asOf: today)  // tier B, pending C × 1
    /// ```
    ///
    /// - Parameters:
    ///   - indicated: The tier behaviour indicates today.
    ///   - previous: The stored risk record, if any.
    ///   - asOf: The evaluation date.
    /// - Returns: The tier after the rule and the waiting streak.
    public func stabilize(indicated: RiskTier, previous: CustomerRisk?, asOf: CivilDate) -> StableTier {
        guard let previous else { return StableTier(tier: indicated) }
        let current = previous.computedTier ?? previous.tier
        guard current != indicated else { return StableTier(tier: current) }
        guard let currentIndex = tierIndex(of: current), let indicatedIndex = tierIndex(of: indicated),
            abs(indicatedIndex - currentIndex) < immediateChangeTiers
        else { return StableTier(tier: indicated) }
        let count: Int
        if previous.pendingTier == indicated {
            count = asOf > previous.assessedOn ? previous.pendingCount + 1 : Swift.max(1, previous.pendingCount)
        } else {
            count = 1
        }
        guard count < consecutiveEvaluations else { return StableTier(tier: indicated) }
        return StableTier(tier: current, pendingTier: indicated, pendingCount: count)
    }
}
