/// A step that was due and was not planned, and why — the answer to "why didn't this customer get a
/// reminder today?".
///
/// Skips are reported only for invoices with a step due and not yet done (and, for a tier without a
/// cadence, once per customer), so an idle portfolio produces none.
public struct CadenceSkip: Sendable, Hashable, Codable {
    /// The customer.
    public var customerID: CustomerID
    /// The invoice, if the skip concerns one.
    public var invoiceID: InvoiceID?
    /// The step that was due, if any.
    public var stepID: String?
    /// Why it was not planned.
    public var reason: CadenceSkipReason

    /// Creates a skip.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - invoiceID: The invoice.
    ///   - stepID: The step that was due.
    ///   - reason: Why it was not planned.
    public init(customerID: CustomerID, invoiceID: InvoiceID?, stepID: String?, reason: CadenceSkipReason) {
        self.customerID = customerID
        self.invoiceID = invoiceID
        self.stepID = stepID
        self.reason = reason
    }
}
