import Cobranza
import CobranzaPostgres
import Foundation
import Logging
import PostgresNIO
import Testing

/// The server the tests use: the one `scripts/with-postgres.sh` starts and describes in PG* variables.
/// One client, running for the whole test process; each test makes its own schema.
enum TestDatabase {
    static let client: PostgresClient = {
        let client = PostgresClient(configuration: PostgresEnvironment.configuration(maximumConnections: 24))
        Task.detached { await client.run() }
        return client
    }()

    /// Fails the test with instructions when no server is configured.
    static func requireServer() throws {
        try #require(
            PostgresEnvironment.isConfigured,
            "No PostgreSQL server: run the tests as `scripts/with-postgres.sh swift test` (it sets PGHOST).")
    }

    /// A new, unique schema name.
    static func schemaName(_ prefix: String) -> String {
        "\(prefix)_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
    }

    /// A migrated store on a new schema.
    static func store(
        _ prefix: String = "t", configuration: PostgresStoreConfiguration = PostgresStoreConfiguration()
    ) async throws -> PostgresCollectionStore {
        try requireServer()
        let store = try PostgresCollectionStore(
            client: client, schema: schemaName(prefix), configuration: configuration)
        try await store.migrate()
        return store
    }

    static let logger = Logger(label: "cobranza.postgres.tests", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The server process id of the session that waits for a lock on a table of `schema` (polls for up to
    /// a minute).
    static func waitingBackend(schema: String) async throws -> Int32 {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let rows = try await client.query(
                """
                SELECT pid FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE '%' || \(schema) || '%'
                """)
            for try await pid in rows.decode(Int32.self) { return pid }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw WorkerProcessError(message: "no session of schema \(schema) waited for a lock")
    }

    /// Runs one statement on the test client.
    static func execute(_ query: PostgresQuery) async throws {
        try await client.query(query)
    }
}

/// How many records of each kind a store holds.
struct Census: Equatable {
    var customers: Int
    var invoices: Int
    var payments: Int
    var activities: Int
    var tasks: Int
    var outbox: Int

    init(_ store: any CollectionStore) async throws {
        customers = try await store.allCustomers().count
        invoices = try await store.invoices(matching: .all).count
        payments = try await store.payments(matching: .all).count
        activities = try await store.activities(matching: .all).count
        tasks = try await store.tasks(matching: TaskQuery()).count
        outbox = try await store.outboxEntries(matching: .all).count
    }
}
