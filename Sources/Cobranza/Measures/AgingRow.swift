/// One line of an aging report: what a customer, a collector's portfolio, a risk tier or the whole
/// portfolio owes in one currency, spread over the aging buckets.
///
/// A row never mixes currencies: a customer billed in pesos and in dollars has two rows. Amounts are the
/// balances reconstructed at the report's date (see ``AgingReport``).
///
/// - ``total`` = Σ ``amounts`` (what is owed); ``overdue`` = the part at least one day late.
/// - ``credits`` = unapplied credit notes + unapplied payments in the customer's favour (not aged).
/// - ``net`` = ``total`` − ``credits``.
public struct AgingRow: Sendable, Hashable, Codable {
    /// The group: a customer id, a collector id, a risk tier name or a currency code; `nil` for the
    /// customers without a collector (collector rows) or without a tier (tier rows).
    public var key: String?
    /// The customer's or collector's name, when known.
    public var name: String?
    /// The currency of every amount in the row.
    public var currency: Currency
    /// The balance in each bucket, in the order of ``AgingReport/buckets``.
    public var amounts: [Money]
    /// What is owed: the sum of ``amounts``.
    public var total: Money
    /// What is past due: the balances at least one day late (with the default buckets, ``total`` minus
    /// `current`).
    public var overdue: Money
    /// Credit in the customer's favour: unapplied credit notes and unapplied payments.
    public var credits: Money
    /// ``total`` − ``credits``.
    public var net: Money
    /// The number of open receivables (invoices, installments, debit notes) in the row.
    public var openInvoices: Int
    /// The most days late of any open receivable in the row; 0 when none is late.
    public var maximumDaysLate: Int

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - key: The group's key.
    ///   - name: The group's name.
    ///   - currency: The currency.
    ///   - amounts: The balance per bucket.
    ///   - total: The sum of the buckets.
    ///   - overdue: The past-due part.
    ///   - credits: The unapplied credit.
    ///   - net: Total minus credits.
    ///   - openInvoices: The number of open receivables.
    ///   - maximumDaysLate: The most days late.
    public init(
        key: String?, name: String? = nil, currency: Currency, amounts: [Money], total: Money, overdue: Money,
        credits: Money, net: Money, openInvoices: Int, maximumDaysLate: Int
    ) {
        self.key = key
        self.name = name
        self.currency = currency
        self.amounts = amounts
        self.total = total
        self.overdue = overdue
        self.credits = credits
        self.net = net
        self.openInvoices = openInvoices
        self.maximumDaysLate = maximumDaysLate
    }
}
