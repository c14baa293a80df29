import Cobranza
import Foundation
import Testing

@Suite("Receivables measures: DSO, countback, BPDSO, ADD, CEI, delinquency, days to collect")
struct ReceivablesMeasuresTests {
    /// The history, in pesos (and one dollar invoice), seen from 2024-04-15:
    /// - I-1 (K-1): issued 01-10, due 02-09, 3,000; 1,000 paid 02-20, 2,000 paid 03-10.
    /// - I-2 (K-1): issued 02-15, due 03-16, 4,000; unpaid.
    /// - I-3 (K-1): issued 03-05, due 04-04, 6,000; paid 04-02.
    /// - I-4 (K-3, collector bruno): issued 03-20, due 03-25, 2,000; paid 03-28.
    /// - I-5 (K-1): issued 2023-12-01, due 12-31, 5,000; written off by an activity on 03-15.
    /// - NC-1 (K-1): credit note issued 03-12, 1,000, not applied.
    /// - U-1 (K-2): issued 03-01, due 03-31, USD 100; unpaid.
    /// K-1 and K-2 belong to ana, K-3 to bruno.
    static func input() -> MeasuresInput {
        MeasuresInput(
            customers: [
                World.customer("K-1", collector: "ana"), World.customer("K-2", collector: "ana"),
                World.customer("K-3", collector: "bruno"),
            ],
            invoices: [
                World.invoice(
                    "I-1", "K-1", issued: "2024-01-10", due: "2024-02-09", amount: World.ars(3_000),
                    balance: World.ars(0), status: .paid),
                World.invoice("I-2", "K-1", issued: "2024-02-15", due: "2024-03-16", amount: World.ars(4_000)),
                World.invoice(
                    "I-3", "K-1", issued: "2024-03-05", due: "2024-04-04", amount: World.ars(6_000),
                    balance: World.ars(0), status: .paid),
                World.invoice(
                    "I-5", "K-1", issued: "2023-12-01", due: "2023-12-31", amount: World.ars(5_000),
                    status: .uncollectible),
                World.creditNote("NC-1", "K-1", issued: "2024-03-12", amount: World.ars(1_000)),
                World.invoice("U-1", "K-2", issued: "2024-03-01", due: "2024-03-31", amount: World.usd(100)),
                World.invoice(
                    "I-4", "K-3", issued: "2024-03-20", due: "2024-03-25", amount: World.ars(2_000),
                    balance: World.ars(0), status: .paid),
            ],
            payments: [
                World.payment("R-1", "K-1", on: "2024-02-20", [("I-1", World.ars(1_000))]),
                World.payment("R-2", "K-1", on: "2024-03-10", [("I-1", World.ars(2_000))]),
                World.payment("R-3", "K-1", on: "2024-04-02", [("I-3", World.ars(6_000))]),
                World.payment("R-4", "K-3", on: "2024-03-28", [("I-4", World.ars(2_000))]),
            ],
            activities: [
                World.activity(
                    "W-1", "K-1", on: "2024-03-15", .statusChange, by: .collector("ana"), invoices: ["I-5"],
                    previous: .normal, new: .uncollectible)
            ])
    }

    @Test("March 2024 in pesos, every measure checked by hand")
    func march() throws {
        let report = try World.report(Self.input(), asOf: "2024-04-15", period: ("2024-03-01", "2024-03-31"))
        let pesos = try #require(report.receivables(in: .ars))
        // Opening (end of 02-29): I-1 3,000 − 1,000 = 2,000; I-2 4,000; I-5 5,000 (written off later) = 11,000.
        #expect(pesos.openingReceivables == World.ars(11_000))
        // Closing (end of 03-31): I-2 4,000 overdue 15 days; I-3 6,000 current; NC-1 −1,000 → 9,000 net.
        #expect(pesos.closingReceivables == World.ars(9_000))
        #expect(pesos.closingCurrentReceivables == World.ars(6_000))
        #expect(pesos.closingOverdueReceivables == World.ars(4_000))
        #expect(pesos.closingCredits == World.ars(1_000))
        // Credit sales: I-3 6,000 + I-4 2,000 − NC-1 1,000 = 7,000. Collections: 2,000 (03-10) + 2,000 (03-28).
        #expect(pesos.creditSales == World.ars(7_000) && pesos.collections == World.ars(4_000))
        // DSO = 9,000 / 7,000 × 31 = 39.857…; BPDSO = 6,000 / 7,000 × 31 = 26.571…; ADD = 3,000 / 7,000 × 31.
        #expect(close(pesos.daysSalesOutstanding, 9_000.0 / 7_000 * 31))
        #expect(close(pesos.bestPossibleDaysSalesOutstanding, 6_000.0 / 7_000 * 31))
        #expect(close(pesos.averageDaysDelinquent, 3_000.0 / 7_000 * 31))
        // Countback: March's 7,000 leaves 2,000 of the 9,000 → 31 days; February sold 4,000 (I-2) → 29 × ½.
        #expect(close(pesos.countbackDaysSalesOutstanding, 31 + 14.5))
        // CEI = (11,000 + 7,000 − 9,000) / (11,000 + 7,000 − 6,000) × 100 = 9,000 / 12,000 = 75 %.
        #expect(close(pesos.collectionEffectivenessIndex, 75))
        #expect(close(pesos.monthlyAverageCollectionEffectivenessIndex, 75))  // one whole month: N = 1
        // Delinquency: 4,000 of 10,000 gross; 1 of 2 open invoices.
        #expect(close(pesos.delinquencyRate, 40) && close(pesos.delinquentInvoiceRate, 50))
        #expect(close(pesos.averageDaysLate, 15) && close(pesos.weightedAverageDaysLate, 15))
        // Paid in full in March: I-1 on 03-10 (60 days after 01-10, 30 beyond 02-09) and I-4 on 03-28 (8 days,
        // 3 beyond). Average 34; weighted (3,000 × 60 + 2,000 × 8) / 5,000 = 39.2; beyond terms 16.5.
        #expect(pesos.invoicesCollected == 2)
        #expect(close(pesos.averageDaysToCollect, 34) && close(pesos.weightedAverageDaysToCollect, 39.2))
        #expect(close(pesos.averageDaysBeyondTerms, 16.5))
    }

