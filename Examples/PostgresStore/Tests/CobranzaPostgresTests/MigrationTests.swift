import Cobranza
import CobranzaPostgres
import Foundation
import PostgresNIO
import Testing

@Suite("Schema migrations")
struct MigrationTests {
    @Test("a new schema is created at the current version, and migrating again changes nothing")
    func migratesOnce() async throws {
        try TestDatabase.requireServer()
        let store = try PostgresCollectionStore(client: TestDatabase.client, schema: TestDatabase.schemaName("mig"))
        #expect(try await store.schemaVersion() == 0)
        #expect(try await store.migrate() == PostgresSchema.currentVersion)
        #expect(try await store.migrate() == PostgresSchema.currentVersion)
        #expect(try await store.schemaVersion() == PostgresSchema.currentVersion)
        #expect(PostgresSchema.currentVersion == 2)
        #expect(try await store.alertCursor() == nil)
        try await store.dropSchema()
    }

    @Test("a version 1 schema with records gains the customer partitions table, its records kept")
    func upgradesVersionOne() async throws {
        try TestDatabase.requireServer()
        let schema = TestDatabase.schemaName("mig")
        let store = try PostgresCollectionStore(client: TestDatabase.client, schema: schema)
        try await store.migrate()
        var changes = ChangeSet()
        changes.upsert(Customer(id: "C-1", name: "Uno"))
        try await store.commit(changes)
        // Back to version 1: what a store made before work sharing looks like.
        try await TestDatabase.execute(PostgresQuery(unsafeSQL: "DROP TABLE \"\(schema)\".customer_partitions"))
        try await TestDatabase.execute(
            PostgresQuery(unsafeSQL: "DELETE FROM \"\(schema)\".schema_migrations WHERE version = 2"))
        #expect(try await store.schemaVersion() == 1)

        #expect(try await store.migrate() == 2)
        #expect(try await store.schemaVersion() == 2)
        #expect(try await store.allCustomers().map(\.id) == ["C-1"])
        let day = try CivilDate(iso: "2024-07-01")
        let now = Date(timeIntervalSinceReferenceDate: 700_000_000)
        let claimed = try await store.claimCustomerPartition(
            CustomerPartitionClaim(date: day, count: 2, claimant: "w1", now: now, leaseUntil: now + 60))
        #expect(claimed?.number == 0 && claimed?.count == 2)
        #expect(
            try await store.customerPartitions(on: day).map(\.state) == [.claimed(by: "w1", until: now + 60), .open])
        try await store.dropSchema()
    }

    @Test("workers starting together migrate one schema once")
    func concurrentMigrations() async throws {
        try TestDatabase.requireServer()
        let schema = TestDatabase.schemaName("mig")
        let versions = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try await PostgresCollectionStore(client: TestDatabase.client, schema: schema).migrate()
                }
            }
            var versions: [Int] = []
            for try await version in group { versions.append(version) }
            return versions
        }
        #expect(versions == Array(repeating: PostgresSchema.currentVersion, count: 4))
        let store = try PostgresCollectionStore(client: TestDatabase.client, schema: schema)
        var changes = ChangeSet()
        changes.upsert(Customer(id: "C-1", name: "Uno"))
        try await store.commit(changes)
        #expect(try await store.allCustomers().map(\.id) == ["C-1"])
    }

    @Test("schema names are checked before they reach SQL", arguments: ["", "Upper", "1abc", "a-b", "a\"; DROP"])
    func invalidSchemaNames(_ name: String) throws {
        #expect(throws: PostgresStoreError.invalidSchemaName(name)) {
            try PostgresCollectionStore(client: TestDatabase.client, schema: name)
        }
    }
}
