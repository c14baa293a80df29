/// Dense numbers for a list of distinct customer ids — their positions — found without hashing when the
/// records being numbered come customer by customer.
///
/// A look-up first compares the id with the customer found last and the one after it (records listed
/// customer by customer in the list's order hit one of the two), then bisects the list when its ids are in
/// strictly ascending order (as a store or the synthetic portfolio lists customers), and only otherwise goes
/// through a dictionary, built once. Ids added after the list (records of customers it does not name) go to
/// the dictionary too.
///
/// Used by the whole-portfolio batches (risk classification, measures) so that a record's customer costs one
/// or two string comparisons instead of hashing its id.
struct CustomerNumbering {
    /// The ids, numbered by position: the listed ones, then those added.
    private(set) var ids: [CustomerID]
    /// `ids[0 ..< sortedCount]` are strictly ascending and searched by bisection.
    private let sortedCount: Int
    /// The positions of the ids that bisection does not find.
    private var index: [CustomerID: Int]
    /// The position found last.
    private var cursor = 0

    /// Numbers the customers of a list, or returns `nil` when an id is listed twice.
    ///
    /// - Parameter customers: The customers; only their ids are read, in place.
    init?(_ customers: [Customer]) {
        var ids: [CustomerID] = []
        ids.reserveCapacity(customers.count)
        var ascending = true
        for position in customers.indices {
            let id = customers[position].id
            if ascending, let last = ids.last, !(last < id) { ascending = false }
            ids.append(id)
        }
        if ascending {
            self.init(ids: ids, sortedCount: ids.count, index: [:])
            return
        }
        var index: [CustomerID: Int] = [:]
        index.reserveCapacity(ids.count)
        for position in ids.indices {
            guard index.updateValue(position, forKey: ids[position]) == nil else { return nil }
        }
        self.init(ids: ids, sortedCount: 0, index: index)
    }

    /// Numbers distinct ids already indexed.
    ///
    /// - Parameters:
    ///   - ids: The ids, each once.
    ///   - index: Each id's position in `ids`.
    init(ids: [CustomerID], index: [CustomerID: Int]) {
        self.init(ids: ids, sortedCount: 0, index: index)
    }

    private init(ids: [CustomerID], sortedCount: Int, index: [CustomerID: Int]) {
        self.ids = ids
        self.sortedCount = sortedCount
        self.index = index
    }

    /// How many ids are numbered.
    var count: Int { ids.count }

    /// The number of an id, or `nil` when it is not numbered.
    ///
    /// - Parameter id: The customer id.
    /// - Returns: Its position.
    mutating func position(of id: CustomerID) -> Int? {
        let count = ids.count
        if cursor < count, ids[cursor] == id { return cursor }
        let next = cursor + 1
        if next < count, ids[next] == id {
            cursor = next
            return next
        }
        var low = 0
        var high = sortedCount
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        if low < sortedCount, ids[low] == id {
            cursor = low
            return low
        }
        guard !index.isEmpty, let found = index[id] else { return nil }
        cursor = found
        return found
    }

    /// Numbers an id not numbered yet.
    ///
    /// - Parameter id: The customer id, not already numbered.
    /// - Returns: Its new position, the last.
    mutating func add(_ id: CustomerID) -> Int {
        ids.append(id)
        index[id] = ids.count - 1
        cursor = ids.count - 1
        return cursor
    }
}
