import Foundation

/// TEMPORARY diagnostics: current and peak RSS to stderr when COBRANZA_BENCH_TRACE is set.
enum MemoryTrace {
    static let enabled = ProcessInfo.processInfo.environment["COBRANZA_BENCH_TRACE"] != nil

    static func note(_ label: String) {
        guard enabled else { return }
        let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
        let pages = Int(statm.split(separator: " ").dropFirst().first ?? "0") ?? 0
        let current = pages * 4_096 / 1_048_576
        let peak = PeakMemory.bytes() / 1_048_576
        FileHandle.standardError.write(Data("[mem] \(label): rss \(current) MiB, peak \(peak) MiB\n".utf8))
    }
}
