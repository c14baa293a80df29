/// The aging of receivables on a date (antigüedad de saldos), per customer, per collector, per risk tier
/// and per currency.
///
/// Each open receivable's balance on ``asOf`` — its amount minus the payment allocations dated on or before
/// ``asOf`` (see "How history is reconstructed" in `Documentation/Measures.md`) — goes in the bucket of its
/// days late, `asOf − due date` (0 up to and including the due date). Credit notes and unapplied payments are
/// not aged: they are the rows' ``AgingRow/credits``. Every row holds one currency; nothing sums two.
///
/// Rows are ordered by key (customers and collectors by id, tiers by name, `nil` last), then currency.
public struct AgingReport: Sendable, Hashable, Codable {
    /// The date the balances are measured on.
    public var asOf: CivilDate
    /// The columns, in the order of every row's ``AgingRow/amounts``.
    public var buckets: [AgingBucket]
    /// One row per customer and currency.
    public var byCustomer: [AgingRow]
    /// One row per collector and currency (by the customer's collector); key `nil` for unassigned customers.
    public var byCollector: [AgingRow]
    /// One row per risk tier and currency (by ``Customer/effectiveRiskTier``); key `nil` for unclassified.
    public var byTier: [AgingRow]
    /// One row per currency: the whole portfolio; the key is the currency code.
    public var byCurrency: [AgingRow]

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - asOf: The date measured on.
    ///   - buckets: The columns.
    ///   - byCustomer: The customer rows.
    ///   - byCollector: The collector rows.
    ///   - byTier: The tier rows.
    ///   - byCurrency: The portfolio rows.
    public init(
        asOf: CivilDate, buckets: [AgingBucket], byCustomer: [AgingRow], byCollector: [AgingRow],
        byTier: [AgingRow], byCurrency: [AgingRow]
    ) {
        self.asOf = asOf
        self.buckets = buckets
        self.byCustomer = byCustomer
        self.byCollector = byCollector
        self.byTier = byTier
        self.byCurrency = byCurrency
    }
}
