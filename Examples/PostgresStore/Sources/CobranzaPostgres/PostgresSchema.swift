/// The PostgreSQL store's schema, as the list of migrations that build it inside one PostgreSQL schema
/// (namespace), so several stores — one per company, or one per test — share a database.
///
/// Conventions of every table (those of the SQLite store, so the two read alike):
/// - money is two columns, `…_minor` (`bigint` minor units) and a currency code (`…currency`, `text`);
/// - civil dates are `…_day` `integer` day counts since 1970-01-01 (``Cobranza/CivilDate/daysSinceEpoch``);
/// - instants are `…_at` `double precision` seconds since 2001-01-01T00:00:00Z, the exact `Double` inside
///   `Date` (`to_timestamp(created_at + 978307200)` reads one in SQL);
/// - identifiers are `text COLLATE "C"`: compared byte-wise (UTF-8), the order of their Unicode scalars,
///   whatever the database's locale;
/// - nested values (contacts, statuses with their data, messages, id lists) are JSON text in their own
///   column; everything a query filters or sorts on is a real column.
///
/// Two one-row tables serialize what must follow commit order: `activity_log_head` hands out activity
/// positions (its row lock is held from the append to the commit, so positions grow in commit order) and
/// `alert_cursor` holds the alert cursor (locked by a commit that replaces it).
///
/// `customer_partitions` (version 2) holds each run day's shares of the customers that engines claim one at a
/// time (``PostgresCollectionStore/claimCustomerPartition(_:)``).
public enum PostgresSchema {
    /// Every migration, oldest first. The last one's version is ``currentVersion``.
    public static let migrations: [PostgresMigration] = [version1, version2]

