import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The example of `Documentation/Alerts.md`, run as a test so the guide stays true.
@Suite("Alerts guide example")
struct AlertGuideExampleTests {
    @Test("the guide's run against a store records one digest, and a second run the same day records nothing")
    func guideExample() async throws {
        // 1. The policy, as it would be loaded from a JSON file.
        let json = """
            {
              "locale": "es-AR",
              "roles": {"actions": {"name": "Marta Ruiz", "emails": ["acciones@empresa.com.ar"]}},
              "departments": {"sales": {"name": "Ventas", "emails": ["ventas@empresa.com.ar"]}},
              "rules": {
                "action_required": {},
                "broken_promises": {"schedule": "daily"},
                "disputes_by_department": {"schedule": "weekly:monday"},
                "refused_to_pay": {"notify": {"collector": true, "supervisor": false}}
              }
            }
            """
        let policy = try JSONDecoder().decode(AlertPolicy.self, from: Data(json.utf8))
        let evaluator = try AlertEvaluator(policy: policy)

        // 2. A store with a collector, her customer, an overdue invoice and a broken promise.
        let store: any CollectionStore = InMemoryCollectionStore()
        let monday = try CivilDate(iso: "2024-03-04")
        let argentina = try #require(TimeZone(secondsFromGMT: -3 * 3_600))
        let clock = ManualClock(today: monday, timeZone: argentina)
        var seed = ChangeSet()
        seed.upsert(Collector(id: "ana", name: "Ana Pérez", email: "ana@empresa.com.ar"))
        seed.upsert(Customer(id: "C-001", name: "Ferretería Don Pepe SRL", collectorID: "ana"))
        seed.upsert(
            Invoice(
                id: "FA-1", number: "A-0001-00001234", customerID: "C-001",
                issueDate: try CivilDate(iso: "2024-01-02"), dueDate: try CivilDate(iso: "2024-02-01"),
                amount: Money(minorUnits: 150_000_00, currency: .ars)))
        seed.append(
            Activity(
                id: "promise-broken/FA-1", timestamp: clock.now, performedBy: .system, customerID: "C-001",
                invoiceIDs: ["FA-1"], kind: .promiseBroken,
                previousStatus: .promised(PaymentPromise(date: try CivilDate(iso: "2024-03-01"))), newStatus: .normal))
        try await store.commit(seed)

        // 3. The run: evaluate and record the digests in the outbox; keep the cursor for the next run.
        var cursor = AlertCursor()
        let run = try await evaluator.run(store: store, clock: clock, cursor: cursor)
        cursor = run.cursor
        let entries = try await store.outboxEntries(matching: .all)
        #expect(entries.map(\.key) == ["alert/broken_promises/collector:ana/2024-03-04"])
        #expect(entries.first?.message.subject == "Promesas de pago incumplidas · 04/03/2024 · 1 cliente")
        #expect(entries.first?.message.to == ["ana@empresa.com.ar"])
        #expect(
            entries.first?.message.body == """
                Hola Ana Pérez:

                Estos clientes no cumplieron su promesa de pago desde el último resumen. Gestionarlos con suma \
                urgencia; los más urgentes primero.

                1. Ferretería Don Pepe SRL (C-001) — $ 150.000,00
                   Prometió pagar el 01/03/2024 y no cumplió.
                   - Factura A-0001-00001234: vence 01/02/2024, saldo $ 150.000,00, 32 días de atraso

                Total: $ 150.000,00

                — Cobranza · broken_promises · 2024-03-04

                """)

        // 4. A second run the same day sends nothing new.
        let again = try await evaluator.run(store: store, clock: clock, cursor: cursor)
        #expect(again.digests.isEmpty)
        #expect(try await store.outboxEntries(matching: .all).count == 1)

        // 5. The outbox delivers it like any message.
        let sender = InMemoryMessageSender(clock: clock)
        let report = try await OutboxDispatcher(store: store, sender: sender, clock: clock, workerID: "alerts-1")
            .dispatchAll()
        #expect(report.delivered == ["alert/broken_promises/collector:ana/2024-03-04"])
    }
}
