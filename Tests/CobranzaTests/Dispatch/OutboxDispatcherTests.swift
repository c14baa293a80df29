import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Outbox dispatcher")
struct OutboxDispatcherTests {
    let clock = ManualClock(now: Fixtures.baseInstant, timeZone: TimeZone(identifier: "UTC") ?? .current)
    let policy = DispatchPolicy(
        maxAttempts: 3, firstRetryDelaySeconds: 60, maxRetryDelaySeconds: 600, leaseSeconds: 300, batchSize: 4)

    func world(messages count: Int) async throws -> any CollectionStore {
        try await OutboxTestWorld.store(messages: count)
    }

    func dispatcher(_ store: any CollectionStore, _ sender: any MessageSender, worker: String = "w-1")
        -> OutboxDispatcher
    {
        OutboxDispatcher(store: store, sender: sender, clock: clock, policy: policy, workerID: worker)
    }

    @Test("delivers every pending message once, logs it, and a re-run sends nothing")
    func deliversOnce() async throws {
        let store = try await world(messages: 10)
        let sender = InMemoryMessageSender(clock: clock)
        let report = try await dispatcher(store, sender).dispatchAll()
        #expect(report.delivered.count == 10)
        #expect(await sender.deliveries.map(\.key) == (0..<10).map { IdempotencyKey("k-\($0)") })
        let sent = try await store.activities(matching: ActivityQuery(kinds: [.messageSent]))
        #expect(sent.count == 10)
        #expect(sent.first?.activity.channel == .email)
        let states = try await store.outboxEntries(matching: .all).map(\.state.kind)
        #expect(states == Array(repeating: .delivered, count: 10))

        clock.advance(days: 1)
        let again = try await dispatcher(store, sender).dispatchAll()
        #expect(again == DispatchReport())
        #expect(await sender.attempts.count == 10)
    }

    @Test("a transient failure waits with exponential backoff, then delivers")
    func transientRetry() async throws {
        let store = try await world(messages: 1)
        let sender = InMemoryMessageSender(clock: clock)
        await sender.failNext(2, with: .transient(reason: "421 busy"))
        let first = try await dispatcher(store, sender).dispatchAll()
        #expect(first.retrying.map(\.key) == ["k-0"])
        #expect(
            try await store.outboxEntries(matching: .all).first?.state
                == .retrying(after: Fixtures.instant(60), lastError: "421 busy"))

