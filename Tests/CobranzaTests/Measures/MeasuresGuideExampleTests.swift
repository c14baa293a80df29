import Cobranza
import Foundation
import Testing

/// The example of `Documentation/Measures.md`, run as written, with the figures the guide quotes.
@Suite("Measures guide example")
struct MeasuresGuideExampleTests {
    @Test("the guide's example prints the figures the guide quotes")
    func guideExample() throws {
        // --- from Documentation/Measures.md ---
        func day(_ iso: String) throws -> CivilDate { try CivilDate(iso: iso) }
        func pesos(_ value: Int64) -> Money { Money(minorUnits: value * 100, currency: .ars) }

        let input = MeasuresInput(
            customers: [
                Customer(id: "C-1", name: "Ferretería Don Pepe SRL", collectorID: "ana", riskTierOverride: .b),
                Customer(id: "C-2", name: "Distribuidora Norte SA", collectorID: "ana", riskTierOverride: .c),
            ],
            collectors: [Collector(id: "ana", name: "Ana Martínez")],
            invoices: [
                // Billed in February; 4,000 paid on 10 March, 2,000 still owed.
                Invoice(
                    id: "F-1", number: "A-0001-00000001", customerID: "C-1", issueDate: try day("2024-02-09"),
                    dueDate: try day("2024-03-10"), amount: pesos(6_000), balance: pesos(2_000)),
                // Billed in March, due in April.
                Invoice(
                    id: "F-2", number: "A-0001-00000002", customerID: "C-2", issueDate: try day("2024-03-15"),
                    dueDate: try day("2024-04-14"), amount: pesos(9_000)),
            ],
            payments: [
                Payment(
                    id: "R-1", customerID: "C-1", date: try day("2024-03-10"), amount: pesos(4_000),
                    allocations: [PaymentAllocation(invoiceID: "F-1", amount: pesos(4_000))])
            ])
        let request = MeasuresRequest(asOf: try day("2024-04-02"), period: .month(containing: try day("2024-03-01")))
        let buenosAires = TimeZone(identifier: "America/Argentina/Buenos_Aires") ?? .current
        let report = try Measures.report(input, request: request, timeZone: buenosAires)

        let march = try #require(report.receivables(in: .ars))
        print(march.daysSalesOutstanding ?? .nan)  // 37.888… = 11,000 / 9,000 × 31
        print(march.countbackDaysSalesOutstanding ?? .nan)  // 40.666… = 31 + 29 × 2,000 / 6,000
        print(march.bestPossibleDaysSalesOutstanding ?? .nan)  // 31.0 = 9,000 / 9,000 × 31
        print(march.collectionEffectivenessIndex ?? .nan)  // 66.666… = 4,000 / 6,000 × 100
        print(march.delinquencyRate ?? .nan)  // 18.18… = 2,000 / 11,000 × 100
        print(report.aging.byCurrency[0].amounts.map(\.plainDecimalString))  // current 9000.00, 1-30 2000.00
        let first = try #require(report.workQueue(for: "ana")?.entries.first)
        print(first.customerID, first.score, first.reasons.map(\.detail))  // C-1, 54.51…
        // --- end of the example ---

        #expect(close(march.daysSalesOutstanding, 11_000.0 / 9_000 * 31))
        #expect(close(march.countbackDaysSalesOutstanding, 31 + 29.0 * 2_000 / 6_000))
        #expect(close(march.bestPossibleDaysSalesOutstanding, 31))
        #expect(close(march.averageDaysDelinquent, 2_000.0 / 9_000 * 31))
        #expect(close(march.collectionEffectivenessIndex, 4_000.0 / 6_000 * 100))
        #expect(close(march.delinquencyRate, 2_000.0 / 11_000 * 100))
        #expect(
            report.aging.byCurrency[0].amounts.map(\.plainDecimalString) == [
                "9000.00", "2000.00", "0.00", "0.00", "0.00", "0.00",
            ])
        // C-1: 10 × log10(1 + 2,000) + 0.5 × 23 days + 10 (tier B); C-2 owes nothing overdue.
        #expect(report.workQueue(for: "ana")?.entries.map(\.customerID) == ["C-1"])
        #expect(close(first.score, 10 * log10(2_001.0) + 11.5 + 10))
        #expect(
            first.reasons.map(\.detail) == [
                "1 invoice overdue: ARS 2000.00", "oldest overdue invoice 23 days late", "risk tier B",
            ])
    }
}
