import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The measures over a seeded synthetic portfolio: the aging by collector, tier and currency is the sum of
/// the customers' aging rows, and the report does not depend on the order of the records.
@Suite("Measures over a synthetic portfolio")
struct MeasuresPortfolioTests {
    static let asOf = CivilDate(daysSinceEpoch: 20_402)

    /// A portfolio whose customers carry risk tiers (some overridden), with a few credit notes and
    /// unapplied payments, so that every aging grouping and credits have something to sum.
    static func input() -> MeasuresInput {
        let portfolio = SyntheticPortfolio(.init(customers: 300, asOf: asOf, customersPerCollector: 60, seed: 23))
        let classifier = RiskClassifier(timeZone: TimeZone(identifier: "UTC") ?? .gmt)
        let assessments = classifier.classify(
            customers: portfolio.customers, invoices: portfolio.invoices, payments: portfolio.payments,
            activities: portfolio.activities, asOf: asOf)
        var customers = portfolio.customers
        for position in customers.indices {
            customers[position].risk = assessments[position].risk
            if position % 37 == 0 { customers[position].riskTierOverride = .d }
        }
        var invoices = portfolio.invoices
        var payments = portfolio.payments
        for position in stride(from: 3, to: customers.count, by: 29) {
            let id = customers[position].id
            invoices.append(
                Invoice(
                    id: InvoiceID("\(id.rawValue)-NC"), number: "NC-\(position)", customerID: id, kind: .creditNote,
                    issueDate: asOf.adding(days: -40), dueDate: asOf.adding(days: -40),
                    amount: Money(minorUnits: 1_500_000, currency: .ars)))
            payments.append(
                Payment(
                    id: PaymentID("P-\(id.rawValue)-ANTICIPO"), customerID: id, date: asOf.adding(days: -5),
                    amount: Money(minorUnits: 700_000, currency: .ars)))
        }
        return MeasuresInput(
            customers: customers, collectors: portfolio.collectors, invoices: invoices, payments: payments,
            activities: portfolio.activities)
    }

    static func report(_ input: MeasuresInput) throws -> MeasuresReport {
        let request = MeasuresRequest(asOf: asOf, period: .month(containing: asOf.adding(months: -1)))
        return try Measures.report(input, request: request, timeZone: TimeZone(identifier: "UTC") ?? .gmt)
    }

    /// The rows of one grouping summed from the customer rows, by the key `owner` gives each customer.
    static func summed(_ customerRows: [AgingRow], owner: (AgingRow) -> String?) -> [AgingRow] {
        var rows: [String: AgingRow] = [:]
        for row in customerRows {
            let key = "\(owner(row) ?? "<none>")|\(row.currency.code)"
            guard var sum = rows[key] else {
                var first = row
                first.key = owner(row)
                first.name = nil
                rows[key] = first
                continue
            }
            for bucket in sum.amounts.indices { sum.amounts[bucket].minorUnits += row.amounts[bucket].minorUnits }
            sum.total.minorUnits += row.total.minorUnits
            sum.overdue.minorUnits += row.overdue.minorUnits
            sum.credits.minorUnits += row.credits.minorUnits
            sum.net.minorUnits += row.net.minorUnits
            sum.openInvoices += row.openInvoices
            sum.maximumDaysLate = max(sum.maximumDaysLate, row.maximumDaysLate)
            rows[key] = sum
        }
        return rows.values.sorted {
            ($0.key ?? "\u{10FFFF}", $0.currency.code) < ($1.key ?? "\u{10FFFF}", $1.currency.code)
        }
    }

    static func unnamed(_ rows: [AgingRow]) -> [AgingRow] {
        rows.map { row in
            var row = row
            row.name = nil
            return row
        }
    }

    @Test("aging by collector, by tier and by currency are the customer rows summed by owner")
    func agingGroupingsSumCustomers() throws {
        let input = Self.input()
        let aging = try Self.report(input).aging
        let customers = Dictionary(
            input.customers.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(aging.byCustomer.count > 200)
        #expect(aging.byCustomer.contains { $0.credits.isPositive })
        #expect(Set(aging.byTier.compactMap(\.key)).count >= 3)
        let byCollector = Self.summed(aging.byCustomer) { row in
            row.key.flatMap { customers[$0]?.collectorID?.rawValue }
        }
        let byTier = Self.summed(aging.byCustomer) { row in row.key.flatMap { customers[$0]?.effectiveRiskTier?.name } }
        let byCurrency = Self.summed(aging.byCustomer) { $0.currency.code }
        #expect(Self.unnamed(aging.byCollector) == byCollector)
        #expect(aging.byTier == byTier)
        #expect(aging.byCurrency == byCurrency)
        #expect(aging.byCollector.count == 5 && aging.byCurrency.count == 1)
        #expect(aging.byCollector.allSatisfy { $0.name != nil })
    }

    @Test("the report does not depend on the order of the invoices and payments")
    func orderDoesNotMatter() throws {
        let input = Self.input()
        var shuffled = input
        var rng = SplitMix64(seed: 9)
        shuffled.invoices.shuffle(using: &rng)
        shuffled.payments.shuffle(using: &rng)
        shuffled.customers.shuffle(using: &rng)
        let report = try Self.report(input)
        #expect(try Self.report(shuffled) == report)
        #expect(!report.workQueues.isEmpty && report.receivables.count == 1)
    }

    @Test("credit sales fall in their issue month on month boundaries, twenty years back and beyond")
    func issueMonthsForCountback() throws {
        func invoice(_ id: InvoiceID, _ issued: String, _ pesos: Int64, paid: Bool) -> Invoice {
            World.invoice(
                id, "C-1", issued: issued, due: issued, amount: World.ars(pesos), balance: paid ? World.ars(0) : nil,
                status: paid ? .paid : .normal)
        }
        let period = ("2025-10-01", "2025-10-31")
        // October: 200 open, issued on its first and last days; September: 600 paid, on its first and last days.
        let recent = MeasuresInput(
            customers: [World.customer("C-1")],
            invoices: [
                invoice("A", "2025-10-31", 100, paid: false), invoice("B", "2025-10-01", 100, paid: false),
                invoice("C", "2025-09-30", 300, paid: true), invoice("D", "2025-09-01", 300, paid: true),
            ])
        // October's sales (200) explain the 200 receivable: 31 days × 200 / 200.
        let recentDSO = try World.report(recent, asOf: "2025-11-10", period: period).receivables.first?
            .countbackDaysSalesOutstanding
        #expect(close(recentDSO, 31))
        // November 2005 (240 months back, counting October 2025): 100 open and 300 paid; October 2005: 1 000
        // paid. No sales in between, so the count goes back through every month to November 2005.
        let old = MeasuresInput(
            customers: [World.customer("C-1")],
            invoices: [
                invoice("E", "2005-11-30", 100, paid: false), invoice("G", "2005-11-01", 300, paid: true),
                invoice("H", "2005-10-31", 1_000, paid: true),
            ])
        let between = World.day("2025-10-31").daysSinceEpoch - World.day("2005-12-01").daysSinceEpoch + 1
        let oldDSO = try World.report(old, asOf: "2025-11-10", period: period).receivables.first?
            .countbackDaysSalesOutstanding
        #expect(close(oldDSO, Double(between) + 30 * 100 / 400))
    }
}
