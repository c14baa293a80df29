/// A customer message the run recorded in the outbox (and, if the dispatch reached it, delivered).
///
/// Encodes with the keys `customer_id`, `channel`, `stage`, `invoice_ids`, `to` (a public contract: the
/// command line prints it).
public struct RunMessage: Sendable, Hashable, Codable {
    /// The customer.
    public var customerID: CustomerID
    /// The channel.
    public var channel: Channel
    /// The cadence stage of the message (its leading step's).
    public var stage: CadenceStage
    /// The invoices that reached a step, in order.
    public var invoiceIDs: [InvoiceID]
    /// The addresses.
    public var to: [String]

    private enum CodingKeys: String, CodingKey {
        case customerID = "customer_id"
        case channel, stage
        case invoiceIDs = "invoice_ids"
        case to
    }

    /// Creates a message line.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - channel: The channel.
    ///   - stage: The cadence stage.
    ///   - invoiceIDs: The invoices.
    ///   - to: The addresses.
    public init(customerID: CustomerID, channel: Channel, stage: CadenceStage, invoiceIDs: [InvoiceID], to: [String]) {
        self.customerID = customerID
        self.channel = channel
        self.stage = stage
        self.invoiceIDs = invoiceIDs
        self.to = to
    }
}
