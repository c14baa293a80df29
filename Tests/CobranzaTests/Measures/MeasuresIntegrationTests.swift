import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Measures: store, JSON and a synthetic portfolio")
struct MeasuresIntegrationTests {
    @Test("an activity written before cadenceStepID existed still decodes")
    func activityWithoutStep() throws {
        let activity = World.activity("A-1", "C-1", on: "2024-03-01", .messageSent, step: "friendly")
        let json = try JSONEncoder().encode(activity)
        var object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["cadenceStepID"] as? String == "friendly")
        object.removeValue(forKey: "cadenceStepID")
        let old = try JSONDecoder().decode(Activity.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.cadenceStepID == nil && old.id == "A-1")
    }

    @Test("the store computes the same report from what it holds")
    func fromStore() async throws {
        let input = ReceivablesMeasuresTests.input()
        let store: any CollectionStore = InMemoryCollectionStore()
        var changes = ChangeSet()
        for id in ["ana", "bruno"] as [CollectorID] { changes.upsert(Collector(id: id, name: "\(id)")) }
        for customer in input.customers { changes.upsert(customer) }
        for invoice in input.invoices { changes.upsert(invoice) }
        for payment in input.payments { changes.insert(payment) }
        for activity in input.activities { changes.append(activity) }
        try await store.commit(changes)
        let request = MeasuresRequest(
            asOf: World.day("2024-04-15"),
            period: MeasurePeriod(start: World.day("2024-03-01"), end: World.day("2024-03-31")))
        let fromStore = try await store.measures(request, timeZone: World.utc)
        var withNames = input
        withNames.collectors = try await store.collectors()
        let direct = try Measures.report(withNames, request: request, timeZone: World.utc)
        #expect(fromStore == direct)
        #expect(close(fromStore.receivables(in: .ars)?.collectionEffectivenessIndex, 75))
    }

    @Test("the report round-trips through JSON, undefined measures absent")
    func json() throws {
        let report = try World.report(
            ReceivablesMeasuresTests.input(), asOf: "2024-04-15", period: ("2024-04-01", "2024-04-15"))
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(MeasuresReport.self, from: data) == report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("NaN") && !text.contains("\"daysSalesOutstanding\""))
        #expect(text.contains("\"countbackDaysSalesOutstanding\""))
    }

    @Test("an empty portfolio gives an empty report; periods count both ends")
    func empty() throws {
        let report = try World.report(MeasuresInput(), asOf: "2024-03-31", period: ("2024-03-01", "2024-03-31"))
        #expect(report.receivables.isEmpty && report.aging.byCustomer.isEmpty && report.workQueues.isEmpty)
        #expect(report.promises == PromiseSummary() && report.promises.keptRate == nil)
        let quarter = MeasurePeriod.days(90, endingOn: World.day("2024-03-31"))
        #expect(quarter.start == World.day("2024-01-02") && quarter.days == 90 && quarter.months == 90 / 30.436_875)
        #expect(MeasurePeriod.month(containing: World.day("2024-02-10")).days == 29)
        #expect(MeasurePeriod(start: World.day("2024-01-01"), end: World.day("2024-03-31")).months == 3)
    }

    @Test("invalid requests and inconsistent allocations are typed errors")
    func errors() throws {
        let backwards = MeasuresRequest(
            asOf: World.day("2024-04-15"),
            period: MeasurePeriod(start: World.day("2024-04-10"), end: World.day("2024-04-01")))
        #expect(
            throws: MeasuresError.invalidRequest(
                .invalidValue(field: "period.end", reason: "must not be before period.start (2024-04-10)"))
        ) { try Measures.report(MeasuresInput(), request: backwards, timeZone: World.utc) }
        let future = MeasuresRequest(asOf: World.day("2024-04-15"), period: .month(containing: World.day("2024-04-15")))
        #expect(throws: MeasuresError.self) {
            try Measures.report(MeasuresInput(), request: future, timeZone: World.utc)
        }
        let mismatch = MeasuresInput(
            invoices: [World.invoice("F-1", "C-1", issued: "2024-03-01", due: "2024-03-31", amount: World.ars(10))],
            payments: [World.payment("R-1", "C-1", on: "2024-03-05", [("F-1", World.usd(10))])])
        #expect(throws: MeasuresError.allocationCurrencyMismatch(payment: "R-1", invoice: "F-1")) {
            try World.report(mismatch, asOf: "2024-03-31", period: ("2024-03-01", "2024-03-31"))
        }
        #expect(
            MeasuresError.allocationCurrencyMismatch(payment: "R-1", invoice: "F-1").description
                == "Payment R-1 has an allocation to invoice F-1 in another currency than the invoice")
    }

    @Test("a payment by one customer applied to another's invoice still reduces that invoice")
    func paymentOfAnotherCustomer() throws {
        // F-1 of K-1: 1,000 issued 02-01, due 03-01; its parent company K-2 paid 400 of it on 03-10.
        let input = MeasuresInput(
            customers: [World.customer("K-1", collector: "ana"), World.customer("K-2", collector: "bruno")],
            invoices: [
                World.invoice(
                    "F-1", "K-1", issued: "2024-02-01", due: "2024-03-01", amount: World.ars(1_000),
                    balance: World.ars(600))
            ],
            payments: [World.payment("R-1", "K-2", on: "2024-03-10", [("F-1", World.ars(400))])])
        let report = try World.report(input, asOf: "2024-03-31", period: ("2024-03-01", "2024-03-31"))
        #expect(report.aging.byCustomer.map(\.key) == ["K-1"])
        #expect(report.aging.byCustomer.first?.total == World.ars(600))
        #expect(report.receivables.first?.collections == World.ars(400))
        #expect(report.collectors.first { $0.collectorID == "ana" }?.amountRecovered == [World.ars(400)])
    }

    @Test("on a synthetic portfolio the aging on the last day equals today's open balances, and rows add up")
    func syntheticConsistency() throws {
        let asOf = World.day("2024-06-30")
        let portfolio = SyntheticPortfolio(.init(customers: 300, asOf: asOf, seed: 11))
        let input = MeasuresInput(
            customers: portfolio.customers, collectors: portfolio.collectors, invoices: portfolio.invoices,
            payments: portfolio.payments, activities: portfolio.activities)
        let report = try Measures.report(
            input, request: MeasuresRequest(asOf: asOf, period: .month(containing: asOf)), timeZone: World.utc)
        let open = portfolio.invoices.filter(\.isOpen)
        let total = report.aging.byCurrency.first?.total.minorUnits
        #expect(total == open.reduce(0) { $0 + $1.balance.minorUnits })
        #expect(report.aging.byCurrency.first?.openInvoices == open.count)
        #expect(report.aging.byCustomer.reduce(0) { $0 + $1.total.minorUnits } == total)
        #expect(report.aging.byCollector.reduce(0) { $0 + $1.total.minorUnits } == total)
        let pesos = try #require(report.receivables.first)
        #expect(pesos.closingReceivables.minorUnits == total)
        #expect(
            report.receivablesByCollector.reduce(0) { $0 + $1.creditSales.minorUnits } == pesos.creditSales.minorUnits)
        // The period's opening plus sales minus collections is its closing, when nothing was written off.
        #expect(
            pesos.openingReceivables.minorUnits + pesos.creditSales.minorUnits - pesos.collections.minorUnits
                == pesos.closingReceivables.minorUnits)
        #expect(report.promises.obtained > 0 && report.workQueues.contains { !$0.entries.isEmpty })
    }
}
