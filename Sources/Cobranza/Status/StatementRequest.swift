/// What a ``StatementComposer`` needs to write a statement of open invoices to a customer.
public struct StatementRequest: Sendable, Hashable {
    /// The customer.
    public var customer: Customer
    /// The contact the message addresses; it has an email address.
    public var contact: Contact
    /// The invoices to list, in the order to list them.
    public var invoices: [Invoice]
    /// The collector who signs, if the customer has one.
    public var collector: Collector?
    /// The date days late are measured on.
    public var asOf: CivilDate
    /// The locale to write in, such as `es-AR` or `en-US`.
    public var locale: String
    /// Why it is sent, copied to ``OutgoingMessage/purpose``.
    public var purpose: String

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - customer: The customer.
    ///   - contact: The contact addressed.
    ///   - invoices: The invoices to list.
    ///   - collector: The collector who signs.
    ///   - asOf: The date days late are measured on.
    ///   - locale: The locale.
    ///   - purpose: Why it is sent.
    public init(
        customer: Customer, contact: Contact, invoices: [Invoice], collector: Collector?, asOf: CivilDate,
        locale: String, purpose: String
    ) {
        self.customer = customer
        self.contact = contact
        self.invoices = invoices
        self.collector = collector
        self.asOf = asOf
        self.locale = locale
        self.purpose = purpose
    }
}
