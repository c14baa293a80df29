/// One entry of a digest: a customer, the invoices concerned with their amounts, and why.
public struct AlertItem: Sendable, Hashable, Codable {
    /// The customer.
    public var customerID: CustomerID
    /// The customer's name, as the reader knows it.
    public var customerName: String
    /// The collector assigned to the customer, if any.
    public var collectorID: CollectorID?
    /// Why the item is listed.
    public var reason: AlertReason
    /// The invoices concerned, oldest due date first.
    public var invoices: [AlertInvoiceLine]
    /// The balances of ``invoices`` added up, one amount per currency, ordered by currency code.
    public var totals: [Money]

    /// Creates an item; the totals are computed from the lines.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - customerName: The customer's name.
    ///   - collectorID: The assigned collector.
    ///   - reason: Why the item is listed.
    ///   - invoices: The invoices concerned.
    public init(
        customerID: CustomerID, customerName: String, collectorID: CollectorID? = nil, reason: AlertReason,
        invoices: [AlertInvoiceLine]
    ) {
        self.customerID = customerID
        self.customerName = customerName
        self.collectorID = collectorID
        self.reason = reason
        self.invoices = invoices.sorted { ($0.dueDate, $0.invoiceID) < ($1.dueDate, $1.invoiceID) }
        self.totals = AlertItem.totals(of: invoices.map(\.balance))
    }

    /// The worst days late among the invoices (0 when none is late).
    public var maxDaysLate: Int { invoices.map(\.daysLate).max() ?? 0 }

    /// Amounts added up per currency, ordered by currency code.
    ///
    /// A sum beyond the 64-bit range (more than 92 quadrillion minor units) saturates instead of trapping.
    ///
    /// - Parameter amounts: Amounts in any currencies.
    /// - Returns: One total per currency.
    public static func totals(of amounts: [Money]) -> [Money] {
        var sums: [Currency: Int64] = [:]
        for amount in amounts {
            let (sum, overflow) = sums[amount.currency, default: 0].addingReportingOverflow(amount.minorUnits)
            sums[amount.currency] = overflow ? (amount.minorUnits > 0 ? .max : .min) : sum
        }
        return sums.map { Money(minorUnits: $0.value, currency: $0.key) }.sorted { $0.currency < $1.currency }
    }
}
