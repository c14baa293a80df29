import Cobranza

/// The command line of `cobranza-bench`.
struct BenchmarkOptions: Sendable {
    /// Print JSON instead of a table.
    var json = false
    /// Run a tiny portfolio, to keep the benchmark working in CI.
    var quick = false
    /// Run at 10% and at 100% of the full size, to show how each cost grows.
    var scale = false
    /// The portfolio's seed.
    var seed: UInt64 = 2_026
    /// The full size in customers, when not the default (for profiling a smaller run).
    var customers: Int?
    /// Skip the SQLite rows (for profiling the in-memory ones).
    var sqlite = true
    /// The dispatcher's results per commit in the daily runs (``DispatchPolicy/resultsPerCommit``).
    var resultsPerCommit = DispatchPolicy().resultsPerCommit
    /// The parts to run, when not all of them (for profiling one part); the baseline always runs.
    var only: Set<BenchmarkPart>?

    /// The parts to run: `--only`'s, less SQLite with `--no-sqlite`.
    var parts: Set<BenchmarkPart> {
        var parts = only ?? Set(BenchmarkPart.allCases)
        if !sqlite { parts.remove(.sqlite) }
        return parts
    }

    static let usage = """
        USAGE: cobranza-bench [--quick] [--scale] [--json] [--seed N] [--customers N] [--no-sqlite]
                              [--only PART[,PART…]] [--results-per-commit N]

        Generates a deterministic synthetic portfolio (100,000 customers, about 1,000,000 invoices, two years of
        history) and measures each part of a daily run against its floor.

          --quick    a tiny portfolio (1,000 customers), for CI
          --scale    run at 10% and 100% of the full size
          --json     print the rows as JSON
          --seed N   the portfolio's seed (default 2026)
          --customers N  the full size in customers (default 100,000), e.g. to profile a smaller run
          --no-sqlite    skip the SQLite rows
          --only PARTS   run only these parts (the baseline always runs), comma-separated:
                         classification, cadence (plan and render), measures, memory-run, sqlite
          --results-per-commit N  the dispatcher's send results per unit of work in the daily runs (default 1)
        """

    enum ParseError: Error, CustomStringConvertible {
        case unknownOption(String)
        case badValue(option: String, value: String?)
        case unknownPart(String)

        var description: String {
            switch self {
            case .unknownOption(let option): return "unknown option '\(option)'"
            case .badValue(let option, let value): return "\(option) needs a number, got '\(value ?? "nothing")'"
            case .unknownPart(let part):
                let parts = BenchmarkPart.allCases.map(\.rawValue).joined(separator: ", ")
                return "--only: unknown part '\(part)' (one of \(parts))"
            }
        }
    }

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String]) throws(ParseError) -> BenchmarkOptions? {
        var options = BenchmarkOptions()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--json": options.json = true
            case "--quick": options.quick = true
            case "--scale": options.scale = true
            case "--seed":
                let value = iterator.next()
                guard let value, let seed = UInt64(value) else { throw .badValue(option: "--seed", value: value) }
                options.seed = seed
            case "--customers":
                let value = iterator.next()
                guard let value, let customers = Int(value), customers > 0 else {
                    throw .badValue(option: "--customers", value: value)
                }
                options.customers = customers
            case "--no-sqlite": options.sqlite = false
            case "--results-per-commit":
                let value = iterator.next()
                guard let value, let results = Int(value), results > 0 else {
                    throw .badValue(option: "--results-per-commit", value: value)
                }
                options.resultsPerCommit = results
            case "--only":
                guard let value = iterator.next() else { throw .badValue(option: "--only", value: nil) }
                var parts: Set<BenchmarkPart> = []
                for name in value.split(separator: ",") {
                    guard let part = BenchmarkPart(rawValue: String(name)) else { throw .unknownPart(String(name)) }
                    parts.insert(part)
                }
                options.only = parts
            case "-h", "--help": return nil
            default: throw .unknownOption(argument)
            }
        }
        return options
    }
}
