import Cobranza

extension SQLiteSession {
    static let invoiceColumns = [
        "id", "customer_id", "number", "kind", "issue_day", "due_day", "currency", "amount_minor", "balance_minor",
        "status", "status_detail", "is_open", "custom_fields",
    ]
    static let invoiceSelect = "SELECT \(invoiceColumns.joined(separator: ", ")) FROM invoices"

    /// Binds an invoice's columns at `offset + 1 …` in ``invoiceColumns`` order.
    func bind(_ invoice: Invoice, to statement: SQLiteStatement, offset: Int32) throws {
        let id = invoice.id.rawValue
        try statement.bind(id, at: offset + 1)
        try statement.bind(invoice.customerID.rawValue, at: offset + 2)
        try statement.bind(invoice.number, at: offset + 3)
        try statement.bind(invoice.kind.rawValue, at: offset + 4)
        try statement.bind(invoice.issueDate.daysSinceEpoch, at: offset + 5)
        try statement.bind(invoice.dueDate.daysSinceEpoch, at: offset + 6)
        try statement.bind(invoice.amount.currency.code, at: offset + 7)
        try statement.bind(invoice.amount.minorUnits, at: offset + 8)
        try statement.bind(invoice.balance.minorUnits, at: offset + 9)
        try statement.bind(invoice.status.kind.rawValue, at: offset + 10)
        try statement.bind(try statusDetail(invoice.status, .invoice, id: id), at: offset + 11)
        try statement.bind(invoice.isOpen, at: offset + 12)
        try statement.bind(FlatJSON.encode(invoice.customFields), at: offset + 13)
    }

    /// The JSON of a status that carries data; `nil` for one that is only its kind.
    func statusDetail(_ status: CollectionStatus, _ kind: EntityKind, id: String) throws -> String? {
        switch status {
        case .normal, .paying, .negotiating, .refusedToPay, .legal, .uncollectible, .paid, .cancelled: return nil
        case .promised, .paymentReported, .disputed, .inClarification, .paymentPlan:
            return try json(status, kind, id: id)
        }
    }

    func status(kind raw: String, detail: String?, _ kind: EntityKind, id: String) throws -> CollectionStatus {
        if let detail { return try decode(CollectionStatus.self, detail, kind, id: id, column: "status_detail") }
        switch try Self.value(CollectionStatusKind.self, raw, kind, id: id, column: "status") {
        case .normal: return .normal
        case .paying: return .paying
        case .negotiating: return .negotiating
        case .refusedToPay: return .refusedToPay
        case .legal: return .legal
        case .uncollectible: return .uncollectible
        case .paid: return .paid
        case .cancelled: return .cancelled
        case .promised, .paymentReported, .disputed, .inClarification, .paymentPlan:
            throw StoreError.invalidRecord(kind, id: id, reason: "status '\(raw)' is stored without its details")
        }
    }

    /// Reads an invoice from a row selected with ``invoiceSelect``.
    func invoice(from row: SQLiteStatement) throws -> Invoice {
        let id = row.text(0)
        let currency = try currency(row.text(6), .invoice, id: id)
        return Invoice(
            id: InvoiceID(id), number: row.text(2), customerID: CustomerID(row.text(1)),
            kind: try Self.value(InvoiceKind.self, row.text(3), .invoice, id: id, column: "kind"),
            issueDate: CivilDate(daysSinceEpoch: row.int(4)), dueDate: CivilDate(daysSinceEpoch: row.int(5)),
            amount: Money(minorUnits: row.int64(7), currency: currency),
            balance: Money(minorUnits: row.int64(8), currency: currency),
            status: try status(kind: row.text(9), detail: row.optionalText(10), .invoice, id: id),
            customFields: try Self.fields(row.text(12), .invoice, id: id, column: "custom_fields"))
    }

    // MARK: - Reads

    func invoice(id: InvoiceID) throws -> Invoice? {
        try connection.withStatement("\(Self.invoiceSelect) WHERE id = ?") { statement in
            try statement.bind(id.rawValue, at: 1)
            return try statement.step() ? try invoice(from: statement) : nil
        }
    }

    func invoiceExists(_ id: InvoiceID) throws -> Bool {
        try connection.withStatement("SELECT 1 FROM invoices WHERE id = ?") { statement in
            try statement.bind(id.rawValue, at: 1)
            return try statement.step()
        }
    }

    func invoices(ids: [InvoiceID]) throws -> [Invoice] {
        try stage(ids)
        let sql = "\(Self.invoiceSelect) WHERE id IN (SELECT value FROM temp.wanted_ids) ORDER BY customer_id, id"
        return try connection.withStatement(sql) { statement in
            var invoices: [Invoice] = []
            while try statement.step() { invoices.append(try invoice(from: statement)) }
            return invoices
        }
    }

    /// The SQL of one page of invoices: its parameters are the cursor's two ids (if any), the customer ids
    /// as a JSON array (if any), the due date (if any) and the limit.
    static func invoicePageSQL(_ query: InvoiceQuery, hasCursor: Bool) -> String {
        var conditions: [String] = []
        if hasCursor { conditions.append("(customer_id, id) > (?, ?)") }
        if query.customerIDs != nil { conditions.append("customer_id IN (SELECT value FROM temp.wanted_ids)") }
        if query.openOnly { conditions.append("is_open = 1") }
        if query.dueOnOrBefore != nil { conditions.append("due_day <= ?") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "\(invoiceSelect)\(filter) ORDER BY customer_id, id LIMIT ?"
    }

    func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) throws -> [Invoice] {
        if let customerIDs = query.customerIDs { try stage(customerIDs) }
        let sql = Self.invoicePageSQL(query, hasCursor: cursor != nil)
        return try connection.withStatement(sql) { statement in
            var index: Int32 = 0
            func next() -> Int32 {
                index += 1
                return index
            }
            if let cursor {
                try statement.bind(cursor.customerID.rawValue, at: next())
                try statement.bind(cursor.invoiceID.rawValue, at: next())
            }

            if let due = query.dueOnOrBefore { try statement.bind(due.daysSinceEpoch, at: next()) }
            try statement.bind(Swift.max(1, limit), at: next())
            var invoices: [Invoice] = []
            while try statement.step() { invoices.append(try invoice(from: statement)) }
            return invoices
        }
    }
}
