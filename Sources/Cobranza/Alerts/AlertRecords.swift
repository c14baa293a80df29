/// Records of one kind found by identifier, as an ``AlertSnapshot`` holds its customers and invoices: the
/// records in the order given, and a dictionary of their positions.
///
/// A dictionary of the records themselves would be a second copy of every customer and open invoice, in
/// buckets sized for growth (at 100 000 customers, 63 MB of buckets for 22 MB of customers); the positions
/// cost a few bytes a record, and the records stay the array the snapshot was given, shared rather than
/// copied. Look-ups read like a dictionary's:
///
/// ```swift
/// let customer = snapshot.customers[invoice.customerID]   // Customer?
/// for invoice in snapshot.invoices.values where invoice.isOpen { … }
/// ```
///
/// When an identifier appears twice, the last record wins, as in a dictionary built from the same list.
public struct AlertRecords<ID: Hashable & Sendable, Record: Hashable & Sendable>: Sendable, Hashable {
    /// The records, in the order given; with an identifier given twice, only its last record.
    public let values: [Record]
    private let positions: [ID: Int]

    /// Indexes records by identifier.
    ///
    /// - Parameters:
    ///   - records: The records; for an identifier given twice, the last one is kept.
    ///   - id: A record's identifier.
    public init(_ records: [Record], id: (Record) -> ID) {
        var positions = [ID: Int](minimumCapacity: records.count)
        for (position, record) in records.enumerated() { positions[id(record)] = position }
        guard positions.count < records.count else {
            self.values = records
            self.positions = positions
            return
        }
        // An identifier given twice: the earlier records are dropped, the kept ones renumbered.
        var kept: [Record] = []
        kept.reserveCapacity(positions.count)
        var renumbered = [ID: Int](minimumCapacity: positions.count)
        for (position, record) in records.enumerated() where positions[id(record)] == position {
            renumbered[id(record)] = kept.count
            kept.append(record)
        }
        self.values = kept
        self.positions = renumbered
    }

    /// The record with an identifier, or `nil`.
    ///
    /// - Parameter id: The identifier.
    public subscript(id: ID) -> Record? {
        positions[id].map { values[$0] }
    }

    /// How many records (distinct identifiers) there are.
    public var count: Int { values.count }

    /// Whether there are no records.
    public var isEmpty: Bool { values.isEmpty }

    /// The identifiers, in no particular order.
    public var ids: Dictionary<ID, Int>.Keys { positions.keys }

    /// The records as a dictionary by identifier (a new dictionary: for look-ups use the subscript).
    public var dictionary: [ID: Record] {
        positions.mapValues { values[$0] }
    }

    /// Whether two sets of records hold the same record for every identifier, whatever their order.
    ///
    /// - Parameters:
    ///   - lhs: Some records.
    ///   - rhs: Other records.
    /// - Returns: `true` when they hold the same identifiers with equal records.
    public static func == (lhs: AlertRecords, rhs: AlertRecords) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (id, position) in lhs.positions where rhs[id] != lhs.values[position] { return false }
        return true
    }

    /// Hashes the records whatever their order: equal sets of records hash alike.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        var sum = 0
        for record in values { sum &+= record.hashValue }
        hasher.combine(sum)
    }
}
