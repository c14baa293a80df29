import Cobranza

extension SQLiteSession {
    /// Applies a unit of work; run inside an `IMMEDIATE` transaction, which the caller rolls back when this
    /// throws. Every rule of ``Cobranza/ChangeSet`` is checked against the database before anything is
    /// written, conditions first, so the errors are the ones ``Cobranza/InMemoryCollectionStore`` gives.
    func commit(_ changes: ChangeSet) throws -> CommitResult {
        var check = CommitCheck(session: self, changes: changes)
        try check.conditions()
        try check.records()
        let positions = try write(changes, outboxEntries: check.outboxEntriesToInsert)
        return CommitResult(skippedOutboxKeys: check.skippedOutboxKeys.sorted(), activityPositions: positions)
    }

    // MARK: - Writing

    private func write(_ changes: ChangeSet, outboxEntries: [OutboxEntry]) throws -> [Int64] {
        var progress = 0
        let report: (Int) -> Void = { rows in
            progress += rows
            self.configuration.rowsWritten?(progress)
        }
        try upsertRows(
            changes.collectors, table: "collectors", columns: ["id", "name", "email", "phone", "supervisor_id"],
            report: report
        ) { collector, statement, offset in
            try statement.bind(collector.id.rawValue, at: offset + 1)
            try statement.bind(collector.name, at: offset + 2)
            try statement.bind(collector.email, at: offset + 3)
            try statement.bind(collector.phone, at: offset + 4)
            try statement.bind(collector.supervisorID?.rawValue, at: offset + 5)
        }
        try upsertRows(changes.departments, table: "departments", columns: ["id", "name", "email"], report: report) {
            department, statement, offset in
            try statement.bind(department.id.rawValue, at: offset + 1)
            try statement.bind(department.name, at: offset + 2)
            try statement.bind(department.email, at: offset + 3)
        }
        try upsertRows(changes.customers, table: "customers", columns: Self.customerColumns, report: report) {
            try self.bind($0, to: $1, offset: $2)
        }
        try upsertRows(changes.invoices, table: "invoices", columns: Self.invoiceColumns, report: report) {
            try self.bind($0.invoice, to: $1, offset: $2)
        }
        try insertRows(changes.payments, table: "payments", columns: Self.paymentColumns, report: report) {
            try self.bind($0, to: $1, offset: $2)
        }
        let allocations = changes.payments.flatMap { payment in
            payment.allocations.enumerated().map { (payment: payment.id, seq: $0, allocation: $1) }
        }
        try insertRows(allocations, table: "payment_allocations", columns: Self.allocationColumns, report: report) {
            row, statement, offset in
            try statement.bind(row.payment.rawValue, at: offset + 1)
            try statement.bind(row.seq, at: offset + 2)
            try statement.bind(row.allocation.invoiceID.rawValue, at: offset + 3)
            try statement.bind(row.allocation.amount.minorUnits, at: offset + 4)
        }
        let positions = try insert(changes.activities, report: report)
        try upsertRows(changes.tasks, table: "tasks", columns: Self.taskColumns, report: report) {
            try self.bind($0, to: $1, offset: $2)
        }
        try insertRows(outboxEntries, table: "outbox", columns: Self.outboxColumns, report: report) {
            try self.bind($0, to: $1, offset: $2)
        }
        // Outbox updates were written by `CommitCheck.conditions()`, each conditional on its claim.
        if let change = changes.alertCursor { try storeAlertCursor(change.cursor) }
        return positions
    }

    /// Inserts rows, replacing the row with the same first column (the id) if there is one.
    private func upsertRows<Row>(
        _ rows: [Row], table: String, columns: [String], report: (Int) -> Void,
        bind: (Row, SQLiteStatement, Int32) throws -> Void
    ) throws {
        guard !rows.isEmpty else { return }
        try insertRows(
            rows, table: table, columns: columns, conflictClause: upsertClause(table: table, columns: columns),
            report: report, bind: bind)
    }

