/// Something that was due and was not done, and why: a cadence step the planner skipped, or a message that
/// could not be written.
///
/// Encodes with the keys `customer_id`, `invoice_id`, `step_id`, `reason`.
public struct RunSkip: Sendable, Hashable, Codable {
    /// The customer.
    public var customerID: CustomerID
    /// The invoice, if the skip concerns one.
    public var invoiceID: InvoiceID?
    /// The cadence step, if any.
    public var stepID: String?
    /// Why, as a sentence.
    public var reason: String

    private enum CodingKeys: String, CodingKey {
        case customerID = "customer_id"
        case invoiceID = "invoice_id"
        case stepID = "step_id"
        case reason
    }

    /// Creates a skip line.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - invoiceID: The invoice.
    ///   - stepID: The cadence step.
    ///   - reason: Why.
    public init(customerID: CustomerID, invoiceID: InvoiceID?, stepID: String?, reason: String) {
        self.customerID = customerID
        self.invoiceID = invoiceID
        self.stepID = stepID
        self.reason = reason
    }

    /// Creates the line of a cadence skip.
    ///
    /// - Parameter skip: The skip.
    public init(_ skip: CadenceSkip) {
        self.init(
            customerID: skip.customerID, invoiceID: skip.invoiceID, stepID: skip.stepID,
            reason: skip.reason.description)
    }
}
