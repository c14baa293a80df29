/// Records grouped by customer without moving them: a counting sort of their positions.
///
/// `order[starts[c] ..< starts[c + 1]]` are the positions, in input order, of the records of the customer
/// at position `c`. Building it hashes each record's customer id once — and not at all when a record has
/// the same customer as the one before, which is the usual order of an export.
struct CustomerGroups {
    /// Where each customer's positions start in ``order``; one more entry than customers.
    private(set) var starts: [Int]
    /// Record positions, grouped by customer.
    private(set) var order: [Int32]

    /// Groups records by customer.
    ///
    /// - Parameters:
    ///   - records: The records.
    ///   - customers: The number of customers.
    ///   - index: Each customer's position.
    ///   - customerID: The customer of a record.
    init<Record>(
        _ records: [Record], customers: Int, index: [CustomerID: Int], customerID: (Record) -> CustomerID
    ) {
        var owners = [Int32](repeating: -1, count: records.count)
        var starts = [Int](repeating: 0, count: customers + 1)
        var lastID: CustomerID?
        var lastOwner = -1
        for position in records.indices {
            let id = customerID(records[position])
            if id != lastID {
                lastOwner = index[id] ?? -1
                lastID = id
            }
            guard lastOwner >= 0 else { continue }
            owners[position] = Int32(truncatingIfNeeded: lastOwner)
            starts[lastOwner + 1] += 1
        }
        for customer in 0..<customers { starts[customer + 1] += starts[customer] }
        var next = starts
        var order = [Int32](repeating: 0, count: starts[customers])
        for position in records.indices {
            let owner = Int(owners[position])
            guard owner >= 0 else { continue }
            order[next[owner]] = Int32(truncatingIfNeeded: position)
            next[owner] += 1
        }
        self.starts = starts
        self.order = order
    }

    /// The positions of one customer's records.
    ///
    /// - Parameter customer: The customer's position.
    /// - Returns: A slice of ``order``.
    func members(of customer: Int) -> ArraySlice<Int32> { order[starts[customer]..<starts[customer + 1]] }
}