        clock.advance(by: 59)
        #expect(try await dispatcher(store, sender).dispatchAll() == DispatchReport())
        clock.advance(by: 1)
        let second = try await dispatcher(store, sender).dispatchAll()
        #expect(second.retrying.first?.attempts == 2)
        // The second wait doubles: 120 s after the second attempt.
        #expect(
            try await store.outboxEntries(matching: .all).first?.state
                == .retrying(after: Fixtures.instant(180), lastError: "421 busy"))
        clock.advance(by: 120)
        #expect(try await dispatcher(store, sender).dispatchAll().delivered == ["k-0"])
        #expect(await sender.deliveries.count == 1)
    }

    @Test("a provider's retry-after hint is honoured when longer than the backoff")
    func retryAfterHint() {
        #expect(policy.retryDelay(afterAttempts: 1, hint: 3_600) == 3_600)
        #expect(policy.retryDelay(afterAttempts: 1, hint: 5) == 60)
        #expect(policy.retryDelay(afterAttempts: 10) == 600)
    }

    @Test("after the attempt limit a transient failure is given up, logged, and becomes a call task")
    func givesUp() async throws {
        let store = try await world(messages: 1)
        let sender = InMemoryMessageSender(clock: clock)
        await sender.failNext(3, with: .transient(reason: "timeout"))
        for _ in 0..<3 {
            _ = try await dispatcher(store, sender).dispatchAll()
            clock.advance(by: 3_600)
        }
        let entry = try #require(try await store.outboxEntries(matching: .all).first)
        #expect(entry.state == .failed(reason: "gave up after 3 attempts: timeout"))
        #expect(try await store.activities(matching: ActivityQuery(kinds: [.messageFailed])).count == 1)
        #expect(try await store.tasks(matching: TaskQuery(assignee: .collector("ana"))).map(\.kind) == [.call])
        clock.advance(days: 2)
        #expect(try await dispatcher(store, sender).dispatchAll() == DispatchReport())
    }

    @Test("a bounced address fails at once and hands the customer to the collector, never to another channel")
    func permanentFailure() async throws {
        let store = try await world(messages: 2)
        let sender = InMemoryMessageSender(clock: clock)
        await sender.fail(address: "pagos@C-1.example", with: .permanent(reason: "550 mailbox unavailable"))
        let report = try await dispatcher(store, sender).dispatchAll()
        #expect(report.delivered == ["k-0"])
        #expect(report.failed.map(\.reason) == ["550 mailbox unavailable"])
        let tasks = try await store.tasks(matching: TaskQuery(customerIDs: ["C-1"]))
        #expect(tasks.count == 1)
        #expect(tasks.first?.assignee == .collector("ana"))
        #expect(tasks.first?.dueDate == Fixtures.baseDate)
        #expect(tasks.first?.reason.contains("550 mailbox unavailable") == true)
        #expect(await sender.deliveries.map(\.message.channel) == [.email])
    }

    @Test("a crash between a send and its record duplicates that one message only, after the lease")
    func crashWindow() async throws {
        let store = try await world(messages: 4)
        let sender = InMemoryMessageSender(clock: clock)
        // Points: claim (0, 1), record k-0 (2, 3), then dying before recording k-1 (4), after its send.
        let crashing = FaultInjectingStore(base: store, schedule: FaultSchedule(crashAt: 4))
        await #expect(throws: SimulatedCrash.self) {
            try await dispatcher(crashing, sender, worker: "w-dies").dispatchAll()
        }
        #expect(await sender.deliveries.map(\.key) == ["k-0", "k-1"])

        // Until the lease lapses nobody touches the dead worker's claims.
        #expect(try await dispatcher(store, sender, worker: "w-2").dispatchAll() == DispatchReport())
        clock.advance(by: policy.leaseSeconds)
        let recovery = try await dispatcher(store, sender, worker: "w-2").dispatchAll()
        #expect(recovery.delivered == ["k-1", "k-2", "k-3"])
        let keys = await sender.deliveries.map(\.key)
        #expect(keys.filter { $0 == "k-1" }.count == 2)
        #expect(Set(keys) == ["k-0", "k-1", "k-2", "k-3"])
        #expect(keys.count == 5)
    }

    @Test("a crash at any point of a dispatch, then a recovery run, loses nothing and duplicates at most the one send")
    func everyCrashPoint() async throws {
        let probe = FaultSchedule()
        _ = try await dispatcher(
            FaultInjectingStore(base: try await world(messages: 3), schedule: probe),
            InMemoryMessageSender(clock: clock)
        ).dispatchAll()
        let points = probe.passed
        let expectedCount = 8  // one claim (2) of the whole batch, three records (6)
        #expect(points.count == expectedCount)
        for point in points {
            let (keys, store) = try await OutboxTestWorld.crashAndRecover(
                messages: 3, crashingAt: point, clock: clock, policy: policy)
            #expect(Set(keys) == ["k-0", "k-1", "k-2"], "crash at \(point)")
            let duplicates = keys.count - Set(keys).count
            let expected = point.kind == .beforeCommit ? 1 : 0
            #expect(duplicates == expected, "crash at \(point)")
            let entries = try await store.outboxEntries(matching: .all)
            #expect(entries.allSatisfy { $0.state.kind == .delivered }, "crash at \(point)")
        }
    }

    @Test("two workers dispatching one outbox at once deliver each message exactly once")
    func twoWorkers() async throws {
        let store = try await world(messages: 60)
        let sender = InMemoryMessageSender(clock: clock)
        async let first = dispatcher(store, sender, worker: "w-1").dispatchAll()
        async let second = dispatcher(store, sender, worker: "w-2").dispatchAll()
        let reports = try await [first, second]
        #expect(reports.map(\.delivered.count).reduce(0, +) == 60)
        let keys = await sender.deliveries.map(\.key)
        #expect(keys.count == 60)
        #expect(Set(keys).count == 60)
    }

    @Test("a worker whose lease was taken over reports the lost claim and does not overwrite the result")
    func lostClaim() async throws {
        let store = try await world(messages: 1)
        let inner = InMemoryMessageSender(clock: clock)
        let slow = SlowSender(base: inner, clock: clock, store: store, policy: policy)
        let report = try await dispatcher(store, slow, worker: "w-slow").dispatchAll()
        #expect(report.lostClaims == ["k-0"])
        #expect(report.delivered.isEmpty)
        let entry = try #require(try await store.outboxEntries(matching: .all).first)
        #expect(entry.state.kind == .delivered)
        #expect(await inner.deliveries.count == 2)
    }
}

/// A sender so slow that its claim lapses: while "sending" the clock passes the lease and another worker
/// takes the entry over and delivers it.
private struct SlowSender: MessageSender {
    let base: InMemoryMessageSender
    let clock: ManualClock
    let store: any CollectionStore
    let policy: DispatchPolicy

    func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError) -> DeliveryReceipt {
        clock.advance(by: policy.leaseSeconds + 1)
        let other = OutboxDispatcher(store: store, sender: base, clock: clock, policy: policy, workerID: "w-fast")
        _ = try? await other.dispatchAll()
        return try await base.send(message, idempotencyKey: idempotencyKey)
    }
}
