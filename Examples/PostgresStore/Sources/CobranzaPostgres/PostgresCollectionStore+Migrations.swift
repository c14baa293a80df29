import Cobranza
import PostgresNIO

extension PostgresCollectionStore {
    /// Creates the schema if needed and applies the migrations it lacks, in one transaction under an
    /// advisory lock, so workers starting together migrate once.
    ///
    /// - Returns: The schema version now (``PostgresSchema/currentVersion``).
    /// - Throws: ``PostgresStoreError/schemaTooNew(schema:version:supported:)``, or ``Cobranza/StoreError``.
    @discardableResult
    public func migrate() async throws -> Int {
        let schema = self.schema
        return try await transaction { connection in
            var lock = PostgresBindings()
            lock.append("cobranza-migrations/\(schema)")
            try await run(connection, "SELECT pg_advisory_xact_lock(hashtext($1))", lock)
            try await run(connection, "CREATE SCHEMA IF NOT EXISTS \"\(schema)\"")
            try await run(
                connection,
                """
                CREATE TABLE IF NOT EXISTS \(table("schema_migrations")) (
                    version integer NOT NULL PRIMARY KEY,
                    description text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """)
            let current =
                try await rows(connection, "SELECT coalesce(max(version), 0) FROM \(table("schema_migrations"))") {
                    try $0[0].decode(Int.self)
                }.first ?? 0
            guard current <= PostgresSchema.currentVersion else {
                throw PostgresStoreError.schemaTooNew(
                    schema: schema, version: current, supported: PostgresSchema.currentVersion)
            }
            try await run(connection, "SET LOCAL search_path TO \"\(schema)\"")
            for migration in PostgresSchema.migrations where migration.version > current {
                for statement in migration.statements { try await run(connection, statement) }
                var binds = PostgresBindings()
                binds.append(migration.version)
                binds.append(migration.description)
                try await run(
                    connection, "INSERT INTO \(table("schema_migrations")) (version, description) VALUES ($1, $2)",
                    binds)
            }
            return PostgresSchema.currentVersion
        }
    }

    /// The schema version stored in the database (0 before ``migrate()``).
    ///
    /// - Returns: The highest applied migration's version.
    /// - Throws: ``Cobranza/StoreError``.
    public func schemaVersion() async throws -> Int {
        let schema = self.schema
        return try await read { connection in
            var binds = PostgresBindings()
            binds.append(schema)
            let exists =
                try await rows(
                    connection,
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'schema_migrations'",
                    binds
                ) { try $0[0].decode(Int.self) }.first ?? 0
            guard exists > 0 else { return 0 }
            return try await rows(connection, "SELECT coalesce(max(version), 0) FROM \(table("schema_migrations"))") {
                try $0[0].decode(Int.self)
            }.first ?? 0
        }
    }

    /// Drops the schema and everything in it (tests and demos).
    ///
    /// - Throws: ``Cobranza/StoreError``.
    public func dropSchema() async throws {
        let schema = self.schema
        try await read { connection in try await run(connection, "DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE") }
    }
}
