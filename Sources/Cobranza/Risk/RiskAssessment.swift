/// The result of classifying one customer: the tier in force and why, the score, the features, and the
/// risk record to store.
///
/// Three tiers tell the story: ``indicatedTier`` is what behaviour says today (the score's tier, or the
/// policy's default tier without enough history); ``classifiedTier`` is that after the stability rule; and
/// ``tier`` is what is in force — a manual override, else the VIP tier, else ``classifiedTier``.
///
/// ``reasons`` explains it in words, in Spanish or English, built on demand: a batch over the whole
/// portfolio formats no text.
///
/// ```swift
/// let assessment = classifier.assess(customer, invoices: invoices, payments: payments, activities: log,
///                                    asOf: today)
/// assessment.tier                                           // "C"
/// assessment.reasons.map { $0.text(in: .spanish) }          // ["puntaje 41,3 de 100: nivel C", …]
/// ```
public struct RiskAssessment: Sendable {
    /// What decided the tier in force.
    public enum Source: String, Sendable, Hashable, Codable {
        /// The customer's ``Customer/riskTierOverride``, set by a person.
        case manualOverride = "manual_override"
        /// The customer is VIP and the policy's ``RiskPolicy/vipTier`` applies.
        case vip
        /// The customer's payment behaviour.
        case classification
    }

    /// The customer.
    public var customerID: CustomerID
    /// The tier in force.
    public var tier: RiskTier
    /// What decided ``tier``.
    public var source: Source
    /// The tier behaviour gives after the stability rule.
    public var classifiedTier: RiskTier
    /// The tier behaviour indicates today, before the stability rule.
    public var indicatedTier: RiskTier
    /// Whether ``indicatedTier`` is the policy's default tier because the customer lacks history.
    public var usesDefaultTier: Bool
    /// The score, 0 (best) … 100 (worst).
    public var score: Double
    /// The features the score was computed from.
    public var features: RiskFeatures {
        // Contributions worked out on demand describe these features: keep them before the features change.
        willSet { if storedContributions == nil { storedContributions = contributions } }
    }
    /// What each factor added to the score, in the policy's order.
    ///
    /// A batch (``RiskClassifier/classify(customers:invoices:payments:activities:asOf:)``) works them out
    /// when first read, from ``features`` and the policy's rules, rather than keeping an array per customer.
    public var contributions: [RiskContribution] {
        get { storedContributions ?? RiskPolicy.contributions(of: features, rules: scoringRules) }
        set { storedContributions = newValue }
    }
    /// The contributions when given or set; `nil` while they are worked out on demand.
    private var storedContributions: [RiskContribution]?
    /// The policy's rules the contributions are worked out from (the policy's own array, shared).
    private var scoringRules: [RiskFactorRule]
    /// The tier in force before this evaluation, if the customer had been classified.
    public var previousTier: RiskTier?
    /// The risk record to store on the customer.
    public var risk: CustomerRisk
    /// The assessed invoices the policy requires before the score can beat the default tier.
    public var requiredHistory: Int
    /// The consecutive evaluations the policy requires before a one-step move.
    public var requiredEvaluations: Int

    /// Creates an assessment.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - tier: The tier in force.
    ///   - source: What decided it.
    ///   - classifiedTier: The tier after stability.
    ///   - indicatedTier: The tier indicated today.
    ///   - usesDefaultTier: Whether the indicated tier is the default for lack of history.
    ///   - score: The score.
    ///   - features: The features.
    ///   - contributions: The factors' points.
    ///   - previousTier: The tier in force before.
    ///   - risk: The record to store.
    ///   - requiredHistory: The policy's minimum history.
    ///   - requiredEvaluations: The policy's consecutive evaluations.
    public init(
        customerID: CustomerID, tier: RiskTier, source: Source, classifiedTier: RiskTier, indicatedTier: RiskTier,
        usesDefaultTier: Bool, score: Double, features: RiskFeatures, contributions: [RiskContribution],
        previousTier: RiskTier?, risk: CustomerRisk, requiredHistory: Int, requiredEvaluations: Int
    ) {
        self.init(
            customerID: customerID, tier: tier, source: source, classifiedTier: classifiedTier,
            indicatedTier: indicatedTier, usesDefaultTier: usesDefaultTier, score: score, features: features,
            rules: [], previousTier: previousTier, risk: risk, requiredHistory: requiredHistory,
            requiredEvaluations: requiredEvaluations)
        self.storedContributions = contributions
    }

    /// An assessment whose contributions are worked out when first read, from `features` and `rules`.
    init(
        customerID: CustomerID, tier: RiskTier, source: Source, classifiedTier: RiskTier, indicatedTier: RiskTier,
        usesDefaultTier: Bool, score: Double, features: RiskFeatures, rules: [RiskFactorRule],
        previousTier: RiskTier?, risk: CustomerRisk, requiredHistory: Int, requiredEvaluations: Int
    ) {
        self.customerID = customerID
        self.tier = tier
        self.source = source
        self.classifiedTier = classifiedTier
        self.indicatedTier = indicatedTier
        self.usesDefaultTier = usesDefaultTier
        self.score = score
        self.features = features
        self.storedContributions = nil
        self.scoringRules = rules
        self.previousTier = previousTier
        self.risk = risk
        self.requiredHistory = requiredHistory
        self.requiredEvaluations = requiredEvaluations
    }

    /// Whether the tier in force differs from the one before (a first classification counts as a change).
    public var tierChanged: Bool { previousTier != tier }

    /// Whether the stability rule kept the tier while another one is indicated.
    public var isHeld: Bool { risk.pendingTier != nil }
}
