/// A part of the benchmark that `--only` can pick; the baseline row always runs, as the others' floor.
enum BenchmarkPart: String, CaseIterable, Sendable {
    /// Row 2: risk classification.
    case classification
    /// Row 3: the cadence plan and rendering its messages.
    case cadence
    /// Row 4: the measures and work queues.
    case measures
    /// Row 5: the daily run on the in-memory store.
    case memoryRun = "memory-run"
    /// Rows 6 and 7: the SQLite import beside raw inserts, and the daily run on SQLite.
    case sqlite
}
