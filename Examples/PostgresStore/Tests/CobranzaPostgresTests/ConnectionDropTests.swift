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
        let store = try await TestDatabase.store("drop")
        let changes = portfolio.changeSet()
        #expect(changes.invoices.count > 500 && !changes.activities.isEmpty)

        // Another session holds the activity log's head row, so the commit — every other table already
        // written — waits on it, mid-transaction. Its server process is then terminated.
        let holder = LockHolder()
        let holding = Task {
            try await TestDatabase.client.withConnection { connection in
                try await connection.query("BEGIN", logger: TestDatabase.logger)
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "SELECT last_position FROM \"\(store.schema)\".activity_log_head FOR UPDATE"),
                    logger: TestDatabase.logger)
                await holder.markHeld()
                await holder.waitForRelease()
                try await connection.query("ROLLBACK", logger: TestDatabase.logger)
            }
        }
        await holder.waitUntilHeld()
        let committing = Task { try await store.commit(changes) }
        let pid = try await TestDatabase.waitingBackend(schema: store.schema)
        try await TestDatabase.execute("SELECT pg_terminate_backend(\(pid))")
        await #expect {
            try await committing.value
        } throws: { error in
            if case StoreError.unavailable = error { return true }
            return false
        }
        await holder.release()
        try await holding.value

        let empty = try await Census(store)
        #expect(empty == Census.zero, "nothing of the unit of work was left")

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

/// Signals between the test and the session holding a lock.
actor LockHolder {
    private var held = false
    private var released = false

    func markHeld() { held = true }
    func release() { released = true }

    func waitUntilHeld() async {
        while !held { try? await Task.sleep(for: .milliseconds(10)) }
    }

    func waitForRelease() async {
        while !released { try? await Task.sleep(for: .milliseconds(10)) }
    }
}
