/// The SQLite store's schema, as the list of migrations that build it.
///
/// Conventions of every table:
/// - money is two columns, `…_minor` (INTEGER minor units) and a currency code (`…currency`, TEXT);
/// - civil dates are `…_day` INTEGER day counts since 1970-01-01 (``CivilDate/daysSinceEpoch``);
/// - instants are `…_at` REAL seconds since 2001-01-01T00:00:00Z, the exact `Double` inside `Date`
///   (`datetime(created_at + 978307200, 'unixepoch')` reads one in SQL);
/// - identifiers are TEXT, compared byte-wise (UTF-8), which is the order of their Unicode scalars;
/// - nested values (contacts, statuses with their data, messages, id lists) are JSON text in their own
///   column; everything a query filters or sorts on is a real column.
public enum SQLiteSchema {
    /// Every migration, oldest first. The last one's version is ``currentVersion``.
    public static let migrations: [SQLiteMigration] = [version1, version2, version3, version4]

    /// The schema version this build creates and reads.
    public static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// Version 1: every table, the keys, and the indexes the engine's reads need.
    static let version1 = SQLiteMigration(
        version: 1, description: "collections schema",
        sql: """
            CREATE TABLE collectors (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                email TEXT,
                phone TEXT,
                supervisor_id TEXT
            ) WITHOUT ROWID;

            CREATE TABLE departments (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                email TEXT
            ) WITHOUT ROWID;

            CREATE TABLE customers (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                tax_id TEXT,
                contacts TEXT NOT NULL,
                postal_address TEXT,
                collector_id TEXT REFERENCES collectors (id),
                is_vip INTEGER NOT NULL,
                is_excluded_from_automation INTEGER NOT NULL,
                credit_limit_minor INTEGER,
                credit_limit_currency TEXT,
                customer_since_day INTEGER,
                custom_fields TEXT NOT NULL,
                risk TEXT,
                risk_tier_override TEXT
            ) WITHOUT ROWID;
            CREATE INDEX customers_by_collector ON customers (collector_id);

            CREATE TABLE invoices (
                id TEXT NOT NULL PRIMARY KEY,
                customer_id TEXT NOT NULL REFERENCES customers (id),
                number TEXT NOT NULL,
                kind TEXT NOT NULL,
                issue_day INTEGER NOT NULL,
                due_day INTEGER NOT NULL,
                currency TEXT NOT NULL,
                amount_minor INTEGER NOT NULL,
                balance_minor INTEGER NOT NULL,
                status TEXT NOT NULL,
                status_detail TEXT,
                is_open INTEGER NOT NULL,
                custom_fields TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX invoices_by_customer ON invoices (customer_id, id);
            CREATE INDEX invoices_open_by_customer_due ON invoices (customer_id, id, due_day) WHERE is_open = 1;

            CREATE TABLE payments (
                id TEXT NOT NULL PRIMARY KEY,
                customer_id TEXT NOT NULL REFERENCES customers (id),
                day INTEGER NOT NULL,
                currency TEXT NOT NULL,
                amount_minor INTEGER NOT NULL,
                target_invoice_ids TEXT NOT NULL,
                reference TEXT
            ) WITHOUT ROWID;

            CREATE TABLE payment_allocations (
                payment_id TEXT NOT NULL REFERENCES payments (id),
                seq INTEGER NOT NULL,
                invoice_id TEXT NOT NULL REFERENCES invoices (id),
                amount_minor INTEGER NOT NULL,
                PRIMARY KEY (payment_id, seq)
            ) WITHOUT ROWID;
            CREATE INDEX payment_allocations_by_invoice ON payment_allocations (invoice_id);

            CREATE TABLE activities (
                position INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                customer_id TEXT NOT NULL REFERENCES customers (id),
                timestamp_at REAL NOT NULL,
                kind TEXT NOT NULL,
                performer_collector_id TEXT,
                invoice_ids TEXT NOT NULL,
                channel TEXT,
                overdue_balances TEXT NOT NULL,
                days_late INTEGER,
                portfolio_stage TEXT,
                previous_status TEXT,
                new_status TEXT,
                next_action_day INTEGER,
                amount_minor INTEGER,
                amount_currency TEXT,
                comment TEXT
            );
            CREATE INDEX activities_by_customer_time ON activities (customer_id, timestamp_at);

            CREATE TABLE tasks (
                id TEXT NOT NULL PRIMARY KEY,
                customer_id TEXT NOT NULL REFERENCES customers (id),
                invoice_ids TEXT NOT NULL,
                assignee_kind TEXT NOT NULL,
                assignee TEXT NOT NULL,
                due_day INTEGER NOT NULL,
                kind TEXT NOT NULL,
                reason TEXT NOT NULL,
                created_at REAL NOT NULL,
                completed_at REAL
            ) WITHOUT ROWID;
            CREATE INDEX tasks_by_due ON tasks (due_day, id);

            CREATE TABLE outbox (
                key TEXT NOT NULL PRIMARY KEY,
                created_at REAL NOT NULL,
                state TEXT NOT NULL,
                claimant TEXT,
                ready_at REAL,
                state_detail TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                message TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX outbox_by_state ON outbox (state, created_at, key);
            CREATE INDEX outbox_unfinished ON outbox (created_at, key) WHERE state IN ('pending', 'retrying', 'claimed');
            """)

    /// Version 2: indexes for a collector's work queue (open tasks by assignee and due date) and a
    /// customer's payment history (payments by customer and date).
    static let version2 = SQLiteMigration(
        version: 2, description: "work queue and payment history indexes",
        sql: """
            CREATE INDEX tasks_open_by_assignee_due ON tasks (assignee_kind, assignee, due_day, id)
                WHERE completed_at IS NULL;
            CREATE INDEX payments_by_customer_day ON payments (customer_id, day);
            """)

    static let version3 = SQLiteMigration(
        version: 3, description: "alert cursor and cadence step of activities",
        sql: """
            CREATE TABLE alert_cursor (
                id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                cursor TEXT NOT NULL
            );
            ALTER TABLE activities ADD COLUMN cadence_step_id TEXT;
            """)

    static let version4 = SQLiteMigration(
        version: 4, description: "customer partitions shared by engines",
        sql: """
            CREATE TABLE customer_partitions (
                run_day INTEGER NOT NULL,
                number INTEGER NOT NULL,
                partition_count INTEGER NOT NULL,
                claimant TEXT,
                lease_until_at REAL,
                finished_by TEXT,
                finished_at REAL,
                PRIMARY KEY (run_day, number)
            );
            """)
}
