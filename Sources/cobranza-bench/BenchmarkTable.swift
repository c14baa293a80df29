import Foundation

/// Prints benchmark rows as an aligned table or as JSON.
enum BenchmarkTable {
    static func text(_ rows: [BenchmarkRow], peakMemoryBytes: Int) -> String {
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
        output.append("peak resident memory: \(compact(Double(peakMemoryBytes) / 1_048_576)) MiB")
        return output.joined(separator: "\n")
    }

    static func json(_ rows: [BenchmarkRow], peakMemoryBytes: Int) throws -> String {
        struct Output: Codable {
            var rows: [BenchmarkRow]
            var peakResidentMemoryBytes: Int
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(Output(rows: rows, peakResidentMemoryBytes: peakMemoryBytes))
        return String(decoding: data, as: UTF8.self)
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
