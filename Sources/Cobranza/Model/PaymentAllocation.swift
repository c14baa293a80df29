/// The part of a payment applied to one invoice.
public struct PaymentAllocation: Sendable, Hashable, Codable {
    /// The invoice paid.
    public var invoiceID: InvoiceID
    /// The amount applied to it.
    public var amount: Money

    /// Creates an allocation.
    ///
    /// - Parameters:
    ///   - invoiceID: The invoice paid.
    ///   - amount: The amount applied.
    public init(invoiceID: InvoiceID, amount: Money) {
        self.invoiceID = invoiceID
        self.amount = amount
    }
}
