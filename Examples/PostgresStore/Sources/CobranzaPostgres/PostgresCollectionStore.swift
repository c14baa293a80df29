import Cobranza
import Foundation
import Logging
import PostgresNIO

/// Cobranza's ``Cobranza/CollectionStore`` on PostgreSQL, for several engine processes — on one machine or
/// many — sharing one database.
///
/// - Every ``commit(_:)`` is one transaction: conditions are checked under row locks
///   (`SELECT … FOR UPDATE`), records in bulk (`unnest` of bound arrays), and any failure rolls it all back.
/// - ``claimOutboxEntries(_:)`` is one `UPDATE … FROM (SELECT … FOR UPDATE SKIP LOCKED)` statement: concurrent
///   workers never wait for, nor take, each other's entries; an entry whose lease ended is claimable again,
///   so a crashed worker's claims are taken over.
/// - ``claimCustomerPartition(_:)`` takes a day's customer partitions the same way, one at a time, so engines
///   on many machines split the day's customers (policy `sharing`, ``Cobranza/CustomerPartitionStore``).
/// - Every value is a bound parameter; money is `bigint` minor units. See ``PostgresSchema``.
///
/// The store borrows a `PostgresClient` that the caller runs (`await client.run()` in a task, or as a
/// service of a `ServiceGroup`):
///
/// ```swift
/// let client = PostgresClient(configuration: .init(
///     host: "127.0.0.1", port: 5432, username: "cobranza", password: nil, database: "cobranza", tls: .disable))
/// let running = Task { await client.run() }
/// let store = PostgresCollectionStore(client: client, schema: "acme")
/// try await store.migrate()
/// ```
public final class PostgresCollectionStore: CollectionStore, CustomerPartitionStore, Sendable {
    /// The pool of connections the store borrows.
    public let client: PostgresClient
    /// The PostgreSQL schema (namespace) holding the store's tables.
    public let schema: String
    /// Retries.
    public let configuration: PostgresStoreConfiguration

    let logger: Logger
    /// `"schema".`, the prefix of every table name in the store's SQL.
    let prefix: String

    /// Creates a store on a schema of the client's database. Call ``migrate()`` before using it.
    ///
    /// - Parameters:
    ///   - client: A running client.
    ///   - schema: The schema's name: lowercase letters, digits and underscores, starting with a letter.
    ///   - configuration: Retries.
    /// - Throws: ``PostgresStoreError/invalidSchemaName(_:)``.
    public init(
        client: PostgresClient, schema: String = "cobranza",
        configuration: PostgresStoreConfiguration = PostgresStoreConfiguration()
    ) throws(PostgresStoreError) {
        guard Self.isValidSchemaName(schema) else { throw .invalidSchemaName(schema) }
        self.client = client
        self.schema = schema
        self.configuration = configuration
        self.prefix = "\"\(schema)\"."
        self.logger = Logger(label: "cobranza.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    }

    static func isValidSchemaName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.utf8.count <= 63 else {
            return false
        }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The table's qualified name.
    func table(_ name: String) -> String { prefix + name }

    // MARK: - Connections and transactions

    /// Runs statements on one borrowed connection, outside a transaction, mapping failures to ``StoreError``.
    func read<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs `body` in one transaction on one borrowed connection: `COMMIT` when it returns, `ROLLBACK` when it
    /// throws. A transaction that loses a deadlock or a serialization check is run again from the start (it
    /// was rolled back whole), up to ``PostgresStoreConfiguration/transactionRetries`` times. A connection
    /// that drops mid-transaction leaves nothing: the server rolls back what it had not committed.
    func transaction<Result: Sendable>(
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await client.withConnection { connection in
                    try await connection.query("BEGIN", logger: logger)
                    do {
                        let result = try await body(connection)
                        try await connection.query("COMMIT", logger: logger)
                        return result
                    } catch {
                        // A lost connection needs no rollback (the server rolls back what it did not commit),
                        // and a statement sent on it would wait for an answer that never comes.
                        if !Self.isConnectionLoss(error) {
                            _ = try? await connection.query("ROLLBACK", logger: logger)
                        }
                        throw error
                    }
                }
            } catch let error as PSQLError
                where Self.isTransientConflict(error) && attempt <= configuration.transactionRetries
            {
                continue
            } catch {
                throw Self.storeError(error)
            }
        }
    }

    /// Runs a statement and decodes every row with `row`.
    func rows<Element>(
        _ connection: PostgresConnection, _ sql: String, _ binds: PostgresBindings = PostgresBindings(),
        _ row: (PostgresRandomAccessRow) throws -> Element
    ) async throws -> [Element] {
        let sequence = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        var elements: [Element] = []
        for try await found in sequence { elements.append(try row(found.makeRandomAccess())) }
        return elements
    }

    /// Runs a statement whose rows are not read.
    func run(_ connection: PostgresConnection, _ sql: String, _ binds: PostgresBindings = PostgresBindings())
        async throws
    {
        try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
    }

    // MARK: - Errors

    /// Whether the connection is gone: a failure that did not come from the server, or the server ending
    /// the session (SQLSTATE class 57, operator intervention, e.g. `pg_terminate_backend`; class 08).
    static func isConnectionLoss(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return false }
        guard let state = error.serverInfo?[.sqlState] else { return true }
        return state.hasPrefix("57") || state.hasPrefix("08")
    }

    static func isTransientConflict(_ error: PSQLError) -> Bool {
        guard let state = error.serverInfo?[.sqlState] else { return false }
        return state == "40001" || state == "40P01"
    }

    /// The ``StoreError`` of a failure: store errors pass through; a unique key met by a concurrent commit is
    /// ``StoreError/duplicateKey(_:id:)``; anything else from the server or the connection is
    /// ``StoreError/unavailable(reason:)`` (nothing was written; the operation may be retried).
    static func storeError(_ error: any Error) -> any Error {
        if error is StoreError || error is CancellationError { return error }
        guard let error = error as? PSQLError else {
            return StoreError.unavailable(reason: "PostgreSQL: \(error)")
        }
        guard let info = error.serverInfo else {
            return StoreError.unavailable(reason: "PostgreSQL connection: \(error.code)")
        }
        let state = info[.sqlState] ?? ""
        let message = info[.message] ?? "server error"
        if state == "23505", let kind = entityKind(table: info[.tableName]) {
            return StoreError.duplicateKey(kind, id: duplicatedValue(info[.detail]) ?? "?")
        }
        return StoreError.unavailable(reason: "PostgreSQL \(state): \(message)")
    }

    private static func entityKind(table: String?) -> EntityKind? {
        switch table {
        case "payments", "payment_allocations": return .payment
        case "activities": return .activity
        case "customers": return .customer
        case "collectors": return .collector
        case "departments": return .department
        case "invoices": return .invoice
        case "tasks": return .task
        case "outbox": return .outboxEntry
        case "customer_partitions": return .customerPartition
        default: return nil
        }
    }

    /// The value of `Key (id)=(A-1) already exists.`
    private static func duplicatedValue(_ detail: String?) -> String? {
        guard let detail, let open = detail.range(of: ")=("),
            let close = detail.range(of: ") already exists", options: .backwards), open.upperBound <= close.lowerBound
        else { return nil }
        return String(detail[open.upperBound..<close.lowerBound])
    }
}