    /// Inserts rows with multi-row `INSERT` statements of up to ``batchSize(columns:)`` rows, each a cached
    /// prepared statement with every value bound.
    private func insertRows<Row>(
        _ rows: [Row], table: String, columns: [String], conflictClause: String = "", report: (Int) -> Void,
        bind: (Row, SQLiteStatement, Int32) throws -> Void
    ) throws {
        guard !rows.isEmpty else { return }
        let batch = batchSize(columns: columns.count)
        var start = 0
        while start < rows.count {
            let count = Swift.min(batch, rows.count - start)
            let sql = insertSQL(table: table, columns: columns, conflictClause: conflictClause, rows: count)
            try connection.withStatement(sql) { statement in
                for index in 0..<count {
                    try bind(rows[start + index], statement, Int32(index * columns.count))
                }
                try statement.run()
            }
            start += count
            report(count)
        }
    }
}

/// The checks of one commit against the database, with what it learns on the way (which ids exist) so
/// each is looked up once.
private struct CommitCheck {
    let session: SQLiteSession
    let changes: ChangeSet
    private(set) var skippedOutboxKeys: Set<IdempotencyKey> = []
    private(set) var outboxEntriesToInsert: [OutboxEntry] = []

    private var customerExists: [CustomerID: Bool] = [:]
    private var invoiceIDsInSet: Set<InvoiceID>?
    private var invoiceExists: [InvoiceID: Bool] = [:]
    private var lastCheckedCurrency: Currency?

    init(session: SQLiteSession, changes: ChangeSet) {
        self.session = session
        self.changes = changes
        for customer in changes.customers { customerExists[customer.id] = true }
    }

    // MARK: - Conditions

    /// Conditional invoice updates and outbox claims, before anything else, so a lost race is a conflict.
    mutating func conditions() throws {
        let hasUpdates = changes.invoices.contains {
            if case .update = $0 { return true }
            return false
        }
        if hasUpdates {
            var staged: [InvoiceID: Invoice] = [:]
            for change in changes.invoices {
                let invoice = change.invoice
                if case .update(_, let expected) = change {
                    let id = invoice.id.rawValue
                    guard let current = try staged[invoice.id] ?? session.invoice(id: invoice.id) else {
                        throw StoreError.conflict(.invoice, id: id, reason: "updated but does not exist")
                    }
                    guard current == expected else {
                        throw StoreError.conflict(.invoice, id: id, reason: "changed since it was read")
                    }
                }
                staged[invoice.id] = invoice
            }
        }

        // Each outbox update is written here, only if its entry is still claimed by the update's claimant (one
        // statement instead of a read and a write). An update of a key updated earlier in the same unit of work
        // sees that earlier state, as the checks on staged states did; anything failing later in the unit of
        // work rolls the update back with everything else.
        for update in changes.outboxUpdates {
            guard try !session.updateOutbox(update) else { continue }
            guard try session.outboxClaim(of: update.key) != nil else {
                throw StoreError.conflict(.outboxEntry, id: update.key.rawValue, reason: "no such entry")
            }
            throw StoreError.conflict(
                .outboxEntry, id: update.key.rawValue, reason: "not claimed by '\(update.claimant)'")
        }

        if let change = changes.alertCursor, try session.alertCursor() != change.expected {
            throw StoreError.conflict(.alertCursor, id: "alerts", reason: "changed since it was read")
        }
    }

    // MARK: - Records

