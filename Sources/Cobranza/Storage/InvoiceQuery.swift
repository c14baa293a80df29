/// Which invoices to read. Every condition given must hold; `nil` means no condition.
public struct InvoiceQuery: Sendable, Hashable {
    /// Only these customers' invoices.
    public var customerIDs: Set<CustomerID>?
    /// Only open invoices (``Invoice/isOpen``: receivable, positive balance, not closed).
    public var openOnly: Bool
    /// Only invoices due on or before this date.
    public var dueOnOrBefore: CivilDate?

    /// Creates a query.
    ///
    /// - Parameters:
    ///   - customerIDs: Only these customers' invoices.
    ///   - openOnly: Only open invoices.
    ///   - dueOnOrBefore: Only invoices due on or before this date.
    public init(customerIDs: Set<CustomerID>? = nil, openOnly: Bool = false, dueOnOrBefore: CivilDate? = nil) {
        self.customerIDs = customerIDs
        self.openOnly = openOnly
        self.dueOnOrBefore = dueOnOrBefore
    }

    /// Every invoice.
    public static let all = InvoiceQuery()
    /// Every open invoice.
    public static let open = InvoiceQuery(openOnly: true)

    /// Whether an invoice satisfies the query; stores on other backends must select exactly these.
    ///
    /// - Parameter invoice: An invoice.
    /// - Returns: Whether every condition holds.
    public func matches(_ invoice: Invoice) -> Bool {
        if let customerIDs, !customerIDs.contains(invoice.customerID) { return false }
        if openOnly && !invoice.isOpen { return false }
        if let dueOnOrBefore, invoice.dueDate > dueOnOrBefore { return false }
        return true
    }
}

/// A position in the order invoices are read in: by customer, then by invoice id.
public struct InvoiceCursor: Sendable, Hashable, Comparable {
    /// The customer of the last invoice read.
    public var customerID: CustomerID
    /// The last invoice read.
    public var invoiceID: InvoiceID

    /// Creates a cursor.
    ///
    /// - Parameters:
    ///   - customerID: The customer of the last invoice read.
    ///   - invoiceID: The last invoice read.
    public init(customerID: CustomerID, invoiceID: InvoiceID) {
        self.customerID = customerID
        self.invoiceID = invoiceID
    }

    /// The cursor just after an invoice.
    ///
    /// - Parameter invoice: The last invoice read.
    public init(after invoice: Invoice) {
        self.init(customerID: invoice.customerID, invoiceID: invoice.id)
    }

    /// Orders by customer, then invoice.
    public static func < (lhs: InvoiceCursor, rhs: InvoiceCursor) -> Bool {
        (lhs.customerID, lhs.invoiceID) < (rhs.customerID, rhs.invoiceID)
    }
}
