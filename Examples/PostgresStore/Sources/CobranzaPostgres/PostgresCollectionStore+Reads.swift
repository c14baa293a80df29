import Cobranza
import PostgresNIO

/// The conditions of a read, numbered as they are added.
struct Filter {
    var binds = PostgresBindings()
    private var conditions: [String] = []

    /// Adds a condition whose `?` is the next parameter, bound to `value`.
    mutating func add(_ condition: String, _ value: some PostgresThrowingDynamicTypeEncodable) throws {
        try binds.append(value)
        conditions.append(condition.replacingOccurrences(of: "?", with: "$\(binds.count)"))
    }

    /// Adds a condition without parameters.
    mutating func add(_ condition: String) { conditions.append(condition) }

    /// The next parameter's placeholder, bound to `value`.
    mutating func parameter(_ value: some PostgresThrowingDynamicTypeEncodable) throws -> String {
        try binds.append(value)
        return "$\(binds.count)"
    }

    var whereClause: String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }
}

extension PostgresCollectionStore {
    var customerSelect: String {
        "SELECT \(RecordCodec.customerColumns.joined(separator: ", ")) FROM \(table("customers"))"
    }
    var invoiceSelect: String {
        "SELECT \(RecordCodec.invoiceColumns.joined(separator: ", ")) FROM \(table("invoices"))"
    }
    var paymentSelect: String {
        "SELECT \(RecordCodec.paymentColumns.joined(separator: ", ")) FROM \(table("payments"))"
    }
    var activitySelect: String {
        "SELECT position, \(RecordCodec.activityColumns.joined(separator: ", ")) FROM \(table("activities"))"
    }
    var taskSelect: String {
        "SELECT \(RecordCodec.taskColumns.joined(separator: ", ")) FROM \(table("tasks"))"
    }
    var outboxSelect: String {
        "SELECT \(RecordCodec.outboxColumns.joined(separator: ", ")) FROM \(table("outbox"))"
    }

    // MARK: - CustomerStore

    /// The customers with these ids, ordered by id.
    ///
    /// - Parameter ids: The ids; duplicates are read once.
    /// - Returns: The customers found.
    /// - Throws: ``Cobranza/StoreError``.
    public func customers(ids: [CustomerID]) async throws -> [Customer] {
        var filter = Filter()
        try filter.add("id = ANY(?)", ids.map(\.rawValue))
        let sql = "\(customerSelect)\(filter.whereClause) ORDER BY id"
        return try await read { connection in
            let codec = RecordCodec()
            return try await rows(connection, sql, filter.binds) { try codec.customer($0) }
        }
    }

    /// One page of all customers, ordered by id.
    ///
    /// - Parameters:
    ///   - cursor: The id of the last customer of the previous page, or `nil` for the first page.
    ///   - limit: The page size, at least 1.
    /// - Returns: Up to `limit` customers.
    /// - Throws: ``Cobranza/StoreError``.
    public func customers(after cursor: CustomerID?, limit: Int) async throws -> [Customer] {
        var filter = Filter()
        if let cursor { try filter.add("id > ?", cursor.rawValue) }
        let page = try filter.parameter(Swift.max(1, limit))
        let sql = "\(customerSelect)\(filter.whereClause) ORDER BY id LIMIT \(page)"
        return try await read { connection in
            let codec = RecordCodec()
            return try await rows(connection, sql, filter.binds) { try codec.customer($0) }
        }
    }

    /// Every collector, ordered by id.
    ///
    /// - Returns: The collectors.
    /// - Throws: ``Cobranza/StoreError``.
    public func collectors() async throws -> [Collector] {
        let sql =
            "SELECT \(RecordCodec.collectorColumns.joined(separator: ", ")) FROM \(table("collectors")) ORDER BY id"
        return try await read { connection in
            let codec = RecordCodec()
            return try await rows(connection, sql) { try codec.collector($0) }
        }
    }

