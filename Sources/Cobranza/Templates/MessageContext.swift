/// Everything one message is rendered from, built from domain values: the customer and the contact
/// addressed, the invoices that triggered the message and the customer's other overdue invoices, the
/// collector, the company, the previous contacts, the promise, today and the locale.
///
/// ``variables()`` turns it into the variable tree of ``TemplateSchema/message`` (documented in
/// `Documentation/Templates.md`); ``formatting`` writes its money and dates in the locale.
///
/// ```swift
/// let context = MessageContext(
///     customer: customer, invoices: [invoice], collector: ana, company: company,
///     previousContacts: [PreviousContact(date: try CivilDate(iso: "2024-03-20"), channel: .email)],
///     today: try CivilDate(iso: "2024-04-02"))
/// let message = try MessageRenderer(library: try .standard()).render(family: "direct", channel: .email, context: context)
/// ```
public struct MessageContext: Sendable, Hashable {
    /// The customer.
    public var customer: Customer
    /// The person addressed: the billing contact for reminders, the higher-ranking one from *formal* on.
    public var contact: Contact
    /// The invoices that triggered the message.
    public var invoices: [Invoice]
    /// The customer's other overdue invoices, listed as context.
    public var otherOverdueInvoices: [Invoice]
    /// The collector responsible for the customer; `nil` signs with the company's collections phone.
    public var collector: Collector?
    /// The company.
    public var company: CompanyProfile
    /// Earlier contacts, any order (they are listed oldest first).
    public var previousContacts: [PreviousContact]
    /// The customer's payment promise, if any (a broken one is cited by the *direct* tone).
    public var promise: PaymentPromise?
    /// A date to answer or pay by, stated by *final notice* and *action* messages.
    public var deadline: CivilDate?
    /// The measure an *action* message announces, in the message's language ("la suspensión del servicio").
    public var action: String?
    /// The date the message is written.
    public var today: CivilDate
    /// The locale of the message, such as `"es-AR"`.
    public var locale: String

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - customer: The customer.
    ///   - contact: The person addressed; `nil` picks the billing contact, else the first contact, else a
    ///     contact named like the customer.
    ///   - invoices: The invoices that triggered the message.
    ///   - otherOverdueInvoices: The customer's other overdue invoices (duplicates of `invoices` are dropped).
    ///   - collector: The collector responsible.
    ///   - company: The company.
    ///   - previousContacts: Earlier contacts.
    ///   - promise: The payment promise, if any.
    ///   - deadline: A date to answer or pay by.
    ///   - action: The measure an action message announces.
    ///   - today: The date the message is written.
    ///   - locale: The locale; `nil` takes the contact's, else the company's default.
    public init(
        customer: Customer, contact: Contact? = nil, invoices: [Invoice], otherOverdueInvoices: [Invoice] = [],
        collector: Collector?, company: CompanyProfile, previousContacts: [PreviousContact] = [],
        promise: PaymentPromise? = nil, deadline: CivilDate? = nil, action: String? = nil, today: CivilDate,
        locale: String? = nil
    ) {
        let addressed =
            contact ?? customer.contact(withRole: .billing) ?? customer.contacts.first ?? Contact(name: customer.name)
        self.customer = customer
        self.contact = addressed
        self.invoices = invoices
        if otherOverdueInvoices.isEmpty || invoices.isEmpty {
            self.otherOverdueInvoices = otherOverdueInvoices
        } else if invoices.count <= 8 {
            // A message names few invoices: comparing beats hashing them into a set.
            self.otherOverdueInvoices = otherOverdueInvoices.filter { other in
                !invoices.contains { $0.id == other.id }
            }
        } else {
            let triggering = Set(invoices.map(\.id))
            self.otherOverdueInvoices = otherOverdueInvoices.filter { !triggering.contains($0.id) }
        }
        self.collector = collector
        self.company = company
        self.previousContacts = previousContacts
        self.promise = promise
        self.deadline = deadline
        self.action = action
        self.today = today
        self.locale = LocaleTag.normalized(locale ?? addressed.locale ?? company.defaultLocale)
    }

    /// The language of the message, `"es"` or `"en"`, which picks the words of labels in the tree.
    public var language: String { LocaleTag.language(of: locale) == "es" ? "es" : "en" }

    /// How the message's money and dates are written.
    public var formatting: TemplateFormatting { TemplateFormatting(localeIdentifier: locale) }
}