    /// Unique keys, references and consistency of every record; decides which outbox entries are new.
    mutating func records() throws {
        let newCollectors = Set(changes.collectors.map(\.id))
        var collectorExists: [CollectorID: Bool] = [:]
        for customer in changes.customers {
            try requireKnownCurrency(customer.creditLimit, .customer, id: customer.id.rawValue)
            guard let collectorID = customer.collectorID, !newCollectors.contains(collectorID) else { continue }
            let exists = try collectorExists[collectorID] ?? session.collectorExists(collectorID)
            collectorExists[collectorID] = exists
            guard exists else {
                throw StoreError.missingReference(
                    .customer, id: customer.id.rawValue, references: .collector, referencedID: collectorID.rawValue)
            }
        }

        for change in changes.invoices {
            let invoice = change.invoice
            try requireCustomer(invoice.customerID, from: .invoice, invoice.id.rawValue)
            try check(invoice)
        }

        var newPayments: Set<PaymentID> = []
        for payment in changes.payments {
            let id = payment.id.rawValue
            guard newPayments.insert(payment.id).inserted, try !session.paymentExists(payment.id) else {
                throw StoreError.duplicateKey(.payment, id: id)
            }
            try requireCustomer(payment.customerID, from: .payment, id)
            try requireKnownCurrency(payment.amount, .payment, id: id)
            var allocated: Int64 = 0
            for allocation in payment.allocations {
                guard try invoiceIsKnown(allocation.invoiceID) else {
                    throw StoreError.missingReference(
                        .payment, id: id, references: .invoice, referencedID: allocation.invoiceID.rawValue)
                }
                guard allocation.amount.currency == payment.amount.currency, !allocation.amount.isNegative else {
                    throw StoreError.invalidRecord(
                        .payment, id: id,
                        reason: "allocation to '\(allocation.invoiceID)' is negative or in another currency")
                }
                let (sum, overflow) = allocated.addingReportingOverflow(allocation.amount.minorUnits)
                guard !overflow else {
                    throw StoreError.invalidRecord(.payment, id: id, reason: "allocations exceed the amount")
                }
                allocated = sum
            }
            guard allocated <= payment.amount.minorUnits else {
                throw StoreError.invalidRecord(.payment, id: id, reason: "allocations exceed the amount")
            }
        }

        var newActivities: Set<ActivityID> = []
        for activity in changes.activities {
            let id = activity.id.rawValue
            guard newActivities.insert(activity.id).inserted, try !session.activityExists(activity.id) else {
                throw StoreError.duplicateKey(.activity, id: id)
            }
            try requireCustomer(activity.customerID, from: .activity, id)
            try requireKnownCurrency(activity.amount, .activity, id: id)
            for balance in activity.overdueBalances { try requireKnownCurrency(balance, .activity, id: id) }
            try SQLiteSession.requireKnownCurrency(in: activity.previousStatus, .activity, id: id)
            try SQLiteSession.requireKnownCurrency(in: activity.newStatus, .activity, id: id)
        }

        for task in changes.tasks {
            try requireCustomer(task.customerID, from: .task, task.id.rawValue)
        }

        var newKeys: Set<IdempotencyKey> = []
        for entry in changes.outboxEntries {
            if newKeys.insert(entry.key).inserted, try !session.outboxKeyExists(entry.key) {
                outboxEntriesToInsert.append(entry)
            } else {
                skippedOutboxKeys.insert(entry.key)
            }
        }
    }

    private mutating func requireCustomer(_ id: CustomerID, from kind: EntityKind, _ recordID: String) throws {
        let exists = try customerExists[id] ?? session.customerExists(id)
        customerExists[id] = exists
        guard exists else {
            throw StoreError.missingReference(kind, id: recordID, references: .customer, referencedID: id.rawValue)
        }
    }

    private mutating func invoiceIsKnown(_ id: InvoiceID) throws -> Bool {
        if invoiceIDsInSet == nil { invoiceIDsInSet = Set(changes.invoices.map(\.invoice.id)) }
        if invoiceIDsInSet?.contains(id) == true { return true }
        let exists = try invoiceExists[id] ?? session.invoiceExists(id)
        invoiceExists[id] = exists
        return exists
    }

    private mutating func check(_ invoice: Invoice) throws {
        let id = invoice.id.rawValue
        guard invoice.balance.currency == invoice.amount.currency else {
            throw StoreError.invalidRecord(.invoice, id: id, reason: "balance and amount are in different currencies")
        }
        guard !invoice.balance.isNegative else {
            throw StoreError.invalidRecord(.invoice, id: id, reason: "negative balance")
        }
        try requireKnownCurrency(invoice.amount, .invoice, id: id)
        try SQLiteSession.requireKnownCurrency(in: invoice.status, .invoice, id: id)
    }

    /// ``SQLiteSession/requireKnownCurrency(_:_:id:)`` with the last currency that passed remembered, so a
    /// portfolio in one currency costs one comparison per amount.
    private mutating func requireKnownCurrency(_ money: Money?, _ kind: EntityKind, id: String) throws {
        guard let money, money.currency != lastCheckedCurrency else { return }
        try SQLiteSession.requireKnownCurrency(money, kind, id: id)
        lastCheckedCurrency = money.currency
    }
}
