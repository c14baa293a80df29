import Cobranza
import CobranzaSQLite
import Foundation

/// The SQLite database a command works on (`--db FILE`).
enum Database {
    /// Opens the database.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - create: Whether a missing file is created (only `import` creates one).
    /// - Returns: The store.
    /// - Throws: ``InputError`` when the file is missing and may not be created; `StoreError` when it cannot be
    ///   opened.
    static func open(_ path: String, create: Bool = false) throws -> SQLiteCollectionStore {
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw InputError("no database at \(path); create it with `cobranza import --db \(path) …`")
        }
        return try SQLiteCollectionStore(path: path)
    }

    /// The outbox folder beside a database: `<db>.outbox`.
    ///
    /// - Parameter path: The database file.
    /// - Returns: The folder's path.
    static func defaultOutbox(for path: String) -> String { path + ".outbox" }
}
