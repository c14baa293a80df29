import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Alert digests: keys, outbox and idempotency")
struct AlertIdempotencyTests {
    let monday = AlertWorld.monday

    var world: AlertSnapshot {
        AlertWorld.snapshot(
            customers: [AlertWorld.customer("C-1", collector: "ana"), AlertWorld.customer("C-3", collector: "bob")],
            invoices: [
                AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -20)),
                AlertWorld.invoice("FA-3", customer: "C-3", due: monday.adding(days: -20)),
            ])
    }

    var events: [LoggedActivity] {
        [
            AlertWorld.event(
                5, customer: "C-1", invoices: ["FA-1"], kind: .promiseBroken, on: monday,
                previous: .promised(PaymentPromise(date: monday.adding(days: -1)))),
            AlertWorld.event(
                6, customer: "C-3", invoices: ["FA-3"], kind: .promiseBroken, on: monday,
                previous: .promised(PaymentPromise(date: monday.adding(days: -1)))),
        ]
    }

    var evaluator: AlertEvaluator {
        get throws {
            try AlertWorld.evaluator(AlertWorld.policy(rules: AlertRuleSet(brokenPromises: BrokenPromisesRule())))
        }
    }

    @Test("the key format: alert/<rule>/<recipient>/<period>, with / and % escaped in identifiers")
    func keyFormat() {
        #expect(
            AlertDigest.key(rule: "broken_promises", recipient: .collector("ana"), period: .day(monday))
                == "alert/broken_promises/collector:ana/2024-03-04")
        #expect(
            AlertDigest.key(
                rule: "disputes_by_department", recipient: .department("sales"), period: .week(containing: monday))
                == "alert/disputes_by_department/department:sales/2024-W10")
        #expect(
            AlertDigest.key(
                rule: "refused_to_pay", recipient: .role("actions"), period: .event(on: monday, through: 42))
                == "alert/refused_to_pay/role:actions/2024-03-04@42")
        #expect(
            AlertDigest.key(rule: "x", recipient: .collector("a/b%c"), period: .day(monday))
                == "alert/x/collector:a%2Fb%25c/2024-03-04")
    }

    @Test("digests become outbox entries: email to the recipient's addresses, purpose = rule, keyed by period")
    func outboxEntries() throws {
        let run = try evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor())
        let entries = try run.outboxEntries(createdAt: Fixtures.baseInstant)
        #expect(
            entries.map(\.key) == [
                "alert/broken_promises/collector:ana/2024-03-04", "alert/broken_promises/collector:bob/2024-03-04",
            ])
        let message = entries[0].message
        #expect(message.recipient == .collector("ana"))
        #expect(message.channel == .email)
        #expect(message.to == ["ana@empresa.example"])
        #expect(message.purpose == "broken_promises")
        #expect(message.locale == "es-AR")
        #expect(message.invoiceIDs == ["FA-1"])
        #expect(message.subject == "Promesas de pago incumplidas · 04/03/2024 · 1 cliente")
        #expect(entries[0].state == .pending)
    }

    @Test(
        "a recipient never gets the same period's digest twice: a re-run from the old cursor is skipped by the outbox")
    func reRunIsSkipped() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let evaluator = try evaluator
        let first = evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor())
        let committed = try await store.commit(try first.changeSet(createdAt: Fixtures.baseInstant))
        #expect(committed.skippedOutboxKeys.isEmpty)

        // The process died before storing the cursor: the next run starts from the old one.
        let rerun = evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor())
        #expect(rerun.digests.map(\.key) == first.digests.map(\.key))
        let again = try await store.commit(try rerun.changeSet(createdAt: Fixtures.instant(60)))
        #expect(again.skippedOutboxKeys == first.digests.map(\.key))
        #expect(try await store.outboxEntries(matching: .all).count == 2)

        // The next day is a new period with its own keys.
        let later = AlertWorld.event(
            7, customer: "C-1", invoices: ["FA-1"], kind: .promiseBroken, on: monday.adding(days: 1),
            previous: .promised(PaymentPromise(date: monday)))
        let tuesday = evaluator.evaluate(
            world, on: monday.adding(days: 1), timeZone: AlertWorld.utc, events: events + [later], cursor: first.cursor)
        let third = try await store.commit(try tuesday.changeSet(createdAt: Fixtures.instant(86_400)))
        #expect(third.skippedOutboxKeys.isEmpty)
        #expect(try await store.outboxEntries(matching: .all).count == 3)
    }

    @Test("empty digests are not produced")
    func noEmptyDigests() throws {
        let run = try AlertWorld.evaluator(AlertWorld.policy()).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(run.digests.isEmpty)
        #expect(try run.changeSet(createdAt: Fixtures.baseInstant).isEmpty)
        #expect(run.cursor.marks.count == 7)
    }

    @Test("the events to read start after the lowest position any rule needs")
    func eventsPosition() throws {
        let evaluator = try AlertWorld.evaluator(AlertWorld.policy())
        #expect(evaluator.eventsPosition(for: AlertCursor()) == nil)
        #expect(evaluator.eventsPosition(for: AlertCursor(position: 100)) == 100)
        var cursor = AlertCursor(position: 100)
        for rule in evaluator.rules {
            cursor.marks[rule.name] = AlertMark(periodID: "2024-03-04", runDate: monday, position: 150)
        }
        cursor.marks["broken_promises"]?.position = 120
        #expect(evaluator.eventsPosition(for: cursor) == 120)
    }

    @Test("a digest and a cursor round-trip through JSON")
    func codable() throws {
        let run = try evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor())
        let digest = try #require(run.digests.first)
        #expect(try JSONDecoder().decode(AlertDigest.self, from: JSONEncoder().encode(digest)) == digest)
        #expect(try JSONDecoder().decode(AlertCursor.self, from: JSONEncoder().encode(run.cursor)) == run.cursor)
    }
}
