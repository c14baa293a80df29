/// One month of sales for the countback DSO (``MeasureFormulas/countbackDaysSalesOutstanding(receivables:monthsLatestFirst:)``).
public struct CountbackMonth: Sendable, Hashable, Codable {
    /// The days the month counts: its length, or for the period's last month the days up to the period end.
    public var days: Int
    /// The net credit sales of those days, in minor units.
    public var creditSales: Int64

    /// Creates a month.
    ///
    /// - Parameters:
    ///   - days: The days counted.
    ///   - creditSales: The net credit sales of those days.
    public init(days: Int, creditSales: Int64) {
        self.days = days
        self.creditSales = creditSales
    }
}
