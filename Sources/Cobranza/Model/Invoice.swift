/// Identifies an ``Invoice``.
public typealias InvoiceID = Identifier<Invoice>

/// A receivable with a due date: an invoice, an installment, a debit note, or a credit note (factura).
///
/// The invoice's ``amount`` is what was billed; its ``balance`` is what is still owed after payments.
/// Both are in the same currency. Due dates are civil dates, so "due today" is never overdue: an invoice
/// is overdue only from the day after its due date.
///
/// ```swift
/// let invoice = Invoice(
///     id: "FA-0001", number: "A-0001-00001234", customerID: "C-001",
///     issueDate: try CivilDate(iso: "2024-03-01"), dueDate: try CivilDate(iso: "2024-03-31"),
///     amount: Money(minorUnits: 150_000_00, currency: .ars))
/// invoice.daysLate(asOf: try CivilDate(iso: "2024-04-07"))   // 7
/// ```
public struct Invoice: Sendable, Hashable, Codable, Identifiable {
    /// The identifier in the integrator's systems.
    public var id: InvoiceID
    /// The number printed on the document, as the customer knows it.
    public var number: String
    /// The customer who owes it.
    public var customerID: CustomerID
    /// The kind of document.
    public var kind: InvoiceKind
    /// The date it was issued.
    public var issueDate: CivilDate
    /// The date it falls due.
    public var dueDate: CivilDate
    /// The amount billed.
    public var amount: Money
    /// The amount still owed; zero once paid.
    public var balance: Money
    /// Where the invoice stands in the collection process.
    public var status: CollectionStatus
    /// Free fields carried from the source system (purchase order, project, service entry sheet …).
    public var customFields: [String: String]

    /// Creates an invoice; the balance defaults to the full amount.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - number: The printed number.
    ///   - customerID: The customer who owes it.
    ///   - kind: The kind of document.
    ///   - issueDate: The issue date.
    ///   - dueDate: The due date.
    ///   - amount: The amount billed.
    ///   - balance: The amount still owed; `nil` means the full amount.
    ///   - status: The collection status.
    ///   - customFields: Free fields from the source system.
    public init(
        id: InvoiceID, number: String, customerID: CustomerID, kind: InvoiceKind = .invoice,
        issueDate: CivilDate, dueDate: CivilDate, amount: Money, balance: Money? = nil,
        status: CollectionStatus = .normal, customFields: [String: String] = [:]
    ) {
        self.id = id
        self.number = number
        self.customerID = customerID
        self.kind = kind
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.amount = amount
        self.balance = balance ?? amount
        self.status = status
        self.customFields = customFields
    }

    /// The currency of the invoice.
    public var currency: Currency { amount.currency }

    /// Whether something is still owed: a receivable with a positive balance that is not closed.
    public var isOpen: Bool { kind.isReceivable && balance.isPositive && !status.isClosed }

    /// The days past due on a date: 0 up to and including the due date.
    ///
    /// - Parameter date: The date to measure on.
    /// - Returns: The number of days after the due date, never negative.
    public func daysLate(asOf date: CivilDate) -> Int { Swift.max(0, dueDate.days(to: date)) }

    /// Whether the invoice is open and past its due date on a date.
    ///
    /// - Parameter date: The date to measure on.
    /// - Returns: `true` from the day after the due date while a balance is owed.
    public func isOverdue(asOf date: CivilDate) -> Bool { isOpen && date > dueDate }
}
