/// Records grouped by customer without moving them: a counting sort of their positions.
///
/// `order[starts[c] ..< starts[c + 1]]` are the positions, in input order, of the records of the customer
/// at position `c`. Building it looks a record's customer up only when it is not the previous record's — and
/// the look-up (``CustomerNumbering``) hashes nothing for records listed customer by customer.
struct CustomerGroups {
    /// Where each customer's positions start in ``order``; one more entry than customers.
    private(set) var starts: [Int]
    /// Record positions, grouped by customer.
    private(set) var order: [Int32]

    /// Groups records by customer.
    ///
    /// - Parameters:
    ///   - records: The records.
    ///   - customerCount: How many customers.
    ///   - customerID: The customer of a record.
    ///   - owner: A customer's position, `nil` for a customer not listed.
    init<Record>(
        _ records: [Record], customers customerCount: Int, customerID: (Record) -> CustomerID,
        owner: (CustomerID) -> Int?
    ) {
        var owners = [Int32](repeating: -1, count: records.count)
        var starts = [Int](repeating: 0, count: customerCount + 1)
        var lastID: CustomerID?
        var lastOwner = -1
        for position in records.indices {
            let id = customerID(records[position])
            if id != lastID {
                lastOwner = owner(id) ?? -1
                lastID = id
            }
            guard lastOwner >= 0 else { continue }
            owners[position] = Int32(truncatingIfNeeded: lastOwner)
            starts[lastOwner + 1] += 1
        }
        for customer in 0..<customerCount { starts[customer + 1] += starts[customer] }
        var next = starts
        var order = [Int32](repeating: 0, count: starts[customerCount])
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
