import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The measures number customers by comparing ids, keep rows per (owner, currency) in flat arrays, and skip
/// grouping and sorting records that already come in order. The same portfolio in two currencies, with
/// customers listed twice or not at all and every list shuffled, takes the slow paths (a dictionary of
/// customers, records grouped and sorted, rows of a second currency); both give the same report.
@Suite("Measures: records in order and shuffled give the same report")
struct MeasuresNumberingTests {
    static let asOf = CivilDate(daysSinceEpoch: 20_402)

    static func report(_ variant: PortfolioVariants, collectors: [Collector]) throws -> MeasuresReport {
        let input = MeasuresInput(
            customers: variant.customers, collectors: collectors, invoices: variant.invoices,
            payments: variant.payments, activities: variant.activities)
        let request = MeasuresRequest(asOf: asOf, period: .month(containing: asOf.adding(months: -1)))
        return try Measures.report(input, request: request, timeZone: TimeZone(identifier: "UTC") ?? .gmt)
    }

    @Test("two currencies; customers shuffled, listed twice or missing; records shuffled: the same report")
    func orderedEqualsShuffled() throws {
        let portfolio = SyntheticPortfolio(.init(customers: 240, asOf: Self.asOf, customersPerCollector: 60, seed: 5))
        var ordered = PortfolioVariants(twoCurrencies: portfolio)
        // Customers the input does not list: their records still count, under ledgers of their own.
        ordered.customers.removeAll { $0.id.rawValue.hasSuffix("7") }
        var shuffled = ordered
        var rng = SplitMix64(seed: 21)
        shuffled.shuffle(using: &rng)
        // A customer listed twice with the same fields is one customer.
        shuffled.customers += shuffled.customers.prefix(15)
        let report = try Self.report(ordered, collectors: portfolio.collectors)
        #expect(try Self.report(shuffled, collectors: portfolio.collectors) == report)
        // The portfolio reaches every path: two currencies per collector, unlisted customers, step-free sends.
        #expect(Set(report.aging.byCustomer.map(\.currency)) == [.ars, .usd])
        #expect(report.receivablesByCollector.count == 2 * portfolio.collectors.count)
        #expect(report.aging.byCustomer.contains { $0.key?.hasSuffix("7") == true && $0.name == nil })
        #expect(report.promises.obtained > 0 && !report.workQueues.isEmpty)
    }

    @Test("the portfolio's own order and the same lists reversed give the same report")
    func orderedEqualsReversed() throws {
        let portfolio = SyntheticPortfolio(.init(customers: 150, asOf: Self.asOf, customersPerCollector: 50, seed: 8))
        let ordered = PortfolioVariants(twoCurrencies: portfolio)
        var reversed = ordered
        reversed.customers.reverse()
        reversed.invoices.reverse()
        reversed.payments.reverse()
        reversed.activities.reverse()
        #expect(
            try Self.report(reversed, collectors: portfolio.collectors)
                == Self.report(ordered, collectors: portfolio.collectors))
    }
}
