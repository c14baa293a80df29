/// A sum of minor units that remembers whether it ever overflowed, so the hot loops add without `try` and
/// the report throws once, naming the measure.
struct RunningTotal: Sendable, Hashable {
    private(set) var value: Int64 = 0
    private(set) var overflowed = false

    mutating func add(_ amount: Int64) {
        let (sum, overflow) = value.addingReportingOverflow(amount)
        value = sum
        if overflow { overflowed = true }
    }

    /// Adds another total, keeping its overflow.
    mutating func add(_ other: RunningTotal) {
        add(other.value)
        if other.overflowed { overflowed = true }
    }

    mutating func subtract(_ amount: Int64) {
        let (difference, overflow) = value.subtractingReportingOverflow(amount)
        value = difference
        if overflow { overflowed = true }
    }

    /// The total as money.
    func money(_ currency: Currency, measure: String) throws(MeasuresError) -> Money {
        guard !overflowed else { throw .overflow(measure: measure, currency: currency) }
        return Money(minorUnits: value, currency: currency)
    }
}

/// Totals per currency, for the few measures that collect several currencies in one place.
struct CurrencyTotals: Sendable, Hashable {
    private(set) var totals: [Currency: RunningTotal] = [:]

    mutating func add(_ amount: Int64, _ currency: Currency) {
        totals[currency, default: RunningTotal()].add(amount)
    }

    /// The non-zero totals ordered by currency code.
    func amounts(measure: String) throws(MeasuresError) -> [Money] {
        var result: [Money] = []
        for (currency, total) in totals.sorted(by: { $0.key < $1.key }) where total.value != 0 || total.overflowed {
            result.append(try total.money(currency, measure: measure))
        }
        return result
    }
}
