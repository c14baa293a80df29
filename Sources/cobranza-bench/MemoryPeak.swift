/// The peak resident memory of one part of the benchmark at one scale.
struct MemoryPeak: Sendable, Codable {
    /// The part: `portfolio and baseline` (generating the portfolio and the baseline row) or a
    /// ``BenchmarkPart`` name.
    var part: String
    /// The portfolio scale, as a fraction of the full size.
    var scale: Double
    /// The part's peak resident memory in bytes, with what earlier parts left alive (the portfolio).
    var bytes: Int
}
