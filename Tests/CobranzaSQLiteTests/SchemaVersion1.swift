/// The SQL of schema version 1 exactly as released: the fixture the migration tests build an old database
/// from. Never edit it; a released migration is frozen.
enum SchemaVersion1 {
    static let sql = """
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
        """

    /// A database as a version-1 build left it: WAL, the schema, its version, and a few rows written with
    /// plain SQL (a customer, an invoice with a promise, a payment, an open task).
    static func makeDatabase(at path: String) throws {
        let database = try RawDatabase(path: path)
        try database.execute("PRAGMA journal_mode = WAL")
        try database.execute(
            """
            BEGIN;
            CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL);
            \(sql)
            INSERT INTO schema_version VALUES (1, 'collections schema');
            INSERT INTO collectors VALUES ('ana', 'Ana', NULL, NULL, NULL);
            INSERT INTO customers VALUES ('C-1', 'Ferretería Don Pepe SRL', '30-1', '[]', NULL, 'ana', 0, 0,
                NULL, NULL, NULL, '{}', NULL, NULL);
            INSERT INTO invoices VALUES ('FA-1', 'C-1', 'A-0001-1', 'invoice', 19753, 19783, 'ARS', 100000, 40000,
                'promised', '{"promise":{"date":"2024-03-10"},"status":"promised"}', 1, '{"po":"OC-1"}');
            INSERT INTO payments VALUES ('R-1', 'C-1', 19780, 'ARS', 60000, '["FA-1"]', 'Transferencia');
            INSERT INTO payment_allocations VALUES ('R-1', 0, 'FA-1', 60000);
            INSERT INTO tasks VALUES ('T-1', 'C-1', '["FA-1"]', 'collector', 'ana', 19785, 'call', 'Llamar',
                731000000.5, NULL);
            COMMIT;
            """)
    }
}