    @Test("a period with no sales: DSO, BPDSO and ADD are undefined, countback and CEI are not")
    func periodWithoutSales() throws {
        let report = try World.report(Self.input(), asOf: "2024-04-15", period: ("2024-04-01", "2024-04-15"))
        let pesos = try #require(report.receivables(in: .ars))
        // Opening = March's closing, 9,000. Closing 04-15: I-2 4,000 (30 days late); I-3 paid 04-02; credit 1,000.
        #expect(pesos.openingReceivables == World.ars(9_000) && pesos.closingReceivables == World.ars(3_000))
        #expect(pesos.creditSales == World.ars(0) && pesos.collections == World.ars(6_000))
        #expect(pesos.daysSalesOutstanding == nil && pesos.bestPossibleDaysSalesOutstanding == nil)
        #expect(pesos.averageDaysDelinquent == nil)
        // Countback: April sold nothing (15 days, nothing consumed); March's 7,000 covers 3,000 → 31 × 3/7.
        #expect(close(pesos.countbackDaysSalesOutstanding, 15 + 31.0 * 3 / 7))
        // CEI = (9,000 + 0 − 3,000) / (9,000 + 0 − 0) = 66.67 %; dividing no sales by N changes nothing.
        #expect(close(pesos.collectionEffectivenessIndex, 6_000.0 / 9_000 * 100))
        #expect(close(pesos.monthlyAverageCollectionEffectivenessIndex, 6_000.0 / 9_000 * 100))
        #expect(close(pesos.delinquencyRate, 100) && close(pesos.averageDaysLate, 30))
        // I-3 paid 04-02: 28 days after its 03-05 issue, 0 beyond its 04-04 due date.
        #expect(pesos.invoicesCollected == 1 && close(pesos.averageDaysToCollect, 28))
        #expect(close(pesos.averageDaysBeyondTerms, 0))
    }

    @Test("dollars are measured apart; nothing collectible makes the CEI undefined")
    func severalCurrencies() throws {
        let report = try World.report(Self.input(), asOf: "2024-04-15", period: ("2024-03-01", "2024-03-31"))
        #expect(report.receivables.map(\.currency) == [.ars, .usd])
        let dollars = try #require(report.receivables(in: .usd))
        // U-1: USD 100 issued 03-01, due 03-31 — current at the end of March.
        #expect(dollars.openingReceivables == World.usd(0) && dollars.creditSales == World.usd(100))
        #expect(dollars.closingReceivables == World.usd(100) && dollars.closingCurrentReceivables == World.usd(100))
        // DSO = BPDSO = 100 / 100 × 31; ADD 0; countback: March's 100 covers 100 → 31.
        #expect(close(dollars.daysSalesOutstanding, 31) && close(dollars.bestPossibleDaysSalesOutstanding, 31))
        #expect(close(dollars.averageDaysDelinquent, 0) && close(dollars.countbackDaysSalesOutstanding, 31))
        // CEI = (0 + 100 − 100) / (0 + 100 − 100): nothing was collectible yet → undefined.
        #expect(dollars.collectionEffectivenessIndex == nil)
        #expect(close(dollars.delinquencyRate, 0) && dollars.averageDaysLate == nil)
        #expect(dollars.invoicesCollected == 0 && dollars.averageDaysToCollect == nil)
    }

