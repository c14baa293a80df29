import Cobranza
import PostgresNIO

extension RecordCodec {
    static let paymentColumns = [
        "id", "customer_id", "day", "currency", "amount_minor", "target_invoice_ids", "reference",
    ]
    static let allocationColumns = ["payment_id", "seq", "invoice_id", "amount_minor"]

    func columns(_ payments: [Payment]) throws -> Columns {
        var columns = Columns()
        columns.text(payments.map(\.id.rawValue))
        columns.text(payments.map(\.customerID.rawValue))
        columns.integer(payments.map(\.date.daysSinceEpoch))
        columns.text(payments.map(\.amount.currency.code))
        columns.bigint(payments.map(\.amount.minorUnits))
        columns.text(try payments.map { try ids($0.targetInvoiceIDs, .payment, id: $0.id.rawValue) })
        columns.text(payments.map(\.reference))
        return columns
    }

    func allocationColumns(_ payments: [Payment]) -> Columns {
        let rows = payments.flatMap { payment in
            payment.allocations.enumerated().map { (payment: payment.id, seq: $0, allocation: $1) }
        }
        var columns = Columns()
        columns.text(rows.map(\.payment.rawValue))
        columns.integer(rows.map(\.seq))
        columns.text(rows.map(\.allocation.invoiceID.rawValue))
        columns.bigint(rows.map(\.allocation.amount.minorUnits))
        return columns
    }

    /// A payment without its allocations.
    func payment(_ row: PostgresRandomAccessRow) throws -> Payment {
        let id = try row.text(0)
        return Payment(
            id: PaymentID(id), customerID: CustomerID(try row.text(1)),
            date: CivilDate(daysSinceEpoch: try row.int(2)),
            amount: Money(minorUnits: try row.int64(4), currency: try currency(try row.text(3), .payment, id: id)),
            targetInvoiceIDs: try decodeIDs(try row.text(5), .payment, id: id, column: "target_invoice_ids"),
            reference: try row.optionalText(6))
    }
}
