/// One customer on a collector's work queue: its rank, score, the reasons, and the facts a collector needs
/// before calling.
public struct WorkQueueEntry: Sendable, Hashable, Codable {
    /// The position on the list, 1 for the first to call.
    public var rank: Int
    /// The customer.
    public var customerID: CustomerID
    /// The customer's name, when known.
    public var customerName: String?
    /// The priority score (see ``WorkQueuePolicy``).
    public var score: Double
    /// Every factor that applies (the risk tier only when it adds points), highest contribution first.
    public var reasons: [WorkQueueReason]
    /// The actionable overdue balance, one per currency.
    public var overdueBalances: [Money]
    /// The days late of the oldest actionable overdue invoice; 0 when none.
    public var daysLate: Int
    /// The customer's effective risk tier, if classified.
    public var riskTier: RiskTier?
    /// The actionable overdue invoices, oldest due first.
    public var overdueInvoiceIDs: [InvoiceID]
    /// The last contact with the customer, if any.
    public var lastContact: LastContact?

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - rank: The position.
    ///   - customerID: The customer.
    ///   - customerName: The customer's name.
    ///   - score: The score.
    ///   - reasons: The reasons.
    ///   - overdueBalances: The actionable overdue balance per currency.
    ///   - daysLate: The days late.
    ///   - riskTier: The risk tier.
    ///   - overdueInvoiceIDs: The actionable overdue invoices.
    ///   - lastContact: The last contact.
    public init(
        rank: Int, customerID: CustomerID, customerName: String?, score: Double, reasons: [WorkQueueReason],
        overdueBalances: [Money], daysLate: Int, riskTier: RiskTier?, overdueInvoiceIDs: [InvoiceID],
        lastContact: LastContact?
    ) {
        self.rank = rank
        self.customerID = customerID
        self.customerName = customerName
        self.score = score
        self.reasons = reasons
        self.overdueBalances = overdueBalances
        self.daysLate = daysLate
        self.riskTier = riskTier
        self.overdueInvoiceIDs = overdueInvoiceIDs
        self.lastContact = lastContact
    }

    /// Whether a factor contributed to the score.
    ///
    /// - Parameter factor: A factor.
    /// - Returns: `true` when one of the ``reasons`` is that factor.
    public func has(_ factor: WorkQueueFactor) -> Bool { reasons.contains { $0.factor == factor } }
}
