import Cobranza
import PostgresNIO

extension RecordCodec {
    static let collectorColumns = ["id", "name", "email", "phone", "supervisor_id"]
    static let departmentColumns = ["id", "name", "email"]
    static let customerColumns = [
        "id", "name", "tax_id", "contacts", "postal_address", "collector_id", "is_vip", "is_excluded_from_automation",
        "credit_limit_minor", "credit_limit_currency", "customer_since_day", "custom_fields", "risk",
        "risk_tier_override",
    ]

    func columns(_ collectors: [Collector]) -> Columns {
        var columns = Columns()
        columns.text(collectors.map(\.id.rawValue))
        columns.text(collectors.map(\.name))
        columns.text(collectors.map(\.email))
        columns.text(collectors.map(\.phone))
        columns.text(collectors.map(\.supervisorID?.rawValue))
        return columns
    }

    func collector(_ row: PostgresRandomAccessRow) throws -> Collector {
        Collector(
            id: CollectorID(try row.text(0)), name: try row.text(1), email: try row.optionalText(2),
            phone: try row.optionalText(3), supervisorID: try row.optionalText(4).map { CollectorID($0) })
    }

    func columns(_ departments: [Department]) -> Columns {
        var columns = Columns()
        columns.text(departments.map(\.id.rawValue))
        columns.text(departments.map(\.name))
        columns.text(departments.map(\.email))
        return columns
    }

    func department(_ row: PostgresRandomAccessRow) throws -> Department {
        Department(id: DepartmentID(try row.text(0)), name: try row.text(1), email: try row.optionalText(2))
    }

    func columns(_ customers: [Customer]) throws -> Columns {
        var columns = Columns()
        columns.text(customers.map(\.id.rawValue))
        columns.text(customers.map(\.name))
        columns.text(customers.map(\.taxID))
        columns.text(
            try customers.map { $0.contacts.isEmpty ? "[]" : try json($0.contacts, .customer, id: $0.id.rawValue) })
        columns.text(customers.map(\.postalAddress))
        columns.text(customers.map(\.collectorID?.rawValue))
        columns.boolean(customers.map(\.isVIP))
        columns.boolean(customers.map(\.isExcludedFromAutomation))
        columns.bigint(customers.map(\.creditLimit?.minorUnits))
        columns.text(customers.map(\.creditLimit?.currency.code))
        columns.integer(customers.map(\.customerSince?.daysSinceEpoch))
        columns.text(try customers.map { try fields($0.customFields, .customer, id: $0.id.rawValue) })
        columns.text(try customers.map { try optionalJSON($0.risk, .customer, id: $0.id.rawValue) })
        columns.text(customers.map(\.riskTierOverride?.name))
        return columns
    }

    func customer(_ row: PostgresRandomAccessRow) throws -> Customer {
        let id = try row.text(0)
        let contacts = try row.text(3)
        return Customer(
            id: CustomerID(id), name: try row.text(1), taxID: try row.optionalText(2),
            contacts: contacts == "[]"
                ? [] : try decode([Contact].self, contacts, .customer, id: id, column: "contacts"),
            postalAddress: try row.optionalText(4), collectorID: try row.optionalText(5).map { CollectorID($0) },
            isVIP: try row.bool(6), isExcludedFromAutomation: try row.bool(7),
            creditLimit: try money(try row.optionalInt64(8), try row.optionalText(9), .customer, id: id),
            customerSince: try row.optionalInt(10).map(CivilDate.init(daysSinceEpoch:)),
            customFields: try decodeFields(try row.text(11), .customer, id: id, column: "custom_fields"),
            risk: try decodeOptional(CustomerRisk.self, try row.optionalText(12), .customer, id: id, column: "risk"),
            riskTierOverride: try row.optionalText(13).map { RiskTier($0) })
    }
}
