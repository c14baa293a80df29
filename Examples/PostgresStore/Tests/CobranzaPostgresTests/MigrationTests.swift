import Cobranza
import CobranzaPostgres
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
        #expect(try await store.schemaVersion() == 1)
        #expect(try await store.alertCursor() == nil)
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
