/// A map from (owner, currency) — two small dense numbers — to a row number, for the measures' accumulators.
///
/// Nearly every owner (a customer, a collector) has rows in one currency only, so each owner's first row is
/// kept in flat arrays indexed by the owner and only further currencies go to a dictionary: looking a row up
/// hashes nothing in a single-currency portfolio.
struct PairIndex {
    private struct Key: Hashable {
        var owner: Int
        var currency: Int
    }

    /// Per owner: the currency of its first row, -1 for none.
    private var firstCurrency: [Int32] = []
    /// Per owner: its first row.
    private var firstRow: [Int32] = []
    /// Rows of owners in a second currency or more.
    private var others: [Key: Int] = [:]

    /// The row of an owner in a currency, if it has one.
    ///
    /// - Parameters:
    ///   - owner: The owner's number, 0 or more.
    ///   - currency: The currency's number, 0 or more.
    /// - Returns: The row.
    func row(_ owner: Int, _ currency: Int) -> Int? {
        guard owner < firstCurrency.count, firstCurrency[owner] >= 0 else { return nil }
        if Int(firstCurrency[owner]) == currency { return Int(firstRow[owner]) }
        return others.isEmpty ? nil : others[Key(owner: owner, currency: currency)]
    }

    /// Records the row of an owner in a currency that has none yet.
    ///
    /// - Parameters:
    ///   - row: The row.
    ///   - owner: The owner's number, 0 or more.
    ///   - currency: The currency's number, 0 or more.
    mutating func insert(_ row: Int, _ owner: Int, _ currency: Int) {
        if owner >= firstCurrency.count {
            let missing = owner + 1 - firstCurrency.count
            firstCurrency.append(contentsOf: repeatElement(-1, count: missing))
            firstRow.append(contentsOf: repeatElement(-1, count: missing))
        }
        if firstCurrency[owner] < 0 {
            firstCurrency[owner] = Int32(truncatingIfNeeded: currency)
            firstRow[owner] = Int32(truncatingIfNeeded: row)
        } else {
            others[Key(owner: owner, currency: currency)] = row
        }
    }
}
