/// What a customer's history says about it as a payer, as of a date: the inputs of the risk score and of
/// its reasons.
///
/// **Assessed invoices** are the receivables (not credit notes, not cancelled) issued by the as-of date
/// that either were paid — their due date after ``historyStart`` and the date of the payment that settled
/// them known — or are still unpaid more than the grace days past due, whatever their due date (old debt
/// never ages out while it is owed). Invoices written off as uncollectible count as unpaid when due after
/// ``historyStart``. An invoice marked paid without any payment allocated to it has no known payment date
/// and is not assessed. Days late are counted to the settling payment, or to the as-of date while unpaid;
/// early payment counts 0.
///
/// Everything is as of ``asOf``: payments dated after it are undone (their allocations are added back to
/// the balances) and invoices issued after it are ignored.
///
/// **Currencies are never summed.** Balances and billed volume are listed per currency. The ratios —
/// ``overdueRatio`` and ``amountWeightedDaysLate`` — are computed in the customer's ``primaryCurrency``: the
/// currency of most of its invoices (ties go to the lowest ISO code). ``creditLimitUse`` compares the open
/// balance in the credit limit's own currency with the limit. Counts and days (share on time, average and
/// worst days late) use every invoice whatever its currency.
public struct RiskFeatures: Sendable, Hashable {
    /// The date the features describe.
    public var asOf: CivilDate
    /// Paid invoices count when due after this date: the as-of date minus the policy's history months.
    public var historyStart: CivilDate
    /// The days, as-of date included, in which broken promises and disputes are counted.
    public var eventWindowDays: Int
    /// The invoices assessed.
    public var invoicesAssessed: Int
    /// The assessed invoices paid no more than the grace days after their due date.
    public var invoicesPaidOnTime: Int
    /// The mean days late of the assessed invoices; 0 when none.
    public var averageDaysLate: Double
    /// The days late of the assessed invoices in the primary currency, weighted by their amounts; 0 when none.
    public var amountWeightedDaysLate: Double
    /// The most days late among the assessed invoices; 0 when none.
    public var worstDaysLate: Int
    /// Broken payment promises (``ActivityKind/promiseBroken``) in the event window.
    public var brokenPromises: Int
    /// Disputes opened (an ``ActivityKind/outcome`` whose new status is disputed) in the event window.
    public var disputes: Int
    /// The balance still owed on the as-of date, per currency in code order; currencies with nothing owed
    /// are left out.
    public var openBalance: [Money] {
        get { openBalanceAmounts.array }
        set { openBalanceAmounts = InlineAmounts(newValue) }
    }
    /// The part of ``openBalance`` past its due date, per currency in code order.
    public var overdueBalance: [Money] {
        get { overdueBalanceAmounts.array }
        set { overdueBalanceAmounts = InlineAmounts(newValue) }
    }
    /// How many invoices are open on the as-of date.
    public var openInvoices: Int
    /// How many open invoices are past their due date.
    public var overdueInvoices: Int
    /// The most days late among the open invoices: what an activity logged today records.
    public var currentDaysLate: Int
    /// The currency of most of the customer's invoices, in which the ratios are computed; `nil` without
    /// invoices.
    public var primaryCurrency: Currency?
    /// The share of the open balance in the primary currency that is more than the grace days past due,
    /// 0 … 1; 0 when nothing is open.
    public var overdueRatio: Double
    /// What was billed in the history window, scaled to twelve months, per currency in code order.
    public var billedPerYear: [Money] {
        get { billedPerYearAmounts.array }
        set { billedPerYearAmounts = InlineAmounts(newValue) }
    }
    /// The open balance in the credit limit's currency over the limit (1 = at the limit); `nil` without a
    /// positive limit.
    public var creditLimitUse: Double?
    /// Days since the relationship started (``Customer/customerSince``, else the first invoice's issue date);
    /// `nil` when neither is known.
    public var relationshipDays: Int?

    /// ``openBalance``, kept inline for a single currency (no heap object per customer).
    var openBalanceAmounts: InlineAmounts
    /// ``overdueBalance``, kept inline for a single currency.
    var overdueBalanceAmounts: InlineAmounts
    /// ``billedPerYear``, kept inline for a single currency.
    var billedPerYearAmounts: InlineAmounts

    /// Creates a set of features.
    ///
    /// - Parameters:
    ///   - asOf: The date described.
    ///   - historyStart: The start of the payment-history window.
    ///   - eventWindowDays: The days of the event window.
    ///   - invoicesAssessed: The invoices assessed.
    ///   - invoicesPaidOnTime: Those paid on time.
    ///   - averageDaysLate: Their mean days late.
    ///   - amountWeightedDaysLate: Their amount-weighted days late.
    ///   - worstDaysLate: Their worst days late.
    ///   - brokenPromises: Broken promises in the event window.
    ///   - disputes: Disputes in the event window.
    ///   - openBalance: The open balance per currency.
    ///   - overdueBalance: The overdue balance per currency.
    ///   - openInvoices: Open invoices.
    ///   - overdueInvoices: Overdue invoices.
    ///   - currentDaysLate: The worst days late of the open invoices.
    ///   - primaryCurrency: The currency the ratios use.
    ///   - overdueRatio: The overdue share of the open balance.
    ///   - billedPerYear: The yearly billed volume per currency.
    ///   - creditLimitUse: The open balance over the credit limit.
    ///   - relationshipDays: The age of the relationship.
    public init(
        asOf: CivilDate, historyStart: CivilDate, eventWindowDays: Int, invoicesAssessed: Int = 0,
        invoicesPaidOnTime: Int = 0, averageDaysLate: Double = 0, amountWeightedDaysLate: Double = 0,
        worstDaysLate: Int = 0, brokenPromises: Int = 0, disputes: Int = 0, openBalance: [Money] = [],
        overdueBalance: [Money] = [], openInvoices: Int = 0, overdueInvoices: Int = 0, currentDaysLate: Int = 0,
        primaryCurrency: Currency? = nil, overdueRatio: Double = 0, billedPerYear: [Money] = [],
        creditLimitUse: Double? = nil, relationshipDays: Int? = nil
    ) {
        self.asOf = asOf
        self.historyStart = historyStart
        self.eventWindowDays = eventWindowDays
        self.invoicesAssessed = invoicesAssessed
        self.invoicesPaidOnTime = invoicesPaidOnTime
        self.averageDaysLate = averageDaysLate
        self.amountWeightedDaysLate = amountWeightedDaysLate
        self.worstDaysLate = worstDaysLate
        self.brokenPromises = brokenPromises
        self.disputes = disputes
        self.openBalanceAmounts = InlineAmounts(openBalance)
        self.overdueBalanceAmounts = InlineAmounts(overdueBalance)
        self.openInvoices = openInvoices
        self.overdueInvoices = overdueInvoices
        self.currentDaysLate = currentDaysLate
        self.primaryCurrency = primaryCurrency
        self.overdueRatio = overdueRatio
        self.billedPerYearAmounts = InlineAmounts(billedPerYear)
        self.creditLimitUse = creditLimitUse
        self.relationshipDays = relationshipDays
    }

    /// The share of assessed invoices paid on time, 0 … 1; `nil` when none was assessed.
    public var onTimeShare: Double? {
        invoicesAssessed == 0 ? nil : Double(invoicesPaidOnTime) / Double(invoicesAssessed)
    }
}