    /// The schema version this build creates and reads.
    public static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// Version 1: every table, the keys, the indexes the engine's reads and the claims need.
    static let version1 = PostgresMigration(
        version: 1, description: "collections schema",
        statements: [
            """
            CREATE TABLE collectors (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                name text NOT NULL,
                email text,
                phone text,
                supervisor_id text COLLATE "C"
            )
            """,
            """
            CREATE TABLE departments (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                name text NOT NULL,
                email text
            )
            """,
            """
            CREATE TABLE customers (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                name text NOT NULL,
                tax_id text,
                contacts text NOT NULL,
                postal_address text,
                collector_id text COLLATE "C" REFERENCES collectors (id),
                is_vip boolean NOT NULL,
                is_excluded_from_automation boolean NOT NULL,
                credit_limit_minor bigint,
                credit_limit_currency text,
                customer_since_day integer,
                custom_fields text NOT NULL,
                risk text,
                risk_tier_override text
            )
            """,
            "CREATE INDEX customers_by_collector ON customers (collector_id)",
            """
            CREATE TABLE invoices (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                customer_id text COLLATE "C" NOT NULL REFERENCES customers (id),
                number text NOT NULL,
                kind text NOT NULL,
                issue_day integer NOT NULL,
                due_day integer NOT NULL,
                currency text NOT NULL,
                amount_minor bigint NOT NULL,
                balance_minor bigint NOT NULL CHECK (balance_minor >= 0),
                status text NOT NULL,
                status_detail text,
                is_open boolean NOT NULL,
                custom_fields text NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX invoices_by_customer ON invoices (customer_id, id)",
            "CREATE INDEX invoices_open_by_customer ON invoices (customer_id, id) WHERE is_open",
            "CREATE INDEX invoices_open_by_due ON invoices (due_day) WHERE is_open",
            """
            CREATE TABLE payments (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                customer_id text COLLATE "C" NOT NULL REFERENCES customers (id),
                day integer NOT NULL,
                currency text NOT NULL,
                amount_minor bigint NOT NULL,
                target_invoice_ids text NOT NULL,
                reference text
            )
            """,
            "CREATE INDEX payments_by_customer_day ON payments (customer_id, day)",
            """
            CREATE TABLE payment_allocations (
                payment_id text COLLATE "C" NOT NULL REFERENCES payments (id),
                seq integer NOT NULL,
                invoice_id text COLLATE "C" NOT NULL REFERENCES invoices (id),
                amount_minor bigint NOT NULL,
                PRIMARY KEY (payment_id, seq)
            )
            """,
            "CREATE INDEX payment_allocations_by_invoice ON payment_allocations (invoice_id)",
            """
            CREATE TABLE activity_log_head (
                id integer NOT NULL PRIMARY KEY CHECK (id = 1),
                last_position bigint NOT NULL
            )
            """,
            "INSERT INTO activity_log_head (id, last_position) VALUES (1, 0)",
            """
            CREATE TABLE activities (
                position bigint NOT NULL PRIMARY KEY,
                id text COLLATE "C" NOT NULL UNIQUE,
                customer_id text COLLATE "C" NOT NULL REFERENCES customers (id),
                timestamp_at double precision NOT NULL,
                kind text NOT NULL,
                performer_collector_id text,
                invoice_ids text NOT NULL,
                channel text,
                overdue_balances text NOT NULL,
                days_late integer,
                portfolio_stage text,
                previous_status text,
                new_status text,
                next_action_day integer,
                amount_minor bigint,
                amount_currency text,
                comment text,
                cadence_step_id text
            )
            """,
            "CREATE INDEX activities_by_customer_time ON activities (customer_id, timestamp_at)",
            "CREATE INDEX activities_by_kind ON activities (kind, position)",
            """
            CREATE TABLE tasks (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                customer_id text COLLATE "C" NOT NULL REFERENCES customers (id),
                invoice_ids text NOT NULL,
                assignee_kind text NOT NULL,
                assignee text COLLATE "C" NOT NULL,
                due_day integer NOT NULL,
                kind text NOT NULL,
                reason text NOT NULL,
                created_at double precision NOT NULL,
                completed_at double precision
            )
            """,
            "CREATE INDEX tasks_by_due ON tasks (due_day, id)",
            """
            CREATE INDEX tasks_open_by_assignee_due ON tasks (assignee_kind, assignee, due_day, id)
                WHERE completed_at IS NULL
            """,
            """
            CREATE TABLE outbox (
                key text COLLATE "C" NOT NULL PRIMARY KEY,
                created_at double precision NOT NULL,
                state text NOT NULL,
                claimant text,
                ready_at double precision,
                state_detail text NOT NULL,
                attempts integer NOT NULL,
                message text NOT NULL
            )
            """,
            "CREATE INDEX outbox_by_state ON outbox (state, created_at, key)",
            """
            CREATE INDEX outbox_unfinished ON outbox (created_at, key)
                WHERE state IN ('pending', 'retrying', 'claimed')
            """,
            """
            CREATE TABLE alert_cursor (
                id integer NOT NULL PRIMARY KEY CHECK (id = 1),
                cursor text
            )
            """,
            "INSERT INTO alert_cursor (id, cursor) VALUES (1, NULL)",
        ])

    /// Version 2: the customer partitions engines claim to share a day's customers. A row per (run day,
    /// partition number), recorded by the day's first claim; claimed while `claimant` is set and unfinished,
    /// finished once `finished_at` is set.
    static let version2 = PostgresMigration(
        version: 2, description: "customer partitions",
        statements: [
            """
            CREATE TABLE customer_partitions (
                run_day integer NOT NULL,
                number integer NOT NULL CHECK (number >= 0 AND number < partition_count),
                partition_count integer NOT NULL CHECK (partition_count >= 1),
                claimant text COLLATE "C",
                lease_until_at double precision,
                finished_by text COLLATE "C",
                finished_at double precision,
                PRIMARY KEY (run_day, number)
            )
            """
        ])
}

/// One step of the schema: statements run in one transaction, recorded in `schema_migrations`.
public struct PostgresMigration: Sendable, Hashable {
    /// The version the schema has after this migration.
    public var version: Int
    /// What it does, stored with it.
    public var description: String
    /// The statements, run in order with the store's schema first on the search path.
    public var statements: [String]

    /// Creates a migration.
    ///
    /// - Parameters:
    ///   - version: The version after it.
    ///   - description: What it does.
    ///   - statements: The statements.
    public init(version: Int, description: String, statements: [String]) {
        self.version = version
        self.description = description
        self.statements = statements
    }
}
