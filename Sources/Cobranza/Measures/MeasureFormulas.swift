/// The formulas behind the receivables measures, as pure functions of totals in one currency's minor units.
///
/// ``Measures/report(_:request:timeZone:calendar:)`` computes the totals from the stored history and calls
/// these; they are public so that a dashboard can recompute a measure from exported totals, and so that each
/// formula is stated once. Every formula that would divide by zero (or by a negative base, which has no
/// meaning) returns `nil` — never `NaN` or infinity.
///
/// ```swift
/// // 1,000 receivable at the end of a 30-day month with 3,000 of credit sales: 10 days.
/// MeasureFormulas.daysSalesOutstanding(receivables: 1_000, creditSales: 3_000, days: 30)  // 10.0
/// MeasureFormulas.daysSalesOutstanding(receivables: 1_000, creditSales: 0, days: 30)      // nil
/// ```
public enum MeasureFormulas {
    /// Days sales outstanding, the standard (period-average) method.
    ///
    /// **DSO = receivables at period end ÷ credit sales of the period × days in the period.**
    ///
    /// - Parameters:
    ///   - receivables: The net receivables at the end of the period.
    ///   - creditSales: The net credit sales of the period (invoices − credit notes).
    ///   - days: The days in the period.
    /// - Returns: The DSO in days; `nil` when there were no (or negative) credit sales or no days.
    public static func daysSalesOutstanding(receivables: Int64, creditSales: Int64, days: Int) -> Double? {
        guard creditSales > 0, days > 0 else { return nil }
        return Double(receivables) / Double(creditSales) * Double(days)
    }

    /// Best possible days sales outstanding: the DSO if every customer paid exactly on time.
    ///
    /// **BPDSO = current (not yet due) receivables at period end ÷ credit sales of the period × days.**
    ///
    /// - Parameters:
    ///   - currentReceivables: The receivables not yet due at the end of the period.
    ///   - creditSales: The net credit sales of the period.
    ///   - days: The days in the period.
    /// - Returns: The best possible DSO in days; `nil` when there were no (or negative) credit sales.
    public static func bestPossibleDaysSalesOutstanding(currentReceivables: Int64, creditSales: Int64, days: Int)
        -> Double?
    {
        daysSalesOutstanding(receivables: currentReceivables, creditSales: creditSales, days: days)
    }

    /// Average days delinquent: how many days of sales are outstanding beyond terms.
    ///
    /// **ADD = DSO − BPDSO.**
    ///
    /// - Parameters:
    ///   - daysSalesOutstanding: The standard DSO.
    ///   - bestPossible: The best possible DSO.
    /// - Returns: The difference; `nil` when either is undefined.
    public static func averageDaysDelinquent(daysSalesOutstanding: Double?, bestPossible: Double?) -> Double? {
        guard let daysSalesOutstanding, let bestPossible else { return nil }
        return daysSalesOutstanding - bestPossible
    }

    /// Days sales outstanding by the countback method: how many days of the most recent sales the receivables
    /// amount to.
    ///
    /// Starting with the receivables at period end *R* and the latest month, while *R* is at least the month's
    /// sales, subtract them and count the month's days in full; the first month whose sales exceed what is
    /// left counts `days × R ÷ sales`. A month with no (or negative) sales counts in full and subtracts
    /// nothing.
    ///
    /// **Countback DSO = Σ days of the months fully consumed + days of the last month × remaining ÷ its sales.**
    ///
    /// - Parameters:
    ///   - receivables: The net receivables at the end of the period.
    ///   - monthsLatestFirst: The months to count back through, the latest (possibly partial) first.
    /// - Returns: The countback DSO in days; 0 when nothing is receivable; `nil` when the receivables exceed
    ///   every sale listed (the history is too short to explain them).
    public static func countbackDaysSalesOutstanding(receivables: Int64, monthsLatestFirst: [CountbackMonth])
        -> Double?
    {
        guard receivables > 0 else { return 0 }
        var remaining = receivables
        var days = 0.0
        for month in monthsLatestFirst {
            if month.creditSales > 0 && remaining <= month.creditSales {
                return days + Double(month.days) * Double(remaining) / Double(month.creditSales)
            }
            remaining -= Swift.max(0, month.creditSales)
            days += Double(month.days)
        }
        return nil
    }

    /// Collection effectiveness index: the share of what could be collected in the period that was.
    ///
    /// **CEI = (opening receivables + credit sales − closing receivables)
    /// ÷ (opening receivables + credit sales − closing current receivables) × 100.**
    ///
    /// This is the single-period variant: `creditSales` is the period's total. For the variant that divides
    /// an N-month period's sales by N, pass `creditSales / N` (see ``ReceivablesMeasures``).
    ///
    /// - Parameters:
    ///   - openingReceivables: The net receivables at the end of the day before the period.
    ///   - creditSales: The net credit sales of the period.
    ///   - closingReceivables: The net receivables at the end of the period.
    ///   - closingCurrentReceivables: The receivables not yet due at the end of the period.
    /// - Returns: A percentage (100 = everything collectible was collected); `nil` when the denominator is
    ///   zero or negative (nothing was collectible).
    public static func collectionEffectivenessIndex(
        openingReceivables: Double, creditSales: Double, closingReceivables: Double,
        closingCurrentReceivables: Double
    ) -> Double? {
        let collectible = openingReceivables + creditSales - closingCurrentReceivables
        guard collectible > 0 else { return nil }
        return (openingReceivables + creditSales - closingReceivables) / collectible * 100
    }

    /// Delinquency rate (tasa de morosidad): the share of the receivables that is past due.
    ///
    /// **Delinquency rate = overdue receivables ÷ (current + overdue receivables) × 100.**
    ///
    /// - Parameters:
    ///   - overdue: The receivables at least one day late.
    ///   - receivables: All open receivables, current and overdue (credits not subtracted).
    /// - Returns: A percentage; `nil` when nothing is receivable.
    public static func delinquencyRate(overdue: Int64, receivables: Int64) -> Double? {
        guard receivables > 0 else { return nil }
        return Double(overdue) / Double(receivables) * 100
    }

    /// A percentage of two counts.
    ///
    /// **Rate = part ÷ whole × 100.**
    ///
    /// - Parameters:
    ///   - part: The count that succeeded.
    ///   - whole: The count measured.
    /// - Returns: A percentage; `nil` when `whole` is 0.
    public static func rate(_ part: Int, of whole: Int) -> Double? {
        guard whole > 0 else { return nil }
        return Double(part) / Double(whole) * 100
    }
}
