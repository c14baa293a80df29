/// The period measures of a portfolio (or of one collector's customers) in one currency: DSO standard and
/// countback, best possible DSO, average days delinquent, collection effectiveness index, delinquency rate
/// and average days to collect.
///
/// Every balance is reconstructed from the stored history — invoices, credit notes and payment
/// allocations — at the date it refers to, not read from today's balances (see "How history is
/// reconstructed" in `Documentation/Measures.md`). Terms used below:
/// - *receivables(d)*: at the end of day *d*, Σ balances of open receivables − unapplied credit notes −
///   unapplied payments (net, may be negative);
/// - *current(d)*: Σ balances of receivables not yet due on *d* (due date ≥ *d*);
/// - *overdue(d)*: Σ balances of receivables past due on *d* (due date < *d*);
/// - *credit sales*: Σ amounts of receivables issued in the period − Σ amounts of credit notes issued in it;
/// - *days*: the days in the period, both ends included.
///
/// A measure that is undefined for the data — no credit sales, nothing collectible, nothing paid — is `nil`
/// (absent in JSON), never `NaN`.
public struct ReceivablesMeasures: Sendable, Hashable, Codable {
    /// The collector whose customers are measured: `nil` in ``MeasuresReport/receivables`` (the whole
    /// portfolio), and in ``MeasuresReport/receivablesByCollector`` for the customers without a collector.
    public var collectorID: CollectorID?
    /// The currency of every amount.
    public var currency: Currency
    /// The period measured.
    public var period: MeasurePeriod
    /// receivables(start − 1): the net receivables at the end of the day before the period.
    public var openingReceivables: Money
    /// receivables(end): the net receivables at the end of the period.
    public var closingReceivables: Money
    /// current(end): the receivables not yet due at the end of the period.
    public var closingCurrentReceivables: Money
    /// overdue(end): the receivables past due at the end of the period.
    public var closingOverdueReceivables: Money
    /// The credit in the customers' favour at the end of the period (unapplied credit notes and payments),
    /// already subtracted from ``closingReceivables``.
    public var closingCredits: Money
    /// The net credit sales of the period: receivables issued − credit notes issued.
    public var creditSales: Money
    /// The payments applied to receivables in the period (allocations dated in it).
    public var collections: Money
    /// DSO = receivables(end) ÷ credit sales × days; `nil` without credit sales.
    public var daysSalesOutstanding: Double?
    /// Countback DSO: the days of the latest sales, month by month back from the period end, that add up to
    /// receivables(end) (see ``MeasureFormulas/countbackDaysSalesOutstanding(receivables:monthsLatestFirst:)``);
    /// `nil` when the recorded sales do not explain the receivables.
    public var countbackDaysSalesOutstanding: Double?
    /// BPDSO = current(end) ÷ credit sales × days; `nil` without credit sales.
    public var bestPossibleDaysSalesOutstanding: Double?
    /// ADD = DSO − BPDSO; `nil` when either is.
    public var averageDaysDelinquent: Double?
    /// The invoice-level average days late of the receivables past due at the end of the period:
    /// Σ (end − due date) ÷ their count; `nil` when none is past due.
    public var averageDaysLate: Double?
    /// The amount-weighted average days late at the end of the period:
    /// Σ (balance × (end − due date)) ÷ Σ balance over the past-due receivables; `nil` when none is past due.
    public var weightedAverageDaysLate: Double?
    /// CEI = (receivables(start − 1) + credit sales − receivables(end))
    /// ÷ (receivables(start − 1) + credit sales − current(end)) × 100, with the period's total credit sales;
    /// `nil` when the denominator is not positive.
    public var collectionEffectivenessIndex: Double?
    /// The same index with the period's credit sales divided by its number of months
    /// (``MeasurePeriod/months``), the variant some practitioners use for multi-month periods; equal to
    /// ``collectionEffectivenessIndex`` for a one-month period.
    public var monthlyAverageCollectionEffectivenessIndex: Double?
    /// Delinquency rate = overdue(end) ÷ (current(end) + overdue(end)) × 100; `nil` when nothing is
    /// receivable.
    public var delinquencyRate: Double?
    /// The share of open receivables at the end of the period that are past due, by count:
    /// overdue invoices ÷ open invoices × 100; `nil` when none is open.
    public var delinquentInvoiceRate: Double?
    /// The receivables paid in full in the period (their last allocation dated in it).
    public var invoicesCollected: Int
    /// Average days to collect = Σ (paid-in-full date − issue date) ÷ ``invoicesCollected``; `nil` when none.
    public var averageDaysToCollect: Double?
    /// The amount-weighted average days to collect: Σ (amount × days to collect) ÷ Σ amount; `nil` when none.
    public var weightedAverageDaysToCollect: Double?
    /// Average days beyond terms = Σ max(0, paid-in-full date − due date) ÷ ``invoicesCollected``; `nil` when
    /// none.
    public var averageDaysBeyondTerms: Double?

    /// Creates the measures; ``Measures/report(_:request:timeZone:calendar:)`` computes them.
    ///
    /// - Parameters:
    ///   - collectorID: The collector, `nil` for the portfolio or unassigned customers.
    ///   - currency: The currency.
    ///   - period: The period.
    ///   - openingReceivables: receivables(start − 1).
    ///   - closingReceivables: receivables(end).
    ///   - closingCurrentReceivables: current(end).
    ///   - closingOverdueReceivables: overdue(end).
    ///   - closingCredits: The credits at the end.
    ///   - creditSales: The net credit sales.
    ///   - collections: The payments applied in the period.
    public init(
        collectorID: CollectorID?, currency: Currency, period: MeasurePeriod,
        openingReceivables: Money, closingReceivables: Money, closingCurrentReceivables: Money,
        closingOverdueReceivables: Money, closingCredits: Money, creditSales: Money, collections: Money
    ) {
        self.collectorID = collectorID
        self.currency = currency
        self.period = period
        self.openingReceivables = openingReceivables
        self.closingReceivables = closingReceivables
        self.closingCurrentReceivables = closingCurrentReceivables
        self.closingOverdueReceivables = closingOverdueReceivables
        self.closingCredits = closingCredits
        self.creditSales = creditSales
        self.collections = collections
        self.invoicesCollected = 0
    }
}
