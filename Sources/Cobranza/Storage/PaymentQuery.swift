/// Which payments to read. Every condition given must hold; `nil` means no condition.
public struct PaymentQuery: Sendable, Hashable {
    /// Only these customers' payments.
    public var customerIDs: Set<CustomerID>?
    /// Only payments received on or after this date.
    public var from: CivilDate?
    /// Only payments received on or before this date.
    public var through: CivilDate?

    /// Creates a query.
    ///
    /// - Parameters:
    ///   - customerIDs: Only these customers' payments.
    ///   - from: Only payments on or after this date.
    ///   - through: Only payments on or before this date.
    public init(customerIDs: Set<CustomerID>? = nil, from: CivilDate? = nil, through: CivilDate? = nil) {
        self.customerIDs = customerIDs
        self.from = from
        self.through = through
    }

    /// Every payment.
    public static let all = PaymentQuery()

    /// Whether a payment satisfies the query.
    ///
    /// - Parameter payment: A payment.
    /// - Returns: Whether every condition holds.
    public func matches(_ payment: Payment) -> Bool {
        if let customerIDs, !customerIDs.contains(payment.customerID) { return false }
        if let from, payment.date < from { return false }
        if let through, payment.date > through { return false }
        return true
    }
}
