import Cobranza
import CobranzaPostgres
import CobranzaTesting
import Foundation
import PostgresNIO
import Testing

@Suite("A connection dropped mid-transaction")
struct ConnectionDropTests {
    @Test("leaves no partial work, and the store goes on with a new connection")
    func droppedCommitWritesNothing() async throws {
        let asOf = try CivilDate(iso: "2024-07-01")
        let portfolio = SyntheticPortfolio(.init(customers: 60, asOf: asOf, seed: 3))
        let killed = KilledBackends()
        let store = try await TestDatabase.store(
            "drop",
            configuration: PostgresStoreConfiguration(beforeCommit: { pid in
                guard await killed.shouldKill() else { return }
                // Another connection ends this transaction's server process before its COMMIT.
                try? await TestDatabase.execute("SELECT pg_terminate_backend(\(pid))")
                await killed.record(pid)
            }))
        let changes = portfolio.changeSet()
        #expect(changes.invoices.count > 500)

        await #expect {
            try await store.commit(changes)
        } throws: { error in
            if case StoreError.unavailable = error { return true }
            return false
        }
        #expect(await killed.pids.count == 1)
        let empty = try await Census(store)
        #expect(empty == Census.zero)
        #expect(try await store.activities(matching: .all, after: nil, limit: 1).isEmpty)

        // The pool replaces the dead connection; the same unit of work now lands whole.
        try await store.commit(changes)
        let full = try await Census(store)
        #expect(full.customers == portfolio.customers.count)
        #expect(full.invoices == portfolio.invoices.count)
        #expect(full.payments == portfolio.payments.count)
        #expect(full.activities == portfolio.activities.count)
        let positions = try await store.activities(matching: .all).map(\.position)
        #expect(positions == Array(1...Int64(portfolio.activities.count)), "no position was taken by the lost commit")
    }

    @Test("while delivering: the claim survives and the result is recorded by whoever holds the claim")
    func droppedDeliveryCommit() async throws {
        let killed = KilledBackends()
        let store = try await TestDatabase.store(
            "dropd",
            configuration: PostgresStoreConfiguration(beforeCommit: { pid in
                guard await killed.shouldKill() else { return }
                try? await TestDatabase.execute("SELECT pg_terminate_backend(\(pid))")
                await killed.record(pid)
            }))
        var seed = ChangeSet()
        seed.upsert(Fixtures.customer("C-1", collector: nil))
        seed.enqueue(Fixtures.outboxEntry("k-1", customer: "C-1"))
        // The first commit (the seed) is the one dropped; commit it again.
        await #expect(throws: StoreError.self) { try await store.commit(seed) }
        #expect(try await store.outboxEntries(matching: .all).isEmpty)
        try await store.commit(seed)

        let now = Fixtures.instant(10)
        let claimed = try await store.claimOutboxEntries(
            OutboxClaim(claimant: "w-1", now: now, leaseUntil: now.addingTimeInterval(60), limit: 10))
        #expect(claimed.map(\.key) == ["k-1"])
        let receipt = DeliveryReceipt(providerMessageID: "p-1", acceptedAt: now)
        var result = ChangeSet()
        result.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: .delivered(receipt)))
        try await store.commit(result)
        #expect(try await store.outboxEntries(matching: .all).map(\.state) == [.delivered(receipt)])
    }
}

extension Census {
    static let zero = Census(customers: 0, invoices: 0, payments: 0, activities: 0, tasks: 0, outbox: 0)

    init(customers: Int, invoices: Int, payments: Int, activities: Int, tasks: Int, outbox: Int) {
        self.customers = customers
        self.invoices = invoices
        self.payments = payments
        self.activities = activities
        self.tasks = tasks
        self.outbox = outbox
    }
}

/// Ends the first commit's connection only.
actor KilledBackends {
    private(set) var pids: [Int32] = []
    private var armed = true

    func shouldKill() -> Bool {
        defer { armed = false }
        return armed
    }

    func record(_ pid: Int32) { pids.append(pid) }
}
