/// How a dispute or clarification was resolved.
///
/// | resolution | in whose favour | invoice afterwards |
/// |---|---|---|
/// | ``notInCustomersFavour`` | the company's | normal, same balance: collection resumes |
/// | ``creditNote(_:)`` | the customer's | balance reduced by the credit note; cancelled if nothing is left |
/// | ``cancelInvoice`` | the customer's | cancelled, balance zero |
/// | ``adjustAmount(to:)`` | the customer's | amount corrected; balance = new amount − paid; paid if nothing is left |
public enum DisputeResolution: Sendable, Hashable {
    /// The claim was rejected: the invoice is owed as billed.
    case notInCustomersFavour
    /// A credit note for part or all of the balance.
    case creditNote(Money)
    /// The invoice is annulled.
    case cancelInvoice
    /// The billed amount is corrected to a lower one.
    case adjustAmount(to: Money)

    /// Whether the resolution favours the customer.
    public var favoursCustomer: Bool { self != .notInCustomersFavour }
}
