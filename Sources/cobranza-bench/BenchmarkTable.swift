import Foundation

/// Prints benchmark rows as an aligned table or as JSON.
enum BenchmarkTable {
    /// How one row's time grows from the smallest to the largest scale of a `--scale` run.
    struct Growth: Sendable, Codable {
        /// The row's name.
        var name: String
        /// The larger portfolio's size divided by the smaller one's.
        var sizeRatio: Double
        /// The larger portfolio's time divided by the smaller one's.
        var timeRatio: Double
    }

    /// Each row's growth between the smallest and the largest scale; empty when only one scale ran.
    static func growth(_ rows: [BenchmarkRow]) -> [Growth] {
        guard let small = rows.map(\.scale).min(), let large = rows.map(\.scale).max(), small < large else { return [] }
        return rows.filter { $0.scale == small }.compactMap { first in
            guard let last = rows.first(where: { $0.scale == large && $0.name == first.name }), first.seconds > 0
            else { return nil }
            return Growth(name: first.name, sizeRatio: large / small, timeRatio: last.seconds / first.seconds)
        }
    }

    static func text(_ rows: [BenchmarkRow], memoryPeaks: [MemoryPeak], peakMemoryBytes: Int) -> String {
        let header = ["scale", "measure", "items", "time", "throughput", "× floor", "target"]
        var lines = [header]
        for row in rows {
            lines.append([
                "\(Int((row.scale * 100).rounded()))%", row.name, "\(row.items) \(row.unit)", duration(row.seconds),
                "\(compact(row.throughput))/s", row.ratioToFloor.map { String(format: "%.1f", $0) } ?? "—",
                row.target ?? "",
            ])
        }
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        var output = lines.map { cells in
            cells.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        output.insert(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "), at: 1)
        output.append("")
        let arenas = PeakMemory.mallocArenaMax.map { ", glibc MALLOC_ARENA_MAX=\($0)" } ?? ""
        output.append(
            "peak resident memory: \(memory(peakMemoryBytes)) (target ≤ 1.5 GB at 1M invoices\(arenas))")
        for scale in Set(memoryPeaks.map(\.scale)).sorted() {
            let parts = memoryPeaks.filter { $0.scale == scale }.map { "\($0.part) \(memory($0.bytes))" }
            output.append("  by part at \(Int((scale * 100).rounded()))%: " + parts.joined(separator: "; "))
        }
        for row in rows where row.detail != nil {
            output.append("\(Int((row.scale * 100).rounded()))% \(row.name): \(row.detail ?? "")")
        }
        let growth = growth(rows)
        if !growth.isEmpty {
            output.append("")
            output.append("growth (target: time ratio ≤ 1.2 × size ratio):")
            for row in growth {
                output.append(
                    "  \(row.name): \(String(format: "%.1f", row.sizeRatio))× the portfolio, "
                        + "\(String(format: "%.1f", row.timeRatio))× the time")
            }
        }
        return output.joined(separator: "\n")
    }

    static func json(_ rows: [BenchmarkRow], memoryPeaks: [MemoryPeak], peakMemoryBytes: Int) throws -> String {
        struct Output: Codable {
            var rows: [BenchmarkRow]
            var growth: [Growth]
            var memoryPeaks: [MemoryPeak]
            var peakResidentMemoryBytes: Int
            /// glibc's `MALLOC_ARENA_MAX` when the environment set it (absent: glibc's default).
            var mallocArenaMax: String?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(
            Output(
                rows: rows, growth: growth(rows), memoryPeaks: memoryPeaks, peakResidentMemoryBytes: peakMemoryBytes,
                mallocArenaMax: PeakMemory.mallocArenaMax))
        return String(decoding: data, as: UTF8.self)
    }

    private static func memory(_ bytes: Int) -> String {
        "\(bytes / 1_048_576) MiB, \(String(format: "%.2f", Double(bytes) / 1e9)) GB"
    }

    private static func duration(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 0.001 { return String(format: "%.1f ms", seconds * 1_000) }
        return String(format: "%.0f µs", seconds * 1_000_000)
    }

    private static func compact(_ value: Double) -> String {
        if value >= 1_000_000 { return String(format: "%.1fM", value / 1_000_000) }
        if value >= 1_000 { return String(format: "%.1fk", value / 1_000) }
        return String(format: "%.0f", value)
    }
}
