import CSQLite
import Foundation

/// One SQLite connection with its cache of prepared statements.
///
/// Not thread-safe by itself: ``SQLiteCollectionStore`` only touches it from its serial queue, one call at
/// a time, which is why the connection is opened with `SQLITE_OPEN_NOMUTEX`.
final class SQLiteConnection {
    let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]
    /// The ids the temporary table `wanted_ids` holds, when known; forgotten when a transaction rolls back
    /// (which undoes the table's changes too).
    var stagedIDs: [String]?

    /// Opens (creating if needed) a database file and sets the connection's pragmas.
    ///
    /// - Parameters:
    ///   - path: The database file, or `:memory:`.
    ///   - busyTimeoutMilliseconds: How long a call waits for another connection's lock before `SQLITE_BUSY`.
    ///   - synchronous: The `PRAGMA synchronous` level.
    ///   - cacheSizeKiB: The page cache's limit in KiB.
    ///   - checkpointPages: The `PRAGMA wal_autocheckpoint` size in pages (at least 1).
    /// - Throws: ``SQLiteError`` when the file cannot be opened or configured.
    init(
        path: String, busyTimeoutMilliseconds: Int32, synchronous: String, cacheSizeKiB: Int,
        checkpointPages: Int = 1_000
    ) throws {
        var database: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let result = sqlite3_open_v2(path, &database, flags, nil)
        guard result == SQLITE_OK, let database else {
            let message = database.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let database { sqlite3_close_v2(database) }
            throw SQLiteError(code: result, message: message, sql: nil)
        }
        handle = database
        sqlite3_extended_result_codes(database, 1)
        sqlite3_busy_timeout(database, busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
        try execute("PRAGMA synchronous = \(synchronous)")
        try execute("PRAGMA cache_size = \(-Swift.max(1, cacheSizeKiB))")
        try execute("PRAGMA wal_autocheckpoint = \(Swift.max(1, checkpointPages))")
        // WAL lets readers in any process proceed while one writer commits; the mode is stored in the file.
        // An in-memory database answers "memory" and keeps it.
        _ = try withStatement("PRAGMA journal_mode = WAL") { try $0.step() }
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// The journal mode in force (`wal` for a file database).
    func journalMode() throws -> String {
        try withStatement("PRAGMA journal_mode") { statement in
            try statement.step() ? statement.text(0) : ""
        }
    }

    /// Runs SQL without values (schema, pragmas); several statements may be separated by semicolons.
    ///
    /// - Parameter sql: The SQL text.
    /// - Throws: ``SQLiteError``.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let result = sqlite3_exec(handle, sql, nil, nil, &message)
        guard result == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: text, sql: Self.summary(of: sql))
        }
    }

    /// Runs `body` with the cached prepared statement for `sql`, then resets it for the next use.
    ///
    /// - Parameters:
    ///   - sql: The SQL text, with `?` for every value.
    ///   - body: Binds, steps and reads the statement.
    /// - Returns: What `body` returns.
    /// - Throws: ``SQLiteError`` when the SQL does not compile, or what `body` throws.
    func withStatement<Result>(_ sql: String, _ body: (SQLiteStatement) throws -> Result) throws -> Result {
        let statement = try prepared(sql)
        defer { statement.reset() }
        return try body(statement)
    }

    private func prepared(_ sql: String) throws -> SQLiteStatement {
        if let cached = statements[sql] { return cached }
        var handle: OpaquePointer?
        let result = sqlite3_prepare_v3(self.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard result == SQLITE_OK, let handle else {
            throw SQLiteError(
                code: sqlite3_extended_errcode(self.handle), message: String(cString: sqlite3_errmsg(self.handle)),
                sql: Self.summary(of: sql))
        }
        let statement = SQLiteStatement(handle: handle, sql: Self.summary(of: sql), database: self.handle)
        statements[sql] = statement
        return statement
    }

    /// Sets how long a statement waits for another connection's lock before `SQLITE_BUSY`.
    ///
    /// - Parameter milliseconds: The wait; 0 fails at once.
    func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// The number of rows the last statement changed.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// The rowid given to the last inserted row.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    // MARK: - Transactions

    /// Runs `body` in a transaction, retrying the whole transaction when another connection keeps the
    /// database busy beyond the busy timeout.
    ///
    /// - Parameters:
    ///   - immediate: `BEGIN IMMEDIATE` (take the write lock first: every unit of work) or `BEGIN DEFERRED`
    ///     (a consistent read snapshot).
    ///   - retries: How many more times to run the transaction after `SQLITE_BUSY`.
    ///   - body: The work; throwing rolls everything back.
    /// - Returns: What `body` returns.
    /// - Throws: ``SQLiteError`` (busy after every retry, or another failure), or what `body` throws.
    func transaction<Result>(immediate: Bool, retries: Int, _ body: () throws -> Result) throws -> Result {
        var attempt = 0
        while true {
            do {
                return try transactionOnce(immediate: immediate, body)
            } catch let error as SQLiteError where error.isBusy && attempt < retries {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.01 * Double(attempt))
            }
        }
    }

    private func transactionOnce<Result>(immediate: Bool, _ body: () throws -> Result) throws -> Result {
        try withStatement(immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED") { try $0.run() }
        do {
            let result = try body()
            try withStatement("COMMIT") { try $0.run() }
            return result
        } catch {
            stagedIDs = nil
            if sqlite3_get_autocommit(handle) == 0 {
                try? withStatement("ROLLBACK") { try $0.run() }
            }
            throw error
        }
    }

    /// The first line of a statement, enough to name it in an error.
    private static func summary(of sql: String) -> String {
        let trimmed = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        let firstLine = trimmed.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? trimmed
        return firstLine.count > 160 ? String(firstLine.prefix(160)) + "…" : firstLine
    }
}
