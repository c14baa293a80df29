import Cobranza
import CobranzaTesting
import Foundation

/// The set-up the dispatcher tests share: a store with one collector, customers and one pending message to
/// each, and a crash-then-recover run of a dispatch.
enum OutboxTestWorld {
    /// A store with one collector, `count` customers (`C-0` …) and one pending message to each (`k-0` …).
    static func store(messages count: Int) async throws -> any CollectionStore {
        let store: any CollectionStore = InMemoryCollectionStore()
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector("ana"))
        for index in 0..<count {
            let customer = CustomerID("C-\(index)")
            changes.upsert(Fixtures.customer(customer, collector: "ana"))
            var entry = Fixtures.outboxEntry(IdempotencyKey("k-\(index)"), customer: customer, at: Double(index))
            entry.message.collectorID = "ana"
            changes.enqueue(entry)
        }
        try await store.commit(changes)
        return store
    }

    /// Dispatches `count` messages with a worker that dies at `point`, lets its lease lapse, dispatches again
    /// with another worker, and returns what reached the provider and the store.
    ///
    /// - Parameters:
    ///   - count: The messages.
    ///   - point: Where the first worker dies.
    ///   - clock: The clock both workers read; advanced by the lease.
    ///   - policy: The dispatch policy.
    /// - Returns: The keys sent, in order (a key twice is a duplicate), and the store.
    /// - Throws: A store error, or an expectation failure when the first worker does not crash.
    static func crashAndRecover(
        messages count: Int, crashingAt point: FaultPoint, clock: ManualClock, policy: DispatchPolicy
    ) async throws -> (keys: [IdempotencyKey], store: any CollectionStore) {
        let store = try await self.store(messages: count)
        let sender = InMemoryMessageSender(clock: clock)
        let dying = OutboxDispatcher(
            store: FaultInjectingStore(base: store, schedule: FaultSchedule(crashAt: point.ordinal)), sender: sender,
            clock: clock, policy: policy, workerID: "w-dies")
        do {
            _ = try await dying.dispatchAll()
            throw NoCrash(point: point)
        } catch is SimulatedCrash {}
        clock.advance(by: policy.leaseSeconds)
        _ = try await OutboxDispatcher(store: store, sender: sender, clock: clock, policy: policy, workerID: "w-2")
            .dispatchAll()
        return (await sender.deliveries.map(\.key), store)
    }

    /// The first worker of ``crashAndRecover(messages:crashingAt:clock:policy:)`` did not crash.
    struct NoCrash: Error, CustomStringConvertible {
        let point: FaultPoint
        var description: String { "the dispatch did not crash at \(point)" }
    }
}
