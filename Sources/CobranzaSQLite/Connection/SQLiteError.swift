import CSQLite
import Cobranza

/// A failed SQLite call: the result code, SQLite's message and the statement, for the store's own use.
///
/// It never carries bound values (amounts, names), so it is safe to log; the store maps it to
/// ``StoreError/unavailable(reason:)`` at its boundary.
struct SQLiteError: Error, CustomStringConvertible {
    /// The extended result code.
    var code: Int32
    /// SQLite's message.
    var message: String
    /// The SQL being run, without values.
    var sql: String?

    /// Whether another connection holds the lock the call needed (`SQLITE_BUSY`, `SQLITE_LOCKED`).
    var isBusy: Bool {
        let primary = code & 0xFF
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED
    }

    var description: String {
        let what = sql.map { " in `\($0)`" } ?? ""
        return "SQLite error \(code) (\(message))\(what)"
    }

    /// The port's error: the operation may be retried.
    var storeError: StoreError { .unavailable(reason: description) }
}
