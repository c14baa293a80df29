import Foundation

/// Who recorded a contact outcome, when, for which invoices, on which channel, with what comment.
public struct OutcomeRequest: Sendable, Hashable {
    /// The invoices the outcome covers, all of one customer.
    public var invoiceIDs: [InvoiceID]
    /// The collector who made the contact.
    public var collectorID: CollectorID
    /// When the contact happened.
    public var timestamp: Date
    /// How the contact was made (a call by default).
    public var channel: Channel
    /// What was said, for the activity log.
    public var comment: String?
    /// The identifier of the outcome: its activity's id, the prefix of its tasks' ids and of the email's
    /// idempotency key. Recording the same id twice is refused, so a retried request cannot log twice.
    public var outcomeID: String

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - invoiceIDs: The invoices covered.
    ///   - collectorID: The collector.
    ///   - timestamp: When the contact happened.
    ///   - channel: How it was made.
    ///   - comment: What was said.
    ///   - outcomeID: The outcome's identifier; by default `outcome/<collector>/<milliseconds since 1970>`.
    public init(
        invoiceIDs: [InvoiceID], collectorID: CollectorID, timestamp: Date, channel: Channel = .phoneCall,
        comment: String? = nil, outcomeID: String? = nil
    ) {
        self.invoiceIDs = invoiceIDs
        self.collectorID = collectorID
        self.timestamp = timestamp
        self.channel = channel
        self.comment = comment
        self.outcomeID =
            outcomeID ?? "outcome/\(collectorID)/\(Int64((timestamp.timeIntervalSince1970 * 1_000).rounded()))"
    }
}
