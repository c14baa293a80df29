import Cobranza
import Dispatch
import Foundation

/// A ``Cobranza/CollectionStore`` in a SQLite database file: the durable, embedded default.
///
/// Open it with a path; the schema is created or migrated on open (``SQLiteSchema``). Every unit of work
/// (``commit(_:)``) is one `BEGIN IMMEDIATE` transaction, so it lands whole or not at all — also when the
/// process is killed halfway — and several processes can share the file: SQLite lets one write at a time
/// while the others read (WAL mode), a busy writer is waited for and retried, and outbox claims are
/// exclusive across processes.
///
/// ```swift
/// let store = try SQLiteCollectionStore(path: "cobranza.sqlite")
/// var changes = ChangeSet()
/// changes.upsert(Customer(id: "C-001", name: "Ferretería Don Pepe SRL"))
/// try await store.commit(changes)
/// let customers = try await store.allCustomers()
/// ```
///
/// ## Threading model
/// The store owns one SQLite connection and one serial dispatch queue. Every call — read or write — is
/// a work item on that queue, so the connection is used by one thread at a time, and an `async` caller
/// suspends (instead of blocking a thread of Swift's cooperative pool) while SQLite waits for a lock held
/// by another process. Calls from one process are therefore serialized; run several processes (or open
/// several stores on the same file) for parallel work. The store is `Sendable`: share one instance
/// between tasks.
///
/// ## Storage
/// Money is kept as integer minor units and an ISO 4217 code, civil dates as day counts, instants as
/// the exact seconds inside `Date`; nothing is rounded. Money in a currency that `Currency(code:)` does not
/// know is refused with ``Cobranza/StoreError/invalidRecord(_:id:reason:)``, because its minor-unit digits
/// could not be read back. Identifiers are ordered byte-wise (UTF-8), the same as Swift's order for
/// identifiers in Unicode normalization form C.
public final class SQLiteCollectionStore: CollectionStore, CustomerPartitionStore, @unchecked Sendable {
    // `@unchecked Sendable`: `session` (the connection and its statement cache) is only touched by work
    // items on `queue`, one at a time; every other stored property is immutable and Sendable.

    /// The database file.
    public let path: String
    /// The configuration the store was opened with.
    public let configuration: SQLiteStoreConfiguration

    /// The most records a unit of work may hold to try the fast path on the caller's thread.
    static let inlineRecordLimit = 64

    private let queue: DispatchQueue
    private let session: SQLiteSession
    /// Held by whichever call uses `session`: queue work items take it, the fast path only tries it.
    private let sessionLock = NSLock()
    private let busyTimeoutMilliseconds: Int32

    /// Opens a database file, creating it and its schema if needed and migrating an older schema.
    ///
    /// - Parameters:
    ///   - path: The file; `:memory:` for a private in-memory database (no WAL, one connection).
    ///   - configuration: Timeouts, retries and durability.
    /// - Throws: ``Cobranza/StoreError/unavailable(reason:)`` when the file cannot be opened, is not a
    ///   database, or has a schema newer than this build.
    public init(path: String, configuration: SQLiteStoreConfiguration = SQLiteStoreConfiguration()) throws {
        self.path = path
        self.configuration = configuration
        self.queue = DispatchQueue(label: "org.cobranza.sqlite-store")
        let busyTimeout = Int32(clamping: Int((configuration.busyTimeoutSeconds * 1_000).rounded()))
        self.busyTimeoutMilliseconds = busyTimeout
        do {
            let connection = try SQLiteConnection(
                path: path, busyTimeoutMilliseconds: busyTimeout,
                synchronous: configuration.durability.rawValue, cacheSizeKiB: configuration.cacheSizeKiB,
                checkpointPages: configuration.checkpointPages)
            try SQLiteMigrator(migrations: SQLiteSchema.migrations).migrate(
                connection, retries: configuration.busyRetries)
            try connection.execute(SQLiteSession.wantedIDsTable)
            self.session = SQLiteSession(connection: connection, configuration: configuration)
        } catch let error as SQLiteError {
            throw error.storeError
        }
    }

    /// The schema version of the open database (``SQLiteSchema/currentVersion`` once open).
    ///
    /// - Returns: The highest migration recorded in the file.
    /// - Throws: ``Cobranza/StoreError``.
    public func schemaVersion() async throws -> Int {
        try await perform { try SQLiteMigrator.version(of: $0.connection) }
    }

    /// The journal mode SQLite reports: `wal` for a file database.
    ///
    /// - Returns: The mode's name.
    /// - Throws: ``Cobranza/StoreError``.
    public func journalMode() async throws -> String {
        try await perform { try $0.connection.journalMode() }
    }

    /// Runs work on the store's queue and resumes the caller with its result.
    func perform<Result: Sendable>(_ body: @escaping @Sendable (SQLiteSession) throws -> Result) async throws
        -> Result
    {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                self.sessionLock.lock()
                defer { self.sessionLock.unlock() }
                do {
                    continuation.resume(returning: try body(self.session))
                } catch let error as SQLiteError {
                    continuation.resume(throwing: error.storeError)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Runs a read in one deferred transaction: a consistent snapshot of committed units of work.
    func read<Result: Sendable>(_ body: @escaping @Sendable (SQLiteSession) throws -> Result) async throws -> Result {
        try await perform { session in
            try session.connection.transaction(immediate: false, retries: session.configuration.busyRetries) {
                try body(session)
            }
        }
    }

    /// Runs a write in one `BEGIN IMMEDIATE` transaction, retried from the start while the database is busy.
    ///
    /// - Parameters:
    ///   - small: Whether the write is small enough to try the fast path on the caller's thread first.
    ///   - body: The work.
    /// - Returns: What `body` returns.
    /// - Throws: ``Cobranza/StoreError``, or what `body` throws.
    func write<Result: Sendable>(small: Bool = false, _ body: @escaping @Sendable (SQLiteSession) throws -> Result)
        async throws -> Result
    {
        if small, let result = try writeWithoutWaiting(body) { return result }
        return try await perform { session in
            try session.connection.transaction(immediate: true, retries: session.configuration.busyRetries) {
                try body(session)
            }
        }
    }

    /// The fast path: runs a write on the caller's thread when no other call holds the connection and the
    /// database's write lock is free now; it never waits (busy timeout 0, no retry).
    ///
    /// - Returns: The result, or `nil` when the connection or the database was busy (nothing was written).
    private func writeWithoutWaiting<Result>(_ body: (SQLiteSession) throws -> Result) throws -> Result? {
        guard sessionLock.try() else { return nil }
        defer { sessionLock.unlock() }
        let connection = session.connection
        connection.setBusyTimeout(milliseconds: 0)
        defer { connection.setBusyTimeout(milliseconds: busyTimeoutMilliseconds) }
        do {
            return try connection.transaction(immediate: true, retries: 0) { try body(session) }
        } catch let error as SQLiteError where error.isBusy {
            return nil
        } catch let error as SQLiteError {
            throw error.storeError
        }
    }
}
