/// One consolidated automatic message a plan sends to a customer on a channel: every invoice of the
/// customer that reached a step that day, led by the most severe of those steps.
///
/// The message is not rendered yet. The template library renders ``templateFamily`` for ``channel`` in the
/// addressee's locale, listing ``steps``' invoices as the ones due and ``contextInvoiceIDs`` as the
/// customer's other overdue invoices. Record it in the outbox under ``key``.
public struct PlannedMessage: Sendable, Hashable, Codable {
    /// `cadence-message/<customerID>/<channel>/<yyyy-MM-dd>`.
    public var key: IdempotencyKey
    /// The customer.
    public var customerID: CustomerID
    /// The customer's collector, whose name and phone the message quotes.
    public var collectorID: CollectorID?
    /// The channel.
    public var channel: Channel
    /// Whom it reaches and where.
    public var addressee: CadenceAddressee
    /// The most severe stage among the steps: the customer's stage that day.
    public var stage: CadenceStage
    /// The template family of the leading step.
    public var templateFamily: String
    /// Who speaks for the company, from the leading step.
    public var sender: SenderRole
    /// The id of the leading step: the most severe one (the latest-triggered among equals).
    public var leadStepID: String
    /// The (invoice, step) pairs the message carries out, in the order of the portfolio's invoices.
    public var steps: [PlannedStep]
    /// The customer's other overdue invoices that are not held and not below the minimum, for context.
    public var contextInvoiceIDs: [InvoiceID]

    /// Creates a planned message.
    ///
    /// - Parameters:
    ///   - key: The message key.
    ///   - customerID: The customer.
    ///   - collectorID: The customer's collector.
    ///   - channel: The channel.
    ///   - addressee: Whom it reaches.
    ///   - stage: The most severe stage.
    ///   - templateFamily: The template family.
    ///   - sender: Who speaks.
    ///   - leadStepID: The leading step's id.
    ///   - steps: The pairs carried out.
    ///   - contextInvoiceIDs: Other overdue invoices.
    public init(
        key: IdempotencyKey, customerID: CustomerID, collectorID: CollectorID?, channel: Channel,
        addressee: CadenceAddressee, stage: CadenceStage, templateFamily: String, sender: SenderRole,
        leadStepID: String, steps: [PlannedStep], contextInvoiceIDs: [InvoiceID]
    ) {
        self.key = key
        self.customerID = customerID
        self.collectorID = collectorID
        self.channel = channel
        self.addressee = addressee
        self.stage = stage
        self.templateFamily = templateFamily
        self.sender = sender
        self.leadStepID = leadStepID
        self.steps = steps
        self.contextInvoiceIDs = contextInvoiceIDs
    }

    /// The invoices that reached a step, in order.
    public var invoiceIDs: [InvoiceID] { steps.map(\.invoiceID) }
}
