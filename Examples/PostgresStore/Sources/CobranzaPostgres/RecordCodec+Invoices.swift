import Cobranza
import PostgresNIO

extension RecordCodec {
    static let invoiceColumns = [
        "id", "customer_id", "number", "kind", "issue_day", "due_day", "currency", "amount_minor", "balance_minor",
        "status", "status_detail", "is_open", "custom_fields",
    ]

    func columns(_ invoices: [Invoice]) throws -> Columns {
        var columns = Columns()
        columns.text(invoices.map(\.id.rawValue))
        columns.text(invoices.map(\.customerID.rawValue))
        columns.text(invoices.map(\.number))
        columns.text(invoices.map(\.kind.rawValue))
        columns.integer(invoices.map(\.issueDate.daysSinceEpoch))
        columns.integer(invoices.map(\.dueDate.daysSinceEpoch))
        columns.text(invoices.map(\.amount.currency.code))
        columns.bigint(invoices.map(\.amount.minorUnits))
        columns.bigint(invoices.map(\.balance.minorUnits))
        columns.text(invoices.map(\.status.kind.rawValue))
        columns.text(try invoices.map { try statusDetail($0.status, .invoice, id: $0.id.rawValue) })
        columns.boolean(invoices.map(\.isOpen))
        columns.text(try invoices.map { try fields($0.customFields, .invoice, id: $0.id.rawValue) })
        return columns
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

    func invoice(_ row: PostgresRandomAccessRow) throws -> Invoice {
        let id = try row.text(0)
        let currency = try currency(try row.text(6), .invoice, id: id)
        return Invoice(
            id: InvoiceID(id), number: try row.text(2), customerID: CustomerID(try row.text(1)),
            kind: try Self.value(InvoiceKind.self, try row.text(3), .invoice, id: id, column: "kind"),
            issueDate: CivilDate(daysSinceEpoch: try row.int(4)), dueDate: CivilDate(daysSinceEpoch: try row.int(5)),
            amount: Money(minorUnits: try row.int64(7), currency: currency),
            balance: Money(minorUnits: try row.int64(8), currency: currency),
            status: try status(kind: try row.text(9), detail: try row.optionalText(10), .invoice, id: id),
            customFields: try decodeFields(try row.text(12), .invoice, id: id, column: "custom_fields"))
    }
}
