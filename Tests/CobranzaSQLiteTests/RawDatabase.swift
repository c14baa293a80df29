import CSQLite

/// A plain SQLite connection for tests that look at the file behind the store's back: integrity checks,
/// the schema, a database made by an older schema version.
final class RawDatabase: @unchecked Sendable {
    // `@unchecked Sendable`: the connection is opened in SQLite's default serialized mode, which guards every
    // call with the connection's mutex; the handle itself never changes.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let handle: OpaquePointer

    init(path: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK,
            let handle
        else {
            sqlite3_close_v2(handle)
            throw Failure(description: "cannot open \(path)")
        }
        self.handle = handle
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs SQL without results (several statements allowed).
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(message)
            throw Failure(description: "\(text) in \(sql)")
        }
    }

    /// The rows of a query, each column as text (`NULL` as "NULL").
    func rows(_ sql: String) throws -> [[String]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(description: "\(String(cString: sqlite3_errmsg(handle))) in \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[String]] = []
        while true {
            let result = sqlite3_step(statement)
            if result == SQLITE_DONE { return rows }
            guard result == SQLITE_ROW else {
                throw Failure(description: "\(String(cString: sqlite3_errmsg(handle))) in \(sql)")
            }
            rows.append(
                (0..<sqlite3_column_count(statement)).map { column in
                    sqlite3_column_text(statement, column).map { String(cString: $0) } ?? "NULL"
                })
        }
    }

    /// The single value of a query.
    func value(_ sql: String) throws -> String {
        guard let value = try rows(sql).first?.first else { throw Failure(description: "no rows from \(sql)") }
        return value
    }
}
