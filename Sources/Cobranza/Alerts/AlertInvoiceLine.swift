/// One invoice listed in an alert item, as it stands on the day of the run.
public struct AlertInvoiceLine: Sendable, Hashable, Codable {
    /// The invoice.
    public var invoiceID: InvoiceID
    /// The printed number.
    public var number: String
    /// The due date.
    public var dueDate: CivilDate
    /// The balance still owed.
    public var balance: Money
    /// The days past due on the day of the run.
    public var daysLate: Int
    /// The collection status.
    public var status: CollectionStatusKind

    /// Creates a line.
    ///
    /// - Parameters:
    ///   - invoiceID: The invoice.
    ///   - number: The printed number.
    ///   - dueDate: The due date.
    ///   - balance: The balance still owed.
    ///   - daysLate: The days past due.
    ///   - status: The collection status.
    public init(
        invoiceID: InvoiceID, number: String, dueDate: CivilDate, balance: Money, daysLate: Int,
        status: CollectionStatusKind
    ) {
        self.invoiceID = invoiceID
        self.number = number
        self.dueDate = dueDate
        self.balance = balance
        self.daysLate = daysLate
        self.status = status
    }

    /// The line for an invoice on a day.
    ///
    /// - Parameters:
    ///   - invoice: The invoice.
    ///   - date: The day of the run.
    public init(_ invoice: Invoice, on date: CivilDate) {
        self.init(
            invoiceID: invoice.id, number: invoice.number, dueDate: invoice.dueDate, balance: invoice.balance,
            daysLate: invoice.daysLate(asOf: date), status: invoice.status.kind)
    }
}
