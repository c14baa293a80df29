/// A read-only map from customer ID to what the planner's per-invoice loop needs of the customer.
///
/// Open addressing with linear probing and a 64-bit FNV-1a hash of the ID's UTF-8 bytes: no per-process
/// seed to set up and no SipHash rounds. Each slot holds the key next to the customer's facts, so a lookup
/// touches one cache line where a `Dictionary` plus a side array would touch two — with invoices in random
/// customer order, those memory reads are most of the planner's cost. The table is at most half full.
struct CustomerIndex {
    /// What the loop reads of a customer: plain values next to the key.
    struct Entry {
        /// The customer's ID.
        var id: CustomerID
        /// The customer's position in the portfolio; -1 marks an empty slot.
        var position: Int32
        /// The customer's cadence (an index into ``CadenceCompilation/ranges``), or -1 for none.
        var cadence: Int32
        /// The customer's portfolio stage bit (``CadenceCompilation/unknownStage`` when not supplied).
        var stageBits: UInt8
        /// Whether the customer is excluded from automation.
        var isExcluded: Bool
    }

    private var entries: [Entry]
    private let mask: Int

    /// Indexes entries by ID; when an ID repeats, the first entry wins.
    init(_ items: [Entry]) {
        var capacity = 16
        while capacity < items.count * 2 { capacity *= 2 }
        entries = Array(
            repeating: Entry(id: CustomerID(""), position: -1, cadence: -1, stageBits: 0, isExcluded: false),
            count: capacity)
        mask = capacity - 1
        for item in items {
            var slot = Self.hash(item.id) & mask
            while entries[slot].position >= 0 && entries[slot].id != item.id { slot = (slot + 1) & mask }
            if entries[slot].position < 0 { entries[slot] = item }
        }
    }

    /// The entry of the customer with an ID, if any.
    func entry(for id: CustomerID) -> Entry? {
        var slot = Self.hash(id) & mask
        while entries[slot].position >= 0 {
            if entries[slot].id == id { return entries[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func hash(_ id: CustomerID) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.rawValue.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
