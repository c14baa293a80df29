import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Outbox dispatcher: several send results per commit")
struct OutboxDispatcherResultsPerCommitTests {
    let clock = ManualClock(now: Fixtures.baseInstant, timeZone: TimeZone(identifier: "UTC") ?? .current)
    let policy = DispatchPolicy(
        maxAttempts: 3, firstRetryDelaySeconds: 60, maxRetryDelaySeconds: 600, leaseSeconds: 300, batchSize: 4,
        resultsPerCommit: 3)

    func world(messages count: Int) async throws -> any CollectionStore {
        try await OutboxTestWorld.store(messages: count)
    }

    func dispatcher(
        _ store: any CollectionStore, _ sender: any MessageSender, policy: DispatchPolicy? = nil,
        worker: String = "w-1"
    ) -> OutboxDispatcher {
        OutboxDispatcher(store: store, sender: sender, clock: clock, policy: policy ?? self.policy, workerID: worker)
    }

    @Test("results are recorded three at a time, never past the end of their claimed batch")
    func commitsPerBatch() async throws {
        let probe = FaultSchedule()
        let store = try await world(messages: 7)
        let sender = InMemoryMessageSender(clock: clock)
        let report = try await dispatcher(FaultInjectingStore(base: store, schedule: probe), sender).dispatchAll()
        #expect(report.delivered == (0..<7).map { IdempotencyKey("k-\($0)") })
        // Claim 4 → commits of 3 and 1; claim the last 3 → one commit of 3.
        let kinds = probe.passed.map(\.kind)
        #expect(
            kinds == [
                .beforeClaim, .afterClaim, .beforeCommit, .afterCommit, .beforeCommit, .afterCommit,
                .beforeClaim, .afterClaim, .beforeCommit, .afterCommit,
            ])
        let sent = try await store.activities(matching: ActivityQuery(kinds: [.messageSent]))
        #expect(sent.count == 7)
        let states = try await store.outboxEntries(matching: .all).map(\.state.kind)
        #expect(states == Array(repeating: .delivered, count: 7))
    }

    @Test("the default records every result on its own, right after its send")
    func defaultIsOnePerCommit() async throws {
        #expect(DispatchPolicy().resultsPerCommit == 1)
        let probe = FaultSchedule()
        let store = try await world(messages: 3)
        let one = DispatchPolicy(
            maxAttempts: 3, firstRetryDelaySeconds: 60, maxRetryDelaySeconds: 600, leaseSeconds: 300, batchSize: 4)
        _ = try await dispatcher(
            FaultInjectingStore(base: store, schedule: probe), InMemoryMessageSender(clock: clock), policy: one
        ).dispatchAll()
        #expect(probe.passed.filter { $0.kind == .beforeCommit }.count == 3)
    }

    @Test("a crash at any point loses nothing and re-sends at most the results not yet recorded together")
    func everyCrashPoint() async throws {
        let probe = FaultSchedule()
        _ = try await dispatcher(
            FaultInjectingStore(base: try await world(messages: 3), schedule: probe),
            InMemoryMessageSender(clock: clock)
        ).dispatchAll()
        let points = probe.passed
        #expect(points.count == 4)  // one claim, one commit of all three results
        for point in points {
            let (keys, store) = try await OutboxTestWorld.crashAndRecover(
                messages: 3, crashingAt: point, clock: clock, policy: policy)
            #expect(Set(keys) == ["k-0", "k-1", "k-2"], "crash at \(point)")
            let duplicates = keys.count - Set(keys).count
            #expect(duplicates == (point.kind == .beforeCommit ? 3 : 0), "crash at \(point)")
            let entries = try await store.outboxEntries(matching: .all)
            #expect(entries.allSatisfy { $0.state.kind == .delivered }, "crash at \(point)")
            let sent = try await store.activities(matching: ActivityQuery(kinds: [.messageSent]))
            #expect(sent.count == 3, "crash at \(point)")
        }
    }

    @Test("when one claim of a group lapsed to another worker, only that result is lost; the others are recorded")
    func lostClaimInGroup() async throws {
        let store = try await world(messages: 3)
        let inner = InMemoryMessageSender(clock: clock)
        let taker = ClaimTakingSender(base: inner, clock: clock, store: store, policy: policy, slowKey: "k-1")
        let report = try await dispatcher(store, taker, worker: "w-slow").dispatchAll()
        #expect(report.lostClaims == ["k-0"])
        #expect(report.delivered == ["k-1", "k-2"])
        let entries = try await store.outboxEntries(matching: .all)
        #expect(entries.map(\.state.kind) == [.delivered, .delivered, .delivered])
        let sent = try await store.activities(matching: ActivityQuery(kinds: [.messageSent]))
        #expect(sent.count == 3)
        #expect(await inner.deliveries.map(\.key) == ["k-0", "k-0", "k-1", "k-2"])
    }

    @Test("the policy reads resultsPerCommit from JSON, defaults it to 1 and refuses less than 1")
    func policyJSON() throws {
        let decoder = JSONDecoder()
        let read = try decoder.decode(DispatchPolicy.self, from: Data(#"{"resultsPerCommit": 25}"#.utf8))
        #expect(read.resultsPerCommit == 25)
        #expect(try decoder.decode(DispatchPolicy.self, from: Data("{}".utf8)).resultsPerCommit == 1)
        #expect(throws: PolicyError.invalidValue(field: "resultsPerCommit", reason: "must be at least 1")) {
            try decoder.decode(DispatchPolicy.self, from: Data(#"{"resultsPerCommit": 0}"#.utf8))
        }
        let again = try decoder.decode(DispatchPolicy.self, from: try JSONEncoder().encode(read))
        #expect(again == read)
    }
}

/// A sender that, while sending `slowKey`, lets the claims lapse and has another worker take over the first
/// lapsed entry (one entry claimed) and deliver it.
private struct ClaimTakingSender: MessageSender {
    let base: InMemoryMessageSender
    let clock: ManualClock
    let store: any CollectionStore
    let policy: DispatchPolicy
    let slowKey: IdempotencyKey

    func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError) -> DeliveryReceipt {
        if idempotencyKey == slowKey {
            clock.advance(by: policy.leaseSeconds + 1)
            var one = policy
            one.batchSize = 1
            let other = OutboxDispatcher(store: store, sender: base, clock: clock, policy: one, workerID: "w-fast")
            _ = try? await other.dispatchBatch()
        }
        return try await base.send(message, idempotencyKey: idempotencyKey)
    }
}
