import Foundation

/// `cobranza-bench`: the speed and memory targets, measured on a deterministic synthetic portfolio.
let fullCustomers = 100_000
let quickCustomers = 1_000

let options: BenchmarkOptions
do {
    guard let parsed = try BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
        print(BenchmarkOptions.usage)
        exit(0)
    }
    options = parsed
} catch {
    FileHandle.standardError.write(Data("cobranza-bench: \(error)\n\n\(BenchmarkOptions.usage)\n".utf8))
    exit(2)
}

let scales: [Double] = options.scale ? [0.1, 1.0] : [1.0]
var rows: [BenchmarkRow] = []
var memoryPeaks: [MemoryPeak] = []
do {
    for scale in scales {
        let customers = Int(Double(options.customers ?? (options.quick ? quickCustomers : fullCustomers)) * scale)
        var benchmarks = Benchmarks(
            customers: customers, scale: scale, seed: options.seed, resultsPerCommit: options.resultsPerCommit)
        try await benchmarks.run(options.parts)
        rows += benchmarks.rows
        memoryPeaks += benchmarks.memoryPeaks
    }
    // The process's high-water mark is the largest part's: each part's peak was read before the next reset.
    let peak = memoryPeaks.map(\.bytes).max() ?? PeakMemory.bytes()
    print(
        options.json
            ? try BenchmarkTable.json(rows, memoryPeaks: memoryPeaks, peakMemoryBytes: peak)
            : BenchmarkTable.text(rows, memoryPeaks: memoryPeaks, peakMemoryBytes: peak))
} catch {
    FileHandle.standardError.write(Data("cobranza-bench: \(error)\n".utf8))
    exit(1)
}
