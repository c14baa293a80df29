import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Collection engine: the daily run")
struct CollectionEngineTests {
    let monday = EngineWorld.monday

    @Test("a run reviews statuses, classifies, sends the cadence, raises alerts and delivers everything")
    func runReport() async throws {
        let clock = EngineWorld.clock()
        let store = try await EngineWorld.store()
        let sender = InMemoryMessageSender(clock: clock)
        let report = try await EngineWorld.engine(store, sender: sender, clock: clock).run(on: monday)

        #expect(report.date == monday)
        #expect(report.statusChanges == 1)  // FA-2's promise for 02-28 (+2 days grace) is broken today
        #expect(report.riskAssessed == 3)  // never classified: all three
        #expect(report.reclassified == 3)  // a first tier is a change
        #expect(
            report.messages == [
                RunMessage(
                    customerID: "C-1", channel: .email, stage: .friendly, invoiceIDs: ["FA-1"],
                    to: ["pagos@C-1.example"]),
                RunMessage(
                    customerID: "C-2", channel: .email, stage: .direct, invoiceIDs: ["FA-2"],
                    to: ["pagos@C-2.example"]),
            ])
        #expect(report.tasks.isEmpty)
        #expect(
            report.skipped == [
                RunSkip(
                    customerID: "C-3", invoiceID: "FA-3", stepID: "B-friendly",
                    reason: "the invoice is disputed, which holds reminders")
            ])
        #expect(
            report.alerts.map { "\($0.rule) \($0.recipient.text) \($0.period)" }.sorted() == [
                "broken_promises collector:ana 2024-03-04", "disputes_by_collector collector:ana 2024-W10",
                "disputes_by_department department:sales 2024-W10",
            ])
        #expect(
            report.alerts.first { $0.rule == "broken_promises" }?.items == [
                .init(customerID: "C-2", invoiceIDs: ["FA-2"])
            ])
        #expect(report.delivered.count == 5)
        #expect(report.failures.isEmpty)

        let deliveries = await sender.deliveries
        #expect(deliveries.map(\.key).sorted() == report.delivered.sorted())
        let customerMessage = try #require(deliveries.first { $0.key == "cadence-message/C-1/email/2024-03-04" })
        #expect(customerMessage.message.recipient == .customer("C-1"))
        #expect(customerMessage.message.body.contains("A-0001-FA-1"))
        #expect(try await store.invoices(ids: ["FA-2"]).first?.status == .normal)
        let steps = try await store.activities(matching: ActivityQuery(kinds: [.cadenceStep])).map(\.activity)
        #expect(steps.map(\.id) == ["cadence-step/FA-1/B-friendly", "cadence-step/FA-2/B-direct"])
        #expect(steps.map(\.cadenceStepID) == ["B-friendly", "B-direct"])
        let raised = try await store.activities(matching: ActivityQuery(kinds: [.alertRaised]))
        #expect(raised.count == 3)
        #expect(try await store.alertCursor()?.marks["broken_promises"]?.periodID == "2024-03-04")
    }

    @Test("a second run of the same date records and sends nothing new")
    func secondRunSameDate() async throws {
        let clock = EngineWorld.clock()
        let store = try await EngineWorld.store()
        let sender = InMemoryMessageSender(clock: clock)
        let engine = try EngineWorld.engine(store, sender: sender, clock: clock)
        _ = try await engine.run(on: monday)
        let activities = try await store.activities(matching: .all).count
        clock.advance(by: 3_600)
        let again = try await engine.run(on: monday)
        #expect(again.messages.isEmpty && again.tasks.isEmpty && again.alerts.isEmpty)
        #expect(again.statusChanges == 0 && again.riskAssessed == 0 && again.delivered.isEmpty)
        #expect(await sender.attempts.count == 5)
        #expect(try await store.activities(matching: .all).count == activities)
    }

    @Test("a dry run returns the run's plan and writes and sends nothing")
    func dryRun() async throws {
        let clock = EngineWorld.clock()
        let store = try await EngineWorld.store()
        let sender = InMemoryMessageSender(clock: clock)
        let engine = try EngineWorld.engine(store, sender: sender, clock: clock)
        let plan = try await engine.plan(on: monday)
        #expect(try await store.activities(matching: .all).isEmpty)
        #expect(try await store.outboxEntries(matching: .all).isEmpty)
        #expect(try await store.alertCursor() == nil)
        #expect(try await store.invoices(ids: ["FA-2"]).first?.status.kind == .promised)
        #expect(try await store.allCustomers().allSatisfy { $0.risk == nil })
        #expect(await sender.attempts.isEmpty)
        #expect(plan.pendingDeliveries.isEmpty)

        let report = try await engine.run(on: monday)
        #expect(plan.messages == report.messages)
        #expect(plan.tasks == report.tasks)
        #expect(Set(plan.alerts) == Set(report.alerts))
        #expect(plan.skipped == report.skipped)
        #expect(plan.statusChanges == report.statusChanges)
        #expect(plan.riskAssessed == report.riskAssessed && plan.reclassified == report.reclassified)
        let after = try await engine.plan(on: monday)
        #expect(after.messages.isEmpty && after.alerts.isEmpty && after.statusChanges == 0)
    }

    @Test("the observer sees every stage in order, what was queued and what was sent")
    func observerEvents() async throws {
        let clock = EngineWorld.clock()
        let store = try await EngineWorld.store()
        let observer = RecordingObserver()
        let engine = try EngineWorld.engine(
            store, sender: InMemoryMessageSender(clock: clock), clock: clock, observer: observer)
        _ = try await engine.run(on: monday)
        let events = observer.events
        #expect(events.first == .runStarted(date: monday, dryRun: false))
        #expect(events.last == .runFinished(date: monday, duration: .zero))
        let finished = events.compactMap { event -> String? in
            guard case .stageFinished(let stage, let count, _) = event else { return nil }
            return "\(stage.rawValue)=\(count)"
        }
        #expect(finished == ["status_review=1", "risk=3", "cadence=2", "alerts=3", "dispatch=5"])
        let started = events.compactMap { event -> RunStage? in
            guard case .stageStarted(let stage) = event else { return nil }
            return stage
        }
        #expect(started == RunStage.allCases)
        #expect(events.filter { if case .messageQueued = $0 { return true } else { return false } }.count == 2)
        #expect(events.filter { if case .alertQueued = $0 { return true } else { return false } }.count == 3)
        #expect(events.filter { if case .messageSent = $0 { return true } else { return false } }.count == 5)
    }

    @Test("a bounced email is reported as a final failure and becomes a call task for the collector")
    func permanentFailure() async throws {
        let clock = EngineWorld.clock()
        let store = try await EngineWorld.store()
        let sender = InMemoryMessageSender(clock: clock)
        await sender.fail(address: "pagos@C-1.example", with: .permanent(reason: "550 no such user"))
        let report = try await EngineWorld.engine(store, sender: sender, clock: clock).run(on: monday)
        let key: IdempotencyKey = "cadence-message/C-1/email/2024-03-04"
        #expect(
            report.failures == [
                RunFailure(
                    key: key, recipient: .customer("C-1"), channel: .email, reason: "550 no such user", attempts: 1,
                    isFinal: true)
            ])
        #expect(!report.delivered.contains(key))
        let tasks = try await store.tasks(matching: TaskQuery(customerIDs: ["C-1"]))
        #expect(tasks.map(\.kind) == [.call])
        #expect(tasks.first?.assignee == .collector("ana"))
    }

    @Test("the report encodes with the command line's keys")
    func reportKeys() throws {
        let message = RunMessage(
            customerID: "C-1", channel: .whatsApp, stage: .friendly, invoiceIDs: ["FA-1"], to: ["+54"])
        let task = RunTask(
            customerID: "C-1", assignee: .collector("ana"), dueDate: monday, reason: "Llamar", invoiceIDs: ["FA-1"])
        let alert = RunAlert(
            rule: "broken_promises", recipient: .collector("ana"), period: "2024-03-04",
            items: [.init(customerID: "C-1", invoiceIDs: ["FA-1"])])
        func object(_ value: some Encodable) throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any])
        }
        #expect(Set(try object(message).keys) == ["customer_id", "channel", "stage", "invoice_ids", "to"])
        #expect(try object(message)["channel"] as? String == "whatsapp")
        #expect(Set(try object(task).keys) == ["customer_id", "assignee", "due_date", "reason", "invoice_ids"])
        #expect(try object(task)["assignee"] as? String == "collector:ana")
        #expect(try object(task)["due_date"] as? String == "2024-03-04")
        #expect(Set(try object(alert).keys) == ["rule", "recipient", "period", "items"])
        let items = try #require(try object(alert)["items"] as? [[String: Any]])
        #expect(Set(items.first?.keys ?? [:].keys) == ["customer_id", "invoice_ids"])
        #expect(try JSONDecoder().decode(RunTask.self, from: JSONEncoder().encode(task)) == task)
        #expect(try JSONDecoder().decode(RunAlert.self, from: JSONEncoder().encode(alert)) == alert)
    }
}
