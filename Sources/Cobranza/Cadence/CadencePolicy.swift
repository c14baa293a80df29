/// The contact cadences of a company: for each risk tier, which steps reach an invoice when, plus the rules
/// that hold for every tier (minimum balance, minimum gap between messages, who acts at the action stage).
///
/// Load a policy from JSON with ``load(json:decoder:)``, which validates it and names the field of any
/// problem (`tiers.C.steps[2].trigger`); start from ``default`` to adapt the shipped one:
///
/// ```swift
/// var policy = CadencePolicy.default
/// policy.minimumBalance = [Money(minorUnits: 1_000_00, currency: .ars)]
/// policy.minimumGapDays = 3
/// try policy.validate()
/// ```
///
/// ```json
/// {
///   "defaultTier": "B",
///   "minimumBalance": [{"minorUnits": 100000, "currency": "ARS"}],
///   "minimumGapDays": 2,
///   "actionsRole": "actions",
///   "tiers": {
///     "A": {"steps": [{"id": "A-friendly", "trigger": "7_days_after_due", "stage": "friendly",
///                      "channels": ["email"]}]}
///   }
/// }
/// ```
public struct CadencePolicy: Sendable, Hashable {
    /// The cadence of each risk tier. A customer whose tier has no cadence here receives nothing.
    public var tiers: [RiskTier: Cadence]
    /// The tier whose cadence applies to a customer not classified yet (no tier and no override).
    public var defaultTier: RiskTier
    /// The invoice balance below which nothing is sent or planned, at most one amount per currency; an
    /// invoice in a currency not listed has no minimum.
    public var minimumBalance: [Money]
    /// The fewest calendar days between two automatic messages to one customer (0 for no minimum). A
    /// message due sooner waits; calls, visits and action items are not held back.
    public var minimumGapDays: Int
    /// The role of the person responsible for actions (suspend service, legal, write off), who receives
    /// action items as ``TaskAssignee/role(_:)``.
    public var actionsRole: String
    /// The role that receives calls, visits and letters to sign for a customer without an assigned collector.
    public var unassignedRole: String

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - tiers: The cadence of each tier.
    ///   - defaultTier: The tier for customers not classified yet.
    ///   - minimumBalance: The invoice balance below which nothing is sent, one amount per currency.
    ///   - minimumGapDays: The fewest days between two automatic messages to one customer.
    ///   - actionsRole: The role of the person responsible for actions.
    ///   - unassignedRole: The role for tasks of customers without a collector.
    public init(
        tiers: [RiskTier: Cadence], defaultTier: RiskTier, minimumBalance: [Money] = [], minimumGapDays: Int = 0,
        actionsRole: String = "actions", unassignedRole: String = "collections"
    ) {
        self.tiers = tiers
        self.defaultTier = defaultTier
        self.minimumBalance = minimumBalance
        self.minimumGapDays = minimumGapDays
        self.actionsRole = actionsRole
        self.unassignedRole = unassignedRole
    }

    /// The cadence that applies to a customer: its effective tier's, else the default tier's.
    ///
    /// - Parameter customer: A customer.
    /// - Returns: The tier used and its cadence, or the tier and `nil` when the policy has no cadence for it.
    public func cadence(for customer: Customer) -> (tier: RiskTier, cadence: Cadence?) {
        let tier = customer.effectiveRiskTier ?? defaultTier
        return (tier, tiers[tier])
    }
}
