import Cobranza

extension SQLiteSession {
    static let customerColumns = [
        "id", "name", "tax_id", "contacts", "postal_address", "collector_id", "is_vip", "is_excluded_from_automation",
        "credit_limit_minor", "credit_limit_currency", "customer_since_day", "custom_fields", "risk",
        "risk_tier_override",
    ]
    static let customerSelect = "SELECT \(customerColumns.joined(separator: ", ")) FROM customers"

    /// Binds a customer's columns at `offset + 1 …` in ``customerColumns`` order.
    func bind(_ customer: Customer, to statement: SQLiteStatement, offset: Int32) throws {
        let id = customer.id.rawValue
        try statement.bind(id, at: offset + 1)
        try statement.bind(customer.name, at: offset + 2)
        try statement.bind(customer.taxID, at: offset + 3)
        try statement.bind(try contactsColumn(customer.contacts, id: id), at: offset + 4)
        try statement.bind(customer.postalAddress, at: offset + 5)
        try statement.bind(customer.collectorID?.rawValue, at: offset + 6)
        try statement.bind(customer.isVIP, at: offset + 7)
        try statement.bind(customer.isExcludedFromAutomation, at: offset + 8)
        try statement.bind(customer.creditLimit?.minorUnits, at: offset + 9)
        try statement.bind(customer.creditLimit?.currency.code, at: offset + 10)
        try statement.bind(customer.customerSince?.daysSinceEpoch, at: offset + 11)
        try statement.bind(FlatJSON.encode(customer.customFields), at: offset + 12)
        try statement.bind(try optionalJSON(customer.risk, .customer, id: id), at: offset + 13)
        try statement.bind(customer.riskTierOverride?.name, at: offset + 14)
    }

    /// Reads a customer from a row selected with ``customerSelect``.
    func customer(from row: SQLiteStatement) throws -> Customer {
        let id = row.text(0)
        return Customer(
            id: CustomerID(id), name: row.text(1), taxID: row.optionalText(2),
            contacts: try contacts(row.text(3), id: id),
            postalAddress: row.optionalText(4), collectorID: row.optionalText(5).map { CollectorID($0) },
            isVIP: row.bool(6), isExcludedFromAutomation: row.bool(7),
            creditLimit: try money(row.optionalInt64(8), row.optionalText(9), .customer, id: id),
            customerSince: row.optionalInt(10).map(CivilDate.init(daysSinceEpoch:)),
            customFields: try Self.fields(row.text(11), .customer, id: id, column: "custom_fields"),
            risk: try decodeOptional(CustomerRisk.self, row.optionalText(12), .customer, id: id, column: "risk"),
            riskTierOverride: row.optionalText(13).map { RiskTier($0) })
    }

    // MARK: - Reads

    func customerExists(_ id: CustomerID) throws -> Bool {
        try connection.withStatement("SELECT 1 FROM customers WHERE id = ?") { statement in
            try statement.bind(id.rawValue, at: 1)
            return try statement.step()
        }
    }

    func collectorExists(_ id: CollectorID) throws -> Bool {
        try connection.withStatement("SELECT 1 FROM collectors WHERE id = ?") { statement in
            try statement.bind(id.rawValue, at: 1)
            return try statement.step()
        }
    }

    func customers(ids: [CustomerID]) throws -> [Customer] {
        try stage(ids)
        let sql = "\(Self.customerSelect) WHERE id IN (SELECT value FROM temp.wanted_ids) ORDER BY id"
        return try connection.withStatement(sql) { statement in
            var customers: [Customer] = []
            while try statement.step() { customers.append(try customer(from: statement)) }
            return customers
        }
    }

    func customers(after cursor: CustomerID?, limit: Int) throws -> [Customer] {
        let sql = "\(Self.customerSelect)\(cursor == nil ? "" : " WHERE id > ?") ORDER BY id LIMIT ?"
        return try connection.withStatement(sql) { statement in
            var index: Int32 = 1
            if let cursor {
                try statement.bind(cursor.rawValue, at: 1)
                index = 2
            }
            try statement.bind(Swift.max(1, limit), at: index)
            var customers: [Customer] = []
            while try statement.step() { customers.append(try customer(from: statement)) }
            return customers
        }
    }

    func collectors() throws -> [Collector] {
        try connection.withStatement("SELECT id, name, email, phone, supervisor_id FROM collectors ORDER BY id") {
            statement in
            var collectors: [Collector] = []
            while try statement.step() {
                collectors.append(
                    Collector(
                        id: CollectorID(statement.text(0)), name: statement.text(1), email: statement.optionalText(2),
                        phone: statement.optionalText(3),
                        supervisorID: statement.optionalText(4).map { CollectorID($0) }))
            }
            return collectors
        }
    }

    func departments() throws -> [Department] {
        try connection.withStatement("SELECT id, name, email FROM departments ORDER BY id") { statement in
            var departments: [Department] = []
            while try statement.step() {
                departments.append(
                    Department(
                        id: DepartmentID(statement.text(0)), name: statement.text(1), email: statement.optionalText(2)))
            }
            return departments
        }
    }
}
