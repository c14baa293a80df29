/// Identifies a ``Payment``.
public typealias PaymentID = Identifier<Payment>

/// Money received from a customer (pago), and how it was applied to the customer's invoices.
///
/// A payment names the invoices it pays (``targetInvoiceIDs``) or none, in which case it applies to the
/// customer's open invoices oldest due first. What is left after applying stays on the payment as
/// unapplied credit of the customer (``unappliedAmount``). See ``PaymentApplication``.
public struct Payment: Sendable, Hashable, Codable, Identifiable {
    /// The identifier in the integrator's systems (receipt number, bank transaction id).
    public var id: PaymentID
    /// The customer who paid.
    public var customerID: CustomerID
    /// The date the money was received.
    public var date: CivilDate
    /// The amount received.
    public var amount: Money
    /// The invoices the customer said it pays, in order; empty means oldest due first.
    public var targetInvoiceIDs: [InvoiceID]
    /// How the amount was applied, filled in by ``PaymentApplication``.
    public var allocations: [PaymentAllocation]
    /// A free reference (bank reference, check number).
    public var reference: String?

    /// Creates a payment.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - customerID: The customer who paid.
    ///   - date: The date the money was received.
    ///   - amount: The amount received.
    ///   - targetInvoiceIDs: The invoices it pays; empty for oldest due first.
    ///   - allocations: How it was applied (empty until applied).
    ///   - reference: A free reference.
    public init(
        id: PaymentID, customerID: CustomerID, date: CivilDate, amount: Money, targetInvoiceIDs: [InvoiceID] = [],
        allocations: [PaymentAllocation] = [], reference: String? = nil
    ) {
        self.id = id
        self.customerID = customerID
        self.date = date
        self.amount = amount
        self.targetInvoiceIDs = targetInvoiceIDs
        self.allocations = allocations
        self.reference = reference
    }

    /// The part of the amount applied to invoices.
    public var allocatedAmount: Money {
        Money(minorUnits: allocations.reduce(0) { $0 + $1.amount.minorUnits }, currency: amount.currency)
    }

    /// The part of the amount not applied to any invoice: the customer's credit.
    public var unappliedAmount: Money {
        Money(minorUnits: amount.minorUnits - allocatedAmount.minorUnits, currency: amount.currency)
    }
}
