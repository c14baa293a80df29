import Cobranza

/// Brings a database to the current schema on open: reads `schema_version`, applies the missing
/// migrations in one `IMMEDIATE` transaction, and records each. Several processes opening one file at once
/// are serialized by the write lock; the later ones find nothing to do.
struct SQLiteMigrator {
    let migrations: [SQLiteMigration]

    /// Applies what is missing.
    ///
    /// - Parameters:
    ///   - connection: An open connection.
    ///   - retries: Busy retries for the transaction.
    /// - Returns: The versions applied, oldest first (empty when the database was current).
    /// - Throws: ``SQLiteError``, or ``Cobranza/StoreError/unavailable(reason:)`` for a newer schema.
    @discardableResult
    func migrate(_ connection: SQLiteConnection, retries: Int) throws -> [Int] {
        try connection.transaction(immediate: true, retries: retries) {
            try connection.execute(
                """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version INTEGER NOT NULL PRIMARY KEY,
                    description TEXT NOT NULL
                )
                """)
            let current = try Self.version(of: connection)
            let latest = migrations.last?.version ?? 0
            guard current <= latest else {
                throw StoreError.unavailable(
                    reason:
                        "the database has schema version \(current), newer than this build's \(latest); "
                        + "open it with a newer CobranzaSQLite")
            }
            var applied: [Int] = []
            for migration in migrations where migration.version > current {
                try connection.execute(migration.sql)
                try connection.withStatement("INSERT INTO schema_version (version, description) VALUES (?, ?)") {
                    try $0.bind(migration.version, at: 1)
                    try $0.bind(migration.description, at: 2)
                    try $0.run()
                }
                applied.append(migration.version)
            }
            return applied
        }
    }

    /// The highest version recorded, 0 for a new database.
    static func version(of connection: SQLiteConnection) throws -> Int {
        try connection.withStatement("SELECT coalesce(max(version), 0) FROM schema_version") { statement in
            try statement.step() ? statement.int(0) : 0
        }
    }
}
