import Cobranza
import PostgresNIO

extension PostgresCollectionStore {
    /// Applies a unit of work in one transaction: all of it, or — when it throws — none of it.
    ///
    /// Conditions first, under row locks (`SELECT … FOR UPDATE` of the invoices updated conditionally, the
    /// outbox entries whose results are recorded, the alert cursor); then keys, references and consistency,
    /// with one query per kind of record; then the writes, one `unnest` statement per table. Activities are
    /// appended last, with positions taken from the locked `activity_log_head` row, so positions grow in
    /// commit order. A deadlock or serialization failure runs the whole transaction again.
    ///
    /// - Parameter changes: Everything to write.
    /// - Returns: What was skipped and the positions given to appended activities.
    /// - Throws: ``Cobranza/StoreError``; nothing was written.
    @discardableResult
    public func commit(_ changes: ChangeSet) async throws -> CommitResult {
        guard !changes.isEmpty else { return CommitResult() }
        return try await transaction { connection in
            var commit = PostgresCommit(store: self, connection: connection, changes: changes)
            try await commit.checkConditions()
            try await commit.checkRecords()
            return try await commit.write()
        }
    }
}

/// One commit inside its transaction: the checks, with what they learn (which ids exist), and the writes.
struct PostgresCommit {
    let store: PostgresCollectionStore
    let connection: PostgresConnection
    let changes: ChangeSet
    let codec = RecordCodec()

    private var outboxToInsert: [OutboxEntry] = []
    private var skippedOutboxKeys: Set<IdempotencyKey> = []
    private var lastCheckedCurrency: Currency?

    init(store: PostgresCollectionStore, connection: PostgresConnection, changes: ChangeSet) {
        self.store = store
        self.connection = connection
        self.changes = changes
    }

    private func table(_ name: String) -> String { store.table(name) }

