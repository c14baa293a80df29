/// Plain values grouped by customer ledger in one flat array: a counting sort of `(ledger, value)` pairs,
/// so that a hundred thousand customers cost two arrays, not a hundred thousand.
struct LedgerGroups<Element> {
    private var pendingLedgers: [Int32] = []
    private var pendingElements: [Element] = []
    /// `starts[l] ..< starts[l + 1]` are the elements of ledger `l`.
    private(set) var starts: [Int] = []
    var elements: [Element] = []

    /// Whether nothing was added.
    var isEmpty: Bool { elements.isEmpty && pendingElements.isEmpty }

    /// Adds a value to a ledger, before ``finish(ledgerCount:)``.
    /// Makes room for `count` more elements before ``finish(ledgerCount:)``.
    ///
    /// - Parameter count: How many elements are coming.
    mutating func reserve(_ count: Int) {
        pendingLedgers.reserveCapacity(pendingLedgers.count + count)
        pendingElements.reserveCapacity(pendingElements.count + count)
    }

    mutating func append(_ element: Element, to ledger: Int) {
        pendingLedgers.append(Int32(truncatingIfNeeded: ledger))
        pendingElements.append(element)
    }

    /// Groups what was added; ledgers created afterwards have no elements.
    mutating func finish(ledgerCount: Int) {
        starts = Array(repeating: 0, count: ledgerCount + 1)
        for ledger in pendingLedgers { starts[Int(ledger) + 1] += 1 }
        for index in 0..<ledgerCount { starts[index + 1] += starts[index] }
        guard let first = pendingElements.first else {
            pendingLedgers = []
            return
        }
        // Records listed ledger by ledger (a store's order) are already grouped.
        if pendingLedgers.indices.dropFirst().allSatisfy({ pendingLedgers[$0 - 1] <= pendingLedgers[$0] }) {
            elements = pendingElements
            pendingLedgers = []
            pendingElements = []
            return
        }
        var next = starts
        var grouped = Array(repeating: first, count: pendingElements.count)
        for index in pendingElements.indices {
            let ledger = Int(pendingLedgers[index])
            grouped[next[ledger]] = pendingElements[index]
            next[ledger] += 1
        }
        elements = grouped
        pendingLedgers = []
        pendingElements = []
    }

    /// The positions of a ledger's elements.
    func range(of ledger: Int) -> Range<Int> {
        ledger + 1 < starts.count ? starts[ledger]..<starts[ledger + 1] : 0..<0
    }
}
