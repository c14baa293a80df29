import Foundation

/// One share of a day's customers: partition ``number`` of ``count``, holding the customers whose id falls in
/// it (``number(of:count:)``). Engines sharing a store claim partitions one at a time and run the status
/// review, risk and cadence stages for the customers of each (see ``CustomerPartitionStore``).
///
/// A customer's partition depends only on its id and the count, so every engine, on every machine, agrees
/// on it without asking anyone.
public struct CustomerPartition: Sendable, Hashable {
    /// The day the partition belongs to.
    public var date: CivilDate
    /// The partition's number, from 0 to ``count`` − 1.
    public var number: Int
    /// How many partitions the day's customers are split into.
    public var count: Int
    /// Whether the partition is open, claimed or finished.
    public var state: CustomerPartitionState

    /// Creates a partition.
    ///
    /// - Parameters:
    ///   - date: The day.
    ///   - number: The partition's number.
    ///   - count: How many partitions the day has.
    ///   - state: Its state.
    public init(date: CivilDate, number: Int, count: Int, state: CustomerPartitionState = .open) {
        self.date = date
        self.number = number
        self.count = count
        self.state = state
    }

    /// Who finishes the partition when it is marked finished in this state: the engine holding its claim
    /// (the store records it in ``CustomerPartitionState/finished(by:at:)``).
    public var finisher: String {
        switch state {
        case .claimed(let claimant, _), .finished(let claimant, _): return claimant
        case .open: return ""
        }
    }

    /// Whether a customer belongs to this partition.
    ///
    /// - Parameter customerID: The customer.
    /// - Returns: `true` when the customer's partition number is ``number``.
    public func contains(_ customerID: CustomerID) -> Bool {
        Self.number(of: customerID, count: count) == number
    }

    /// The partition a customer belongs to among `count`: the 64-bit FNV-1a hash of the id's UTF-8 bytes,
    /// modulo `count`. Stable across processes, machines and Swift versions (unlike `Hasher`).
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - count: How many partitions (at least 1; smaller values count as 1).
    /// - Returns: A number from 0 to `count` − 1.
    public static func number(of customerID: CustomerID, count: Int) -> Int {
        guard count > 1 else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in customerID.rawValue.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }
}
