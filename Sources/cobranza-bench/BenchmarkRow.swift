/// One measured row of the benchmark table.
struct BenchmarkRow: Sendable, Codable {
    /// What was measured, e.g. `risk classification`.
    var name: String
    /// The portfolio scale, as a fraction of the full size.
    var scale: Double
    /// How many items the row processed (invoices, customers, messages).
    var items: Int
    /// What the items are.
    var unit: String
    /// Wall time in seconds.
    var seconds: Double
    /// The name of the row this one is compared with, if any.
    var floor: String?
    /// This row's time divided by its floor's, if it has one.
    var ratioToFloor: Double?
    /// A target from the benchmark issue, in words, if one applies.
    var target: String?
    /// What the measured work produced, e.g. how many messages a run queued.
    var detail: String?

    /// Items per second.
    var throughput: Double { seconds > 0 ? Double(items) / seconds : 0 }
}
