import Foundation

/// Where a record came from, to point problems at it.
struct ImportRow: Sendable {
    var file: String
    var number: Int
    var header: [String]

    func problem(_ field: String, _ reason: String) -> ImportProblem {
        ImportProblem(
            file: file, row: number, column: header.firstIndex(of: field).map { $0 + 1 }, field: field, reason: reason)
    }
}

/// A customer row: the values of the columns the file has, to merge into a stored customer.
struct ImportedCustomer: Sendable {
    var id: CustomerID
    var name: String
    var present: Set<String>
    var taxID: String?
    var collectorID: CollectorID?
    var email: String?
    var phone: String?
    var whatsApp: String?
    var locale: String?
    var isVIP: Bool
    var creditLimit: Money?
    var customerSince: CivilDate?
    var escalationEmail: String?
    var customFields: [String: String]

    /// The stored customer updated with this row, or a new one.
    func merged(into stored: Customer?) -> Customer {
        var customer = stored ?? Customer(id: id, name: name)
        customer.name = name
        if present.contains("tax_id") { customer.taxID = taxID }
        if present.contains("collector_id") { customer.collectorID = collectorID }
        if present.contains("vip") { customer.isVIP = isVIP }
        if present.contains("credit_limit") { customer.creditLimit = creditLimit }
        if present.contains("customer_since") { customer.customerSince = customerSince }
        if !present.isDisjoint(with: ["email", "phone", "whatsapp", "locale"]) {
            var billing = contact(.billing, in: customer)
            if present.contains("email") { billing.email = email }
            if present.contains("phone") { billing.phone = phone }
            if present.contains("whatsapp") { billing.whatsApp = whatsApp }
            if present.contains("locale") { billing.locale = locale }
            replace(billing, in: &customer)
        }
        if present.contains("escalation_email") {
            if let escalationEmail {
                var escalation = contact(.escalation, in: customer)
                escalation.email = escalationEmail
                if escalation.locale == nil { escalation.locale = locale }
                replace(escalation, in: &customer)
            } else {
                customer.contacts.removeAll { $0.role == .escalation }
            }
        }
        customer.customFields.merge(customFields) { _, new in new }
        return customer
    }

    private func contact(_ role: ContactRole, in customer: Customer) -> Contact {
        customer.contacts.first { $0.role == role } ?? Contact(name: name, role: role)
    }

    private func replace(_ contact: Contact, in customer: inout Customer) {
        if let index = customer.contacts.firstIndex(where: { $0.role == contact.role }) {
            customer.contacts[index] = contact
        } else {
            customer.contacts.append(contact)
        }
    }
}

/// An invoice row and its balance, if the file has a balance column.
struct ImportedInvoice: Sendable {
    var invoice: Invoice
    var balance: Money?

    /// The stored invoice updated with this row, or a new one; see ``PortfolioImport`` for the balance rules.
    func merged(into stored: Invoice?) -> Invoice {
        var merged = ledger(from: stored)
        if let balance { Self.settle(&merged, balance: balance) }
        return merged
    }

    /// The invoice as Cobranza's own ledger has it, ignoring the file's balance: the stored balance (moved by
    /// any change of amount), or the whole amount for a new invoice. Payments of the import apply to this.
    func ledger(from stored: Invoice?) -> Invoice {
        var merged = invoice
        merged.balance = merged.amount
        if let stored {
            merged.status = stored.status
            merged.customFields = stored.customFields.merging(invoice.customFields) { _, new in new }
            let moved = stored.balance.minorUnits + (invoice.amount.minorUnits - stored.amount.minorUnits)
            merged.balance = Money(minorUnits: max(0, moved), currency: invoice.currency)
        }
        return merged
    }

    /// Sets a balance the ERP states, closing the invoice as paid at zero and reopening a paid one.
    static func settle(_ invoice: inout Invoice, balance: Money) {
        invoice.balance = balance
        guard invoice.kind.isReceivable else { return }
        if balance.isZero, !invoice.status.isClosed { invoice.status = .paid }
        if balance.isPositive, invoice.status == .paid { invoice.status = .normal }
    }
}

/// The records of a set of import files, read row by row with every problem located.
struct ImportedRecords: Sendable {
    var collectors: [(row: ImportRow, record: Collector)] = []
    var customers: [(row: ImportRow, record: ImportedCustomer)] = []
    var invoices: [(row: ImportRow, record: ImportedInvoice)] = []
    var payments: [(row: ImportRow, record: Payment)] = []
    var problems: [ImportProblem] = []

    /// The order problems are listed in: collectors, customers, invoices, payments; then by row.
    static func fileOrder(_ lhs: ImportProblem, _ rhs: ImportProblem) -> Bool {
        (lhs.file, lhs.row ?? 0, lhs.column ?? 0) < (rhs.file, rhs.row ?? 0, rhs.column ?? 0)
    }

    /// Reads every row of the files.
    init(_ files: PortfolioFiles) {
        for layout in files.layouts {
            for name in layout.required where layout.table.column(name) == nil {
                problems.append(
                    ImportProblem(file: layout.table.file, row: 1, field: name, reason: "the header lacks this column"))
            }
        }
        guard problems.isEmpty else { return }
        if let table = files.collectors { read(table, into: \.collectors, Self.collector) }
        if let table = files.customers { read(table, into: \.customers, Self.customer) }
        if let table = files.invoices { read(table, into: \.invoices, Self.invoice) }
        if let table = files.payments { read(table, into: \.payments, Self.payment) }
    }

    /// The customers named anywhere in the files.
    var customerIDs: Set<CustomerID> {
        Set(customers.map(\.record.id)).union(invoices.map(\.record.invoice.customerID))
            .union(payments.map(\.record.customerID))
    }

    /// The invoices named anywhere in the files.
    var invoiceIDs: Set<InvoiceID> {
        Set(invoices.map(\.record.invoice.id)).union(payments.flatMap(\.record.targetInvoiceIDs))
    }

    private mutating func read<Record>(
        _ table: CSVTable, into keyPath: WritableKeyPath<ImportedRecords, [(row: ImportRow, record: Record)]>,
        _ parse: (inout ImportRowReader) -> (id: String, record: Record)?
    ) {
        var firstRowOfID: [String: Int] = [:]
        for row in table.rows {
            var reader = ImportRowReader(table, row)
            let parsed = parse(&reader)
            problems += reader.problems
            guard let parsed, reader.problems.isEmpty else { continue }
            if let first = firstRowOfID[parsed.id] {
                problems.append(
                    ImportRow(file: table.file, number: row.number, header: table.header)
                        .problem("id", "'\(parsed.id)' repeats the id of row \(first)"))
                continue
            }
            firstRowOfID[parsed.id] = row.number
            let location = ImportRow(file: table.file, number: row.number, header: table.header)
            self[keyPath: keyPath].append((location, parsed.record))
        }
    }
}
