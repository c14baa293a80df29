/// A message ready to deliver: rendered, addressed, tied to the invoices it is about.
///
/// Cadence steps produce messages to customers; alert digests produce messages to collectors and
/// departments. Both go through the outbox and a ``MessageSender``.
public struct OutgoingMessage: Sendable, Hashable, Codable {
    /// Who the message is for.
    public var recipient: MessageRecipient
    /// The channel to deliver on.
    public var channel: Channel
    /// The addresses on that channel: email addresses, phone numbers, a postal address for a letter.
    public var to: [String]
    /// Copies (email only).
    public var cc: [String]
    /// The subject (email and letter).
    public var subject: String?
    /// The plain-text body (every channel; the SMS text; the letter's text).
    public var body: String
    /// The HTML body (email only).
    public var htmlBody: String?
    /// The approved template and parameters (WhatsApp only).
    public var whatsAppTemplate: WhatsAppTemplateMessage?
    /// The invoices the message is about.
    public var invoiceIDs: [InvoiceID]
    /// A short label of why it was sent: a cadence stage (`friendly`) or an alert rule (`broken_promises`).
    public var purpose: String
    /// The locale it was rendered in, such as `es-AR`.
    public var locale: String?
    /// The collector responsible for the customer, who follows up by hand if the message cannot be delivered.
    public var collectorID: CollectorID?

    /// Creates a message.
    ///
    /// - Parameters:
    ///   - recipient: Who it is for.
    ///   - channel: The channel to deliver on.
    ///   - to: The addresses.
    ///   - cc: Copies.
    ///   - subject: The subject.
    ///   - body: The plain-text body.
    ///   - htmlBody: The HTML body.
    ///   - whatsAppTemplate: The WhatsApp template and parameters.
    ///   - invoiceIDs: The invoices it is about.
    ///   - purpose: Why it was sent.
    ///   - locale: The locale it was rendered in.
    ///   - collectorID: The collector who follows up if delivery fails.
    public init(
        recipient: MessageRecipient, channel: Channel, to: [String], cc: [String] = [], subject: String? = nil,
        body: String, htmlBody: String? = nil, whatsAppTemplate: WhatsAppTemplateMessage? = nil,
        invoiceIDs: [InvoiceID] = [], purpose: String, locale: String? = nil, collectorID: CollectorID? = nil
    ) {
        self.recipient = recipient
        self.channel = channel
        self.to = to
        self.cc = cc
        self.subject = subject
        self.body = body
        self.htmlBody = htmlBody
        self.whatsAppTemplate = whatsAppTemplate
        self.invoiceIDs = invoiceIDs
        self.purpose = purpose
        self.locale = locale
        self.collectorID = collectorID
    }
}
