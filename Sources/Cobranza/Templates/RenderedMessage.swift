/// A message rendered from a template and a ``MessageContext``, ready to become an ``OutgoingMessage`` (or,
/// for a phone call or visit, the script of a ``FollowUpTask``).
public struct RenderedMessage: Sendable, Hashable, Codable {
    /// The family it was rendered from, such as `friendly`; it becomes the message's purpose.
    public var family: String
    /// The channel.
    public var channel: Channel
    /// The locale it was rendered in, such as `es-AR`.
    public var locale: String
    /// The key of the template used (after the language fallback).
    public var templateLanguage: String
    /// The email subject, letter reference line or task title.
    public var subject: String?
    /// The plain text: email text part, SMS, WhatsApp preview, letter, phone or visit script.
    public var body: String
    /// The HTML body (email).
    public var htmlBody: String?
    /// The approved template and its parameters (WhatsApp).
    public var whatsAppTemplate: WhatsAppTemplateMessage?
    /// The customer.
    public var customerID: CustomerID
    /// The invoices that triggered the message.
    public var invoiceIDs: [InvoiceID]
    /// The collector who follows up.
    public var collectorID: CollectorID?
    /// The addresses the context has for the channel: the contact's email, WhatsApp or phone, or the
    /// customer's postal address for a letter or visit. Empty when there is none.
    public var addresses: [String]

    /// Creates a rendered message.
    ///
    /// - Parameters:
    ///   - family: The family.
    ///   - channel: The channel.
    ///   - locale: The locale.
    ///   - templateLanguage: The language of the template used.
    ///   - subject: The subject.
    ///   - body: The plain text.
    ///   - htmlBody: The HTML body.
    ///   - whatsAppTemplate: The WhatsApp template.
    ///   - customerID: The customer.
    ///   - invoiceIDs: The invoices.
    ///   - collectorID: The collector.
    ///   - addresses: The addresses for the channel.
    public init(
        family: String, channel: Channel, locale: String, templateLanguage: String, subject: String?, body: String,
        htmlBody: String?, whatsAppTemplate: WhatsAppTemplateMessage?, customerID: CustomerID,
        invoiceIDs: [InvoiceID], collectorID: CollectorID?, addresses: [String]
    ) {
        self.family = family
        self.channel = channel
        self.locale = locale
        self.templateLanguage = templateLanguage
        self.subject = subject
        self.body = body
        self.htmlBody = htmlBody
        self.whatsAppTemplate = whatsAppTemplate
        self.customerID = customerID
        self.invoiceIDs = invoiceIDs
        self.collectorID = collectorID
        self.addresses = addresses
    }

    /// The message to put in the outbox.
    ///
    /// - Parameters:
    ///   - to: The addresses; `nil` uses ``addresses``.
    ///   - cc: Copies (email).
    /// - Returns: A message to the customer whose purpose is the family.
    public func outgoingMessage(to: [String]? = nil, cc: [String] = []) -> OutgoingMessage {
        OutgoingMessage(
            recipient: .customer(customerID), channel: channel, to: to ?? addresses, cc: cc, subject: subject,
            body: body, htmlBody: htmlBody, whatsAppTemplate: whatsAppTemplate, invoiceIDs: invoiceIDs,
            purpose: family, locale: locale, collectorID: collectorID)
    }
}