    /// Every department, ordered by id.
    ///
    /// - Returns: The departments.
    /// - Throws: ``Cobranza/StoreError``.
    public func departments() async throws -> [Department] {
        let sql =
            "SELECT \(RecordCodec.departmentColumns.joined(separator: ", ")) FROM \(table("departments")) ORDER BY id"
        return try await read { connection in
            let codec = RecordCodec()
            return try await rows(connection, sql) { try codec.department($0) }
        }
    }

    // MARK: - InvoiceStore

    /// The invoices with these ids, ordered by (customer id, invoice id).
    ///
    /// - Parameter ids: The ids; duplicates are read once.
    /// - Returns: The invoices found.
    /// - Throws: ``Cobranza/StoreError``.
    public func invoices(ids: [InvoiceID]) async throws -> [Invoice] {
        var filter = Filter()
        try filter.add("id = ANY(?)", ids.map(\.rawValue))
        let sql = "\(invoiceSelect)\(filter.whereClause) ORDER BY customer_id, id"
        return try await read { connection in
            let codec = RecordCodec()
            return try await rows(connection, sql, filter.binds) { try codec.invoice($0) }
        }
    }

    /// One page of the invoices matching a query, ordered by (customer id, invoice id).
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - cursor: The position of the last invoice of the previous page, or `nil` for the first page.
    ///   - limit: The page size, at least 1.
    /// - Returns: Up to `limit` invoices.
    /// - Throws: ``Cobranza/StoreError``.
    public func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) async throws
        -> [Invoice]
    {
        var filter = Filter()
        if let cursor {
            let customer = try filter.parameter(cursor.customerID.rawValue)
            let invoice = try filter.parameter(cursor.invoiceID.rawValue)
            filter.add("(customer_id, id) > (\(customer), \(invoice))")
        }
        if let customerIDs = query.customerIDs { try filter.add("customer_id = ANY(?)", customerIDs.map(\.rawValue)) }
        if query.openOnly { filter.add("is_open") }
        if let due = query.dueOnOrBefore { try filter.add("due_day <= ?", due.daysSinceEpoch) }
        let page = try filter.parameter(Swift.max(1, limit))
        let sql = "\(invoiceSelect)\(filter.whereClause) ORDER BY customer_id, id LIMIT \(page)"
        return try await read { connection in
            let codec = RecordCodec()
            return try await rows(connection, sql, filter.binds) { try codec.invoice($0) }
        }
    }

    // MARK: - PaymentStore

    /// The payments with these ids, ordered by id.
    ///
    /// - Parameter ids: The ids.
    /// - Returns: The payments found, with their allocations.
    /// - Throws: ``Cobranza/StoreError``.
    public func payments(ids: [PaymentID]) async throws -> [Payment] {
        var filter = Filter()
        try filter.add("id = ANY(?)", ids.map(\.rawValue))
        return try await payments("\(paymentSelect)\(filter.whereClause) ORDER BY id", filter.binds)
    }

    /// One page of the payments matching a query, ordered by id.
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - cursor: The id of the last payment of the previous page, or `nil`.
    ///   - limit: The page size, at least 1.
    /// - Returns: Up to `limit` payments, with their allocations.
    /// - Throws: ``Cobranza/StoreError``.
    public func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) async throws -> [Payment] {
        var filter = Filter()
        if let cursor { try filter.add("id > ?", cursor.rawValue) }
        if let customerIDs = query.customerIDs { try filter.add("customer_id = ANY(?)", customerIDs.map(\.rawValue)) }
        if let from = query.from { try filter.add("day >= ?", from.daysSinceEpoch) }
        if let through = query.through { try filter.add("day <= ?", through.daysSinceEpoch) }
        let page = try filter.parameter(Swift.max(1, limit))
        let sql = "\(paymentSelect)\(filter.whereClause) ORDER BY id LIMIT \(page)"
        return try await payments(sql, filter.binds)
    }

    /// The payments a statement selects, with their allocations read in one more statement.
    private func payments(_ sql: String, _ binds: PostgresBindings) async throws -> [Payment] {
        let allocationsSQL = """
            SELECT payment_id, invoice_id, amount_minor FROM \(table("payment_allocations"))
            WHERE payment_id = ANY($1) ORDER BY payment_id, seq
            """
        return try await read { connection in
            let codec = RecordCodec()
            var payments = try await rows(connection, sql, binds) { try codec.payment($0) }
            guard !payments.isEmpty else { return [] }
            let index = Dictionary(uniqueKeysWithValues: payments.enumerated().map { ($1.id, $0) })
            var ids = PostgresBindings()
            ids.append(payments.map(\.id.rawValue))
            let allocations = try await rows(connection, allocationsSQL, ids) {
                (payment: PaymentID(try $0.text(0)), invoice: InvoiceID(try $0.text(1)), amount: try $0.int64(2))
            }
            for allocation in allocations {
                guard let position = index[allocation.payment] else { continue }
                let currency = payments[position].amount.currency
                payments[position].allocations.append(
                    PaymentAllocation(
                        invoiceID: allocation.invoice, amount: Money(minorUnits: allocation.amount, currency: currency))
                )
            }
            return payments
        }
    }

    // MARK: - ActivityLog

    /// One page of the log, ordered by position, strictly after `position`.
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - position: The position of the last activity of the previous page, or `nil` to start.
    ///   - limit: The page size, at least 1.
    /// - Returns: Up to `limit` activities.
    /// - Throws: ``Cobranza/StoreError``.
    public func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) async throws
        -> [LoggedActivity]
    {
        var filter = Filter()
        if let position { try filter.add("position > ?", position) }
        if let customerIDs = query.customerIDs { try filter.add("customer_id = ANY(?)", customerIDs.map(\.rawValue)) }
        if let kinds = query.kinds { try filter.add("kind = ANY(?)", kinds.map(\.rawValue)) }
        if let since = query.since { try filter.add("timestamp_at >= ?", RecordCodec.seconds(since)) }
        if let until = query.until { try filter.add("timestamp_at < ?", RecordCodec.seconds(until)) }
        let page = try filter.parameter(Swift.max(1, limit))
        let sql = "\(activitySelect)\(filter.whereClause) ORDER BY position LIMIT \(page)"
        return try await read { connection in
            let codec = RecordCodec()
            return try await rows(connection, sql, filter.binds) { try codec.loggedActivity($0) }
        }
    }

    // MARK: - TaskStore

    /// The tasks matching a query, ordered by (due date, id).
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The tasks.
    /// - Throws: ``Cobranza/StoreError``.
    public func tasks(matching query: TaskQuery) async throws -> [FollowUpTask] {
        var filter = Filter()
        if let assignee = query.assignee {
            let columns = RecordCodec.columns(of: assignee)
            try filter.add("assignee_kind = ?", columns.kind)
            try filter.add("assignee = ?", columns.value)
        }
        if let customerIDs = query.customerIDs { try filter.add("customer_id = ANY(?)", customerIDs.map(\.rawValue)) }
        if query.openOnly { filter.add("completed_at IS NULL") }
        if let due = query.dueOnOrBefore { try filter.add("due_day <= ?", due.daysSinceEpoch) }
        let sql = "\(taskSelect)\(filter.whereClause) ORDER BY due_day, id"
        return try await read { connection in
            let codec = RecordCodec()
            return try await rows(connection, sql, filter.binds) { try codec.task($0) }
        }
    }

    // MARK: - AlertCursorStore

    /// The stored alert cursor.
    ///
    /// - Returns: The cursor last committed, or `nil`.
    /// - Throws: ``Cobranza/StoreError``.
    public func alertCursor() async throws -> AlertCursor? {
        let sql = "SELECT cursor FROM \(table("alert_cursor")) WHERE id = 1"
        return try await read { connection in
            let text = try await rows(connection, sql) { try $0.optionalText(0) }.first ?? nil
            return try RecordCodec().decodeOptional(
                AlertCursor.self, text, .alertCursor, id: "alerts", column: "cursor")
        }
    }
}
