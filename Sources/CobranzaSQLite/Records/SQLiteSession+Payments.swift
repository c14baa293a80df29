import Cobranza

extension SQLiteSession {
    static let paymentColumns = [
        "id", "customer_id", "day", "currency", "amount_minor", "target_invoice_ids", "reference",
    ]
    static let paymentSelect = "SELECT \(paymentColumns.joined(separator: ", ")) FROM payments"
    static let allocationColumns = ["payment_id", "seq", "invoice_id", "amount_minor"]

    /// Binds a payment's columns at `offset + 1 …` in ``paymentColumns`` order.
    func bind(_ payment: Payment, to statement: SQLiteStatement, offset: Int32) throws {
        try statement.bind(payment.id.rawValue, at: offset + 1)
        try statement.bind(payment.customerID.rawValue, at: offset + 2)
        try statement.bind(payment.date.daysSinceEpoch, at: offset + 3)
        try statement.bind(payment.amount.currency.code, at: offset + 4)
        try statement.bind(payment.amount.minorUnits, at: offset + 5)
        try statement.bind(Self.idList(payment.targetInvoiceIDs), at: offset + 6)
        try statement.bind(payment.reference, at: offset + 7)
    }

    /// Reads a payment, without its allocations, from a row selected with ``paymentSelect``.
    func payment(from row: SQLiteStatement) throws -> Payment {
        let id = row.text(0)
        return Payment(
            id: PaymentID(id), customerID: CustomerID(row.text(1)), date: CivilDate(daysSinceEpoch: row.int(2)),
            amount: Money(minorUnits: row.int64(4), currency: try currency(row.text(3), .payment, id: id)),
            targetInvoiceIDs: try Self.ids(row.text(5), .payment, id: id, column: "target_invoice_ids"),
            reference: row.optionalText(6))
    }

    /// Reads the payments a statement selects, without their allocations.
    private func payments(from statement: SQLiteStatement) throws -> [Payment] {
        var payments: [Payment] = []
        while try statement.step() { payments.append(try payment(from: statement)) }
        return payments
    }

    /// Reads the allocations of payments read with ``payment(from:)``, in id order.
    ///
    /// - Parameters:
    ///   - payments: The payments, ordered by id.
    ///   - contiguous: Whether they are every payment between the first and the last id (an unfiltered
    ///     page): their allocations are then read by that id range, without staging the ids.
    /// - Returns: The payments with their allocations.
    /// - Throws: ``SQLiteError``.
    private func withAllocations(_ payments: [Payment], contiguous: Bool = false) throws -> [Payment] {
        guard let first = payments.first?.id.rawValue, let last = payments.last?.id.rawValue else { return [] }
        var payments = payments
        let index = Dictionary(uniqueKeysWithValues: payments.enumerated().map { ($1.id, $0) })
        if !contiguous { try stage(payments.map(\.id)) }
        let sql =
            contiguous
            ? """
            SELECT payment_id, invoice_id, amount_minor FROM payment_allocations
            WHERE payment_id BETWEEN ? AND ? ORDER BY payment_id, seq
            """
            : """
            SELECT payment_id, invoice_id, amount_minor FROM payment_allocations
            WHERE payment_id IN (SELECT value FROM temp.wanted_ids) ORDER BY payment_id, seq
            """
        try connection.withStatement(sql) { allocations in
            if contiguous {
                try allocations.bind(first, at: 1)
                try allocations.bind(last, at: 2)
            }
            while try allocations.step() {
                guard let position = index[PaymentID(allocations.text(0))] else { continue }
                let currency = payments[position].amount.currency
                payments[position].allocations.append(
                    PaymentAllocation(
                        invoiceID: InvoiceID(allocations.text(1)),
                        amount: Money(minorUnits: allocations.int64(2), currency: currency)))
            }
        }
        return payments
    }

    // MARK: - Reads

    func paymentExists(_ id: PaymentID) throws -> Bool {
        try connection.withStatement("SELECT 1 FROM payments WHERE id = ?") { statement in
            try statement.bind(id.rawValue, at: 1)
            return try statement.step()
        }
    }

    func payments(ids: [PaymentID]) throws -> [Payment] {
        try stage(ids)
        let sql = "\(Self.paymentSelect) WHERE id IN (SELECT value FROM temp.wanted_ids) ORDER BY id"
        return try withAllocations(try connection.withStatement(sql) { try payments(from: $0) })
    }

    func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) throws -> [Payment] {
        if let customerIDs = query.customerIDs { try stage(customerIDs) }
        var conditions: [String] = []
        if cursor != nil { conditions.append("id > ?") }
        if query.customerIDs != nil { conditions.append("customer_id IN (SELECT value FROM temp.wanted_ids)") }
        if query.from != nil { conditions.append("day >= ?") }
        if query.through != nil { conditions.append("day <= ?") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql = "\(Self.paymentSelect)\(filter) ORDER BY id LIMIT ?"
        let found = try connection.withStatement(sql) { statement in
            var index: Int32 = 0
            func next() -> Int32 {
                index += 1
                return index
            }
            if let cursor { try statement.bind(cursor.rawValue, at: next()) }

            if let from = query.from { try statement.bind(from.daysSinceEpoch, at: next()) }
            if let through = query.through { try statement.bind(through.daysSinceEpoch, at: next()) }
            try statement.bind(Swift.max(1, limit), at: next())
            return try payments(from: statement)
        }
        let unfiltered = query.customerIDs == nil && query.from == nil && query.through == nil
        return try withAllocations(found, contiguous: unfiltered)
    }
}
