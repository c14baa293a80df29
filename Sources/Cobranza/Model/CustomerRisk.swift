/// The stored outcome of classifying a customer, kept between evaluations so that a tier changes only when
/// the new tier has held for several consecutive evaluations (no flapping on one late day).
///
/// ``tier`` is the tier in force — what cadences use: a manual override or the VIP tier when one applies,
/// otherwise ``computedTier``. ``computedTier`` is what payment behaviour gives after the stability rule, so
/// that removing an override or a VIP flag resumes from the customer's own classification.
public struct CustomerRisk: Sendable, Hashable, Codable {
    /// The tier in force.
    public var tier: RiskTier
    /// The score of the last evaluation (0 best … 100 worst by default).
    public var score: Double
    /// The date of the last evaluation.
    public var assessedOn: CivilDate
    /// A different tier the computation has pointed to, not yet in force.
    public var pendingTier: RiskTier?
    /// How many consecutive evaluations have pointed to ``pendingTier``.
    public var pendingCount: Int
    /// The tier payment behaviour gives after the stability rule, before any override or VIP tier; `nil` in
    /// records written before it existed, which then count ``tier`` as the computed tier.
    public var computedTier: RiskTier?

    /// Creates a risk record.
    ///
    /// - Parameters:
    ///   - tier: The tier in force.
    ///   - score: The last score.
    ///   - assessedOn: The date of the last evaluation.
    ///   - pendingTier: A tier pointed to but not yet in force.
    ///   - pendingCount: Consecutive evaluations pointing to it.
    ///   - computedTier: The tier behaviour gives after the stability rule, before any override or VIP tier.
    public init(
        tier: RiskTier, score: Double, assessedOn: CivilDate, pendingTier: RiskTier? = nil, pendingCount: Int = 0,
        computedTier: RiskTier? = nil
    ) {
        self.tier = tier
        self.score = score
        self.assessedOn = assessedOn
        self.pendingTier = pendingTier
        self.pendingCount = pendingCount
        self.computedTier = computedTier
    }
}
