/// One value of the message variables as the typed renderer sees it: a handle on a field of the
/// ``MessageSlots`` (an invoice by its position, the customer, a list) rather than a copy in a dictionary.
///
/// The frames mirror the nodes of the tree ``MessageContext/variables()`` builds one for one: a frame is
/// present, truthy and printed exactly when the tree's value at the same path is.
enum MessageFrame: Sendable {
    /// Which sorted list of invoices an invoice frame points into.
    enum Invoices: Sendable {
        /// The invoices that triggered the message.
        case listed
        /// The customer's other overdue invoices.
        case others
        /// Both, by due date.
        case account
    }

    /// The lists a section can repeat.
    enum List: Sendable {
        /// Invoices.
        case invoices(Invoices)
        /// The totals per currency of the triggering invoices.
        case totals
        /// The totals per currency of the whole account.
        case totalsOwed
        /// The previous contacts, oldest first.
        case previousContacts
    }

    /// The root object.
    case root
    /// `customer`.
    case customer
    /// `customer.fields`.
    case customerFields
    /// `contact`.
    case contact
    /// `billing_contact` (present only when it differs from the addressee).
    case billingContact(name: String)
    /// `collector`.
    case collector
    /// `company`.
    case company
    /// `promise`.
    case promise(PaymentPromise)
    /// An invoice of a list, by position.
    case invoice(Invoices, Int)
    /// `fields` of an invoice.
    case invoiceFields(Invoices, Int)
    /// An item of `totals` or `totals_owed`.
    case total(Money)
    /// A previous contact, by position in the sorted contacts (`last_contact` is the last one).
    case previousContact(Int)
    /// A list.
    case list(List)
    /// Text.
    case text(String)
    /// `total` (or `total_owed` when `owed`): the text ``MessageVocabulary/join(_:)`` makes of the amounts per
    /// currency, written straight into the output when printed rather than built as a string.
    case joinedTotals(owed: Bool)
    /// A whole number.
    case number(Int)
    /// A yes/no value.
    case flag(Bool)
    /// An amount.
    case money(Money)
    /// A date.
    case date(CivilDate)
}
