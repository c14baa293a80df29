/// One step of the SQLite store's schema: SQL that takes a database from the previous version to
/// ``version``. Applied on open, in order, inside the transaction that records it in `schema_version`.
///
/// Migrations are append-only: a released step is never edited, a change is a new step.
public struct SQLiteMigration: Sendable, Hashable {
    /// The schema version the step produces (1, 2, 3 …).
    public var version: Int
    /// What the step is for, stored beside the version.
    public var description: String
    /// The statements, separated by semicolons; no values.
    public var sql: String

    /// Creates a migration step.
    ///
    /// - Parameters:
    ///   - version: The version the step produces.
    ///   - description: What the step is for.
    ///   - sql: The statements.
    public init(version: Int, description: String, sql: String) {
        self.version = version
        self.description = description
        self.sql = sql
    }
}
