import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Risk classification: the change set of a run")
struct RiskChangeSetTests {
    let classifier = RiskClassifier(timeZone: RiskHistory.utc)
    let now = RiskHistory.asOf.startInstant(in: RiskHistory.utc).addingTimeInterval(6 * 3_600)

    func portfolio() throws -> [RiskHistory] {
        var punctual = RiskHistory("C-1", since: RiskHistory.day(-1_500))
        punctual.monthly(months: 24) { _ in 0 }
        return [try RiskWorkedExampleTests.history(), punctual]
    }

    func run(_ histories: [RiskHistory], asOf: CivilDate = RiskHistory.asOf) -> ([RiskAssessment], ChangeSet) {
        let customers = histories.map(\.customer)
        let assessments = classifier.classify(
            customers: customers, invoices: histories.flatMap(\.invoices), payments: histories.flatMap(\.payments),
            activities: histories.flatMap(\.activities), asOf: asOf)
        return (assessments, classifier.changeSet(for: assessments, customers: customers, at: now))
    }

    @Test("a first run stores every customer's risk and logs its initial tier")
    func firstRun() throws {
        let (assessments, changes) = run(try portfolio())
        #expect(changes.customers.map(\.id) == ["C-42", "C-1"])
        #expect(changes.customers.map(\.risk) == assessments.map(\.risk))
        #expect(changes.customers[0].name == "Cliente C-42 SRL")  // the rest of the customer is kept
        #expect(changes.activities.map(\.id) == ["risk/C-42/2024-06-30", "risk/C-1/2024-06-30"])
        let activity = changes.activities[0]
        #expect(activity.kind == .riskTierChanged && activity.performedBy == .system && activity.timestamp == now)
        #expect(activity.overdueBalances == [Money(minorUnits: 30_000_000, currency: .ars)])
        #expect(activity.daysLate == 40)
        #expect(
            activity.comment
                == "nivel de riesgo inicial C: puntaje 50,3 de 100: nivel C; pagó 6 de 10 facturas a término; "
                + "2 promesas incumplidas en 90 días; 75% del saldo abierto está vencido; peor atraso: 50 días; "
                + "atraso ponderado por monto: 18 días; cliente desde hace 400 días; "
                + "promedio de 13 días de atraso en 10 facturas; 1 disputa en 90 días")
    }

    @Test("a tier change is logged with the move; an unchanged tier only refreshes the record")
    func tierChange() throws {
        var histories = try portfolio()
        histories[0].customer.risk = CustomerRisk(tier: .a, score: 5, assessedOn: RiskHistory.day(-1))
        histories[1].customer.risk = CustomerRisk(tier: .a, score: 0, assessedOn: RiskHistory.day(-1))
        let customers = histories.map(\.customer)
        let (assessments, _) = run(histories)
        let changes = classifier.changeSet(for: assessments, customers: customers, at: now, language: .english)
        #expect(changes.customers.map(\.id) == ["C-42", "C-1"])
        #expect(changes.activities.map(\.id) == ["risk/C-42/2024-06-30"])
        #expect(changes.activities[0].comment?.hasPrefix("risk tier A → C: score 50.3 of 100: tier C; ") == true)
    }

    @Test("committing, then re-running the same day, writes nothing more")
    func idempotentRerun() async throws {
        var histories = try portfolio()
        let store: any CollectionStore = InMemoryCollectionStore()
        var seed = ChangeSet()
        for history in histories {
            seed.upsert(history.customer)
            for invoice in history.invoices { seed.upsert(invoice) }
            for payment in history.payments { seed.insert(payment) }
            for activity in history.activities { seed.append(activity) }
        }
        try await store.commit(seed)
        let (_, first) = run(histories)
        try await store.commit(first)

        let stored = try await store.customers(ids: ["C-1", "C-42"])
        for index in histories.indices {
            histories[index].customer = try #require(stored.first { $0.id == histories[index].customer.id })
        }
        let (_, second) = run(histories)
        #expect(second.isEmpty)
    }

    @Test("assessments in another order than the customers are matched by id")
    func matchedById() throws {
        let histories = try portfolio()
        let (assessments, _) = run(histories)
        let changes = classifier.changeSet(
            for: assessments.reversed(), customers: histories.map(\.customer), at: now)
        #expect(changes.customers.map(\.id) == ["C-1", "C-42"])
        #expect(changes.customers.map(\.risk) == assessments.reversed().map(\.risk))
    }
}
