import Cobranza
import CobranzaTesting

/// The measured rows for one portfolio size.
struct Benchmarks {
    let portfolio: SyntheticPortfolio
    let scale: Double
    private(set) var rows: [BenchmarkRow] = []

    init(customers: Int, scale: Double, seed: UInt64) {
        let asOf = CivilDate(daysSinceEpoch: 20_400)  // 2025-11-08
        portfolio = SyntheticPortfolio(.init(customers: customers, asOf: asOf, seed: seed))
        self.scale = scale
    }

    /// Runs every row in order.
    mutating func run() async throws {
        baseline()
    }

    /// Row 1: one pass over the in-memory invoices summing open balances — the floor for whole-portfolio work.
    private mutating func baseline() {
        let invoices = portfolio.invoices
        let (seconds, total) = Stopwatch.measure {
            // A short list, not a dictionary: hashing a currency code per invoice would not be a floor.
            var totals: [(currency: Currency, minorUnits: Int64)] = []
            for invoice in invoices where invoice.isOpen {
                if let index = totals.firstIndex(where: { $0.currency == invoice.balance.currency }) {
                    totals[index].minorUnits &+= invoice.balance.minorUnits
                } else {
                    totals.append((invoice.balance.currency, invoice.balance.minorUnits))
                }
            }
            return totals.map { Money(minorUnits: $0.minorUnits, currency: $0.currency) }
        }
        keep(total)
        rows.append(
            BenchmarkRow(
                name: "baseline: sum open balances", scale: scale, items: invoices.count, unit: "invoices",
                seconds: seconds))
    }

    /// Keeps a result observable so the optimiser cannot drop the work that produced it.
    private func keep<T>(_ value: T) {
        withExtendedLifetime(value) {}
    }
}