    @Test("per collector: ana's and bruno's customers measured apart")
    func perCollector() throws {
        let report = try World.report(Self.input(), asOf: "2024-04-15", period: ("2024-03-01", "2024-03-31"))
        let rows = report.receivablesByCollector
        #expect(rows.map(\.collectorID) == ["ana", "ana", "bruno"])
        #expect(rows.map(\.currency) == [.ars, .usd, .ars])
        // ana in pesos: sales 6,000 − 1,000 = 5,000; closing 9,000 → DSO 9,000 / 5,000 × 31 = 55.8.
        #expect(rows[0].creditSales == World.ars(5_000) && close(rows[0].daysSalesOutstanding, 55.8))
        // bruno: I-4 sold and collected in March → closing 0, DSO 0, CEI (0 + 2,000 − 0) / (0 + 2,000 − 0) = 100.
        #expect(rows[2].closingReceivables == World.ars(0) && close(rows[2].daysSalesOutstanding, 0))
        #expect(close(rows[2].collectionEffectivenessIndex, 100) && rows[2].invoicesCollected == 1)
    }

    @Test("a customer with only credit notes: negative sales leave DSO and CEI undefined, countback zero")
    func onlyCreditNotes() throws {
        let input = MeasuresInput(
            customers: [World.customer("K-9")],
            invoices: [World.creditNote("NC-9", "K-9", issued: "2024-03-10", amount: World.ars(1_000))])
        let report = try World.report(input, asOf: "2024-03-31", period: ("2024-03-01", "2024-03-31"))
        let pesos = try #require(report.receivables(in: .ars))
        #expect(pesos.creditSales == World.ars(-1_000) && pesos.closingReceivables == World.ars(-1_000))
        #expect(pesos.closingCredits == World.ars(1_000) && pesos.closingCurrentReceivables == World.ars(0))
        #expect(pesos.daysSalesOutstanding == nil && pesos.bestPossibleDaysSalesOutstanding == nil)
        // CEI denominator 0 − 1,000 − 0 < 0 → undefined; nothing receivable → no delinquency rate.
        #expect(pesos.collectionEffectivenessIndex == nil && pesos.delinquencyRate == nil)
        #expect(pesos.countbackDaysSalesOutstanding == 0)
        #expect(report.aging.byCustomer.map(\.net) == [World.ars(-1_000)])
    }

    @Test("the monthly-average CEI divides a quarter's sales by three")
    func quarterVariant() throws {
        // Q1 2024 in pesos: opening (12-31) 5,000 (I-5); sales 3,000 + 4,000 + 7,000 = 14,000; closing 9,000;
        // current 6,000. Period CEI = (5,000 + 14,000 − 9,000) / (5,000 + 14,000 − 6,000) = 10,000 / 13,000.
        // Monthly average: sales / 3 = 4,666.67 → (5,000 + 4,666.67 − 9,000) / (5,000 + 4,666.67 − 6,000).
        let report = try World.report(Self.input(), asOf: "2024-04-15", period: ("2024-01-01", "2024-03-31"))
        let pesos = try #require(report.receivables(in: .ars))
        #expect(pesos.creditSales == World.ars(14_000) && pesos.openingReceivables == World.ars(5_000))
        #expect(close(pesos.collectionEffectivenessIndex, 10_000.0 / 13_000 * 100))
        let monthly = 14_000.0 / 3
        #expect(
            close(
                pesos.monthlyAverageCollectionEffectivenessIndex,
                (5_000 + monthly - 9_000) / (5_000 + monthly - 6_000) * 100))
        // DSO over 91 days: 9,000 / 14,000 × 91 = 58.5.
        #expect(close(pesos.daysSalesOutstanding, 58.5))
    }

    @Test("the formulas never divide by zero")
    func formulas() {
        #expect(MeasureFormulas.daysSalesOutstanding(receivables: 1_000, creditSales: 3_000, days: 30) == 10)
        #expect(MeasureFormulas.daysSalesOutstanding(receivables: 1_000, creditSales: 0, days: 30) == nil)
        #expect(MeasureFormulas.daysSalesOutstanding(receivables: 1_000, creditSales: -5, days: 30) == nil)
        #expect(MeasureFormulas.averageDaysDelinquent(daysSalesOutstanding: 40, bestPossible: nil) == nil)
        // Countback through a month with no sales: 10 days (nothing consumed) + 30 × 500 / 1,000.
        let months = [CountbackMonth(days: 10, creditSales: 0), CountbackMonth(days: 30, creditSales: 1_000)]
        #expect(MeasureFormulas.countbackDaysSalesOutstanding(receivables: 500, monthsLatestFirst: months) == 25)
        #expect(MeasureFormulas.countbackDaysSalesOutstanding(receivables: 5_000, monthsLatestFirst: months) == nil)
        #expect(MeasureFormulas.countbackDaysSalesOutstanding(receivables: -5, monthsLatestFirst: []) == 0)
        #expect(
            MeasureFormulas.collectionEffectivenessIndex(
                openingReceivables: 0, creditSales: 0, closingReceivables: 0, closingCurrentReceivables: 0) == nil)
        #expect(MeasureFormulas.delinquencyRate(overdue: 0, receivables: 0) == nil)
        #expect(MeasureFormulas.rate(1, of: 4) == 25 && MeasureFormulas.rate(0, of: 0) == nil)
    }
}