    /// The ids among `ids` that exist in a table's key column.
    private func existing(_ ids: Set<String>, in table: String, column: String = "id") async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        var binds = PostgresBindings()
        binds.append(Array(ids))
        let sql = "SELECT \(column) FROM \(self.table(table)) WHERE \(column) = ANY($1)"
        return Set(try await store.rows(connection, sql, binds) { try $0.text(0) })
    }

    // MARK: - Conditions

    /// Conditional invoice updates, outbox results and the alert cursor, checked under row locks held to the
    /// end of the transaction, so a lost race is a conflict and nothing changes them before the commit.
    mutating func checkConditions() async throws {
        var updated: Set<String> = []
        for change in changes.invoices {
            if case .update(let invoice, _) = change { updated.insert(invoice.id.rawValue) }
        }
        if !updated.isEmpty {
            var binds = PostgresBindings()
            binds.append(updated.sorted())
            let sql = """
                SELECT \(RecordCodec.invoiceColumns.joined(separator: ", ")) FROM \(table("invoices"))
                WHERE id = ANY($1) ORDER BY id FOR UPDATE
                """
            let codec = self.codec
            let current = try await store.rows(connection, sql, binds) { try codec.invoice($0) }
            var staged = Dictionary(current.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            for change in changes.invoices {
                let invoice = change.invoice
                if case .update(_, let expected) = change {
                    let id = invoice.id.rawValue
                    guard let stored = staged[invoice.id] else {
                        throw StoreError.conflict(.invoice, id: id, reason: "updated but does not exist")
                    }
                    guard stored == expected else {
                        throw StoreError.conflict(.invoice, id: id, reason: "changed since it was read")
                    }
                }
                staged[invoice.id] = invoice
            }
        }

        if !changes.outboxUpdates.isEmpty {
            var binds = PostgresBindings()
            binds.append(Set(changes.outboxUpdates.map(\.key.rawValue)).sorted())
            let sql = "SELECT key, state, claimant FROM \(table("outbox")) WHERE key = ANY($1) ORDER BY key FOR UPDATE"
            let rows = try await store.rows(connection, sql, binds) {
                (key: try $0.text(0), kind: try $0.text(1), claimant: try $0.optionalText(2))
            }
            var holders = Dictionary(rows.map { ($0.key, ($0.kind, $0.claimant)) }, uniquingKeysWith: { $1 })
            for update in changes.outboxUpdates {
                guard let holder = holders[update.key.rawValue] else {
                    throw StoreError.conflict(.outboxEntry, id: update.key.rawValue, reason: "no such entry")
                }
                guard holder.0 == "claimed", holder.1 == update.claimant else {
                    throw StoreError.conflict(
                        .outboxEntry, id: update.key.rawValue, reason: "not claimed by '\(update.claimant)'")
                }
                let columns = RecordCodec.columns(of: update.state)
                holders[update.key.rawValue] = (columns.kind, columns.claimant)
            }
        }

        if let change = changes.alertCursor {
            let sql = "SELECT cursor FROM \(table("alert_cursor")) WHERE id = 1 FOR UPDATE"
            let text = try await store.rows(connection, sql) { try $0.optionalText(0) }.first ?? nil
            let stored = try codec.decodeOptional(AlertCursor.self, text, .alertCursor, id: "alerts", column: "cursor")
            guard stored == change.expected else {
                throw StoreError.conflict(.alertCursor, id: "alerts", reason: "changed since it was read")
            }
        }
    }

    // MARK: - Records

    /// Unique keys, references and consistency of every record, in the order the in-memory store checks
    /// them; decides which outbox entries are new.
    mutating func checkRecords() async throws {
        let newCollectors = Set(changes.collectors.map(\.id.rawValue))
        let collectors = try await existing(
            Set(changes.customers.compactMap(\.collectorID?.rawValue)).subtracting(newCollectors), in: "collectors")
        let newCustomers = Set(changes.customers.map(\.id.rawValue))
        var referenced = Set(changes.invoices.map(\.invoice.customerID.rawValue))
        referenced.formUnion(changes.payments.map(\.customerID.rawValue))
        referenced.formUnion(changes.activities.map(\.customerID.rawValue))
        referenced.formUnion(changes.tasks.map(\.customerID.rawValue))
        let customers = try await existing(referenced.subtracting(newCustomers), in: "customers")
            .union(newCustomers)
        let newInvoices = Set(changes.invoices.map(\.invoice.id.rawValue))
        let allocated = Set(changes.payments.flatMap { $0.allocations.map(\.invoiceID.rawValue) })
        let invoices = try await existing(allocated.subtracting(newInvoices), in: "invoices").union(newInvoices)
        let payments = try await existing(Set(changes.payments.map(\.id.rawValue)), in: "payments")
        let activities = try await existing(Set(changes.activities.map(\.id.rawValue)), in: "activities")
        let keys = try await existing(Set(changes.outboxEntries.map(\.key.rawValue)), in: "outbox", column: "key")

        func requireCustomer(_ id: CustomerID, from kind: EntityKind, _ recordID: String) throws {
            guard customers.contains(id.rawValue) else {
                throw StoreError.missingReference(kind, id: recordID, references: .customer, referencedID: id.rawValue)
            }
        }

        for customer in changes.customers {
            try requireKnownCurrency(customer.creditLimit, .customer, id: customer.id.rawValue)
            guard let collectorID = customer.collectorID, !newCollectors.contains(collectorID.rawValue) else {
                continue
            }
            guard collectors.contains(collectorID.rawValue) else {
                throw StoreError.missingReference(
                    .customer, id: customer.id.rawValue, references: .collector, referencedID: collectorID.rawValue)
            }
        }

        for change in changes.invoices {
            let invoice = change.invoice
            let id = invoice.id.rawValue
            try requireCustomer(invoice.customerID, from: .invoice, id)
            guard invoice.balance.currency == invoice.amount.currency else {
                throw StoreError.invalidRecord(
                    .invoice, id: id, reason: "balance and amount are in different currencies")
            }
            guard !invoice.balance.isNegative else {
                throw StoreError.invalidRecord(.invoice, id: id, reason: "negative balance")
            }
            try requireKnownCurrency(invoice.amount, .invoice, id: id)
            try RecordCodec.requireKnownCurrency(in: invoice.status, .invoice, id: id)
        }

        var newPayments: Set<PaymentID> = []
        for payment in changes.payments {
            let id = payment.id.rawValue
            guard newPayments.insert(payment.id).inserted, !payments.contains(id) else {
                throw StoreError.duplicateKey(.payment, id: id)
            }
            try requireCustomer(payment.customerID, from: .payment, id)
            try requireKnownCurrency(payment.amount, .payment, id: id)
            var total: Int64 = 0
            for allocation in payment.allocations {
                guard invoices.contains(allocation.invoiceID.rawValue) else {
                    throw StoreError.missingReference(
                        .payment, id: id, references: .invoice, referencedID: allocation.invoiceID.rawValue)
                }
                guard allocation.amount.currency == payment.amount.currency, !allocation.amount.isNegative else {
                    throw StoreError.invalidRecord(
                        .payment, id: id,
                        reason: "allocation to '\(allocation.invoiceID)' is negative or in another currency")
                }
                let (sum, overflow) = total.addingReportingOverflow(allocation.amount.minorUnits)
                guard !overflow else {
                    throw StoreError.invalidRecord(.payment, id: id, reason: "allocations exceed the amount")
                }
                total = sum
            }
            guard total <= payment.amount.minorUnits else {
                throw StoreError.invalidRecord(.payment, id: id, reason: "allocations exceed the amount")
            }
        }

        var newActivities: Set<ActivityID> = []
        for activity in changes.activities {
            let id = activity.id.rawValue
            guard newActivities.insert(activity.id).inserted, !activities.contains(id) else {
                throw StoreError.duplicateKey(.activity, id: id)
            }
            try requireCustomer(activity.customerID, from: .activity, id)
            try requireKnownCurrency(activity.amount, .activity, id: id)
            for balance in activity.overdueBalances { try requireKnownCurrency(balance, .activity, id: id) }
            try RecordCodec.requireKnownCurrency(in: activity.previousStatus, .activity, id: id)
            try RecordCodec.requireKnownCurrency(in: activity.newStatus, .activity, id: id)
        }

        for task in changes.tasks {
            try requireCustomer(task.customerID, from: .task, task.id.rawValue)
        }

        var newKeys: Set<IdempotencyKey> = []
        for entry in changes.outboxEntries {
            if newKeys.insert(entry.key).inserted, !keys.contains(entry.key.rawValue) {
                outboxToInsert.append(entry)
            } else {
                skippedOutboxKeys.insert(entry.key)
            }
        }
    }

    /// ``RecordCodec/requireKnownCurrency(_:_:id:)`` with the last currency that passed remembered.
    private mutating func requireKnownCurrency(_ money: Money?, _ kind: EntityKind, id: String) throws {
        guard let money, money.currency != lastCheckedCurrency else { return }
        try RecordCodec.requireKnownCurrency(money, kind, id: id)
        lastCheckedCurrency = money.currency
    }

    // MARK: - Writing

    /// Writes everything, table by table in reference order, rows sorted by key (so concurrent commits lock
    /// rows in one order); activities last.
    mutating func write() async throws -> CommitResult {
        try await upsert(
            latest(changes.collectors, id: \.id.rawValue), table: "collectors", columns: RecordCodec.collectorColumns
        ) { codec.columns($0) }
        try await upsert(
            latest(changes.departments, id: \.id.rawValue), table: "departments",
            columns: RecordCodec.departmentColumns
        ) { codec.columns($0) }
        try await upsert(
            latest(changes.customers, id: \.id.rawValue), table: "customers", columns: RecordCodec.customerColumns
        ) { try codec.columns($0) }
        try await upsert(
            latest(changes.invoices.map(\.invoice), id: \.id.rawValue), table: "invoices",
            columns: RecordCodec.invoiceColumns
        ) { try codec.columns($0) }
        if !changes.payments.isEmpty {
            try await insert(
                table: "payments", columns: RecordCodec.paymentColumns, try codec.columns(changes.payments))
            if changes.payments.contains(where: { !$0.allocations.isEmpty }) {
                try await insert(
                    table: "payment_allocations", columns: RecordCodec.allocationColumns,
                    codec.allocationColumns(changes.payments))
            }
        }
        try await upsert(latest(changes.tasks, id: \.id.rawValue), table: "tasks", columns: RecordCodec.taskColumns) {
            try codec.columns($0)
        }
        if !outboxToInsert.isEmpty {
            let entries = outboxToInsert.sorted { $0.key.rawValue < $1.key.rawValue }
            let columns = try codec.columns(entries)
            let sql = """
                INSERT INTO \(table("outbox")) (\(RecordCodec.outboxColumns.joined(separator: ", ")))
                SELECT * FROM \(columns.unnest) ON CONFLICT (key) DO NOTHING RETURNING key
                """
            let inserted = Set(try await store.rows(connection, sql, columns.binds) { try $0.text(0) })
            // A key a concurrent commit recorded first is skipped too: its intent is the one kept.
            for entry in entries where !inserted.contains(entry.key.rawValue) { skippedOutboxKeys.insert(entry.key) }
        }
        try await updateOutbox()
        if let change = changes.alertCursor {
            var binds = PostgresBindings()
            binds.append(try codec.json(change.cursor, .alertCursor, id: "alerts"))
            try await store.run(connection, "UPDATE \(table("alert_cursor")) SET cursor = $1 WHERE id = 1", binds)
        }
        let positions = try await appendActivities()
        return CommitResult(skippedOutboxKeys: skippedOutboxKeys.sorted(), activityPositions: positions)
    }

    /// The last write of each id, sorted by id.
    private func latest<Row>(_ rows: [Row], id: (Row) -> String) -> [Row] {
        var last: [String: Row] = [:]
        for row in rows { last[id(row)] = row }
        return last.keys.sorted().compactMap { last[$0] }
    }

    private func insert(table: String, columns names: [String], _ columns: Columns) async throws {
        let sql = "INSERT INTO \(self.table(table)) (\(names.joined(separator: ", "))) SELECT * FROM \(columns.unnest)"
        try await store.run(connection, sql, columns.binds)
    }

    /// Inserts rows, replacing the row with the same first column (the id).
    private func upsert<Row>(
        _ rows: [Row], table: String, columns names: [String], _ columns: ([Row]) throws -> Columns
    )
        async throws
    {
        guard !rows.isEmpty else { return }
        let values = try columns(rows)
        let assignments = names.dropFirst().map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
        let sql = """
            INSERT INTO \(self.table(table)) (\(names.joined(separator: ", "))) SELECT * FROM \(values.unnest)
            ON CONFLICT (\(names[0])) DO UPDATE SET \(assignments)
            """
        try await store.run(connection, sql, values.binds)
    }

    /// Writes the delivery results (the last one of each key).
    private func updateOutbox() async throws {
        guard !changes.outboxUpdates.isEmpty else { return }
        var last: [IdempotencyKey: OutboxUpdate] = [:]
        for update in changes.outboxUpdates { last[update.key] = update }
        let updates = last.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { last[$0] }
        let states = updates.map { RecordCodec.columns(of: $0.state) }
        var columns = Columns()
        columns.text(updates.map(\.key.rawValue))
        columns.text(states.map(\.kind))
        columns.text(states.map(\.claimant))
        columns.double(states.map(\.readyAt))
        columns.text(try updates.map { try codec.json($0.state, .outboxEntry, id: $0.key.rawValue) })
        let sql = """
            UPDATE \(table("outbox")) AS o
            SET state = u.state, claimant = u.claimant, ready_at = u.ready_at, state_detail = u.detail
            FROM \(columns.unnest) AS u(key, state, claimant, ready_at, detail)
            WHERE o.key = u.key
            """
        try await store.run(connection, sql, columns.binds)
    }

    /// Appends the activities with the next positions. The `activity_log_head` row stays locked until the
    /// transaction ends, so a later commit's positions are greater than an earlier one's.
    private func appendActivities() async throws -> [Int64] {
        guard !changes.activities.isEmpty else { return [] }
        var count = PostgresBindings()
        count.append(Int64(changes.activities.count))
        let sql = """
            UPDATE \(table("activity_log_head")) SET last_position = last_position + $1 WHERE id = 1
            RETURNING last_position
            """
        guard let last = try await store.rows(connection, sql, count, { try $0.int64(0) }).first else {
            throw StoreError.unavailable(reason: "the activity log head row is missing; run migrate()")
        }
        let first = last - Int64(changes.activities.count) + 1
        let positions = Array(first...last)
        let columns = try codec.columns(changes.activities, positions: positions)
        try await insert(table: "activities", columns: ["position"] + RecordCodec.activityColumns, columns)
        return positions
    }
}
