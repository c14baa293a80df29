/// Records grouped by customer without moving them: a counting sort of their positions.
///
/// `order[starts[c] ..< starts[c + 1]]` are the positions, in input order, of the records of the customer
/// at position `c`. Building it hashes a record's customer id only when the record's customer is neither the
/// previous record's nor the next one in the customers' order — so an export listed customer by customer
/// costs no hashing at all.
struct CustomerGroups {
    /// Where each customer's positions start in ``order``; one more entry than customers.
    private(set) var starts: [Int]
    /// Record positions, grouped by customer.
    private(set) var order: [Int32]

    /// Groups records by customer.
    ///
    /// - Parameters:
    ///   - records: The records.
    ///   - customers: The customers.
    ///   - index: Each customer's position in `customers`.
    ///   - customerID: The customer of a record.
    init<Record>(
        _ records: [Record], customers: [Customer], index: [CustomerID: Int], customerID: (Record) -> CustomerID
    ) {
        var owners = [Int32](repeating: -1, count: records.count)
        var starts = [Int](repeating: 0, count: customers.count + 1)
        var lastID: CustomerID?
        var lastOwner = -1
        // With a customer listed twice the next one in order may be a repeat, whose records go to its first
        // place: only the index knows it.
        let tryNext = index.count == customers.count
        for position in records.indices {
            let id = customerID(records[position])
            if id != lastID {
                // Exports usually list records customer after customer, in the customers' order: try the
                // next customer before hashing.
                let next = lastOwner + 1
                lastOwner = tryNext && next < customers.count && customers[next].id == id ? next : index[id] ?? -1
                lastID = id
            }
            guard lastOwner >= 0 else { continue }
            owners[position] = Int32(truncatingIfNeeded: lastOwner)
            starts[lastOwner + 1] += 1
        }
        for customer in customers.indices { starts[customer + 1] += starts[customer] }
        var next = starts
        var order = [Int32](repeating: 0, count: starts[customers.count])
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
