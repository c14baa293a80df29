/// What happened in an ``Activity``.
public enum ActivityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A collector contacted the customer (call, visit, message written by hand).
    case contact
    /// A collector recorded the outcome of a contact.
    case outcome
    /// An automatic message was sent to the customer.
    case messageSent = "message_sent"
    /// An automatic message could not be delivered.
    case messageFailed = "message_failed"
    /// An invoice's collection status changed.
    case statusChange = "status_change"
    /// A payment was applied to an invoice.
    case paymentApplied = "payment_applied"
    /// Part of a payment was left as unapplied credit.
    case unappliedCredit = "unapplied_credit"
    /// A follow-up task was created.
    case taskCreated = "task_created"
    /// An internal alert mentioned the customer.
    case alertRaised = "alert_raised"
    /// A free note.
    case note
}
