extension ImportedRecords {
    /// The columns each file knows; any other column becomes a custom field.
    static let customerColumns: Set<String> = [
        "id", "name", "tax_id", "collector_id", "email", "phone", "whatsapp", "locale", "vip", "credit_limit",
        "currency", "customer_since", "escalation_email",
    ]
    static let invoiceColumns: Set<String> = [
        "id", "customer_id", "number", "issue_date", "due_date", "amount", "currency", "balance",
    ]

    static func collector(_ reader: inout ImportRowReader) -> (id: String, record: Collector)? {
        let id = reader.required("id")
        let name = reader.required("name")
        guard let id, let name else { return nil }
        let collector = Collector(
            id: CollectorID(id), name: name, email: reader.text("email"), phone: reader.text("phone"))
        return (id, collector)
    }

    static func customer(_ reader: inout ImportRowReader) -> (id: String, record: ImportedCustomer)? {
        let id = reader.required("id")
        let name = reader.required("name")
        let limitText = reader.text("credit_limit")
        let currency = reader.currency("currency", required: limitText != nil)
        let creditLimit = reader.money("credit_limit", currency: currency, required: false)
        let since = reader.date("customer_since", required: false)
        let isVIP = reader.flag("vip")
        guard let id, let name else { return nil }
        let present = Set(reader.table.header)
        let customer = ImportedCustomer(
            id: CustomerID(id), name: name, present: present, taxID: reader.text("tax_id"),
            collectorID: reader.text("collector_id").map { CollectorID($0) }, email: reader.text("email"),
            phone: reader.text("phone"), whatsApp: reader.text("whatsapp"), locale: reader.text("locale"),
            isVIP: isVIP, creditLimit: creditLimit, customerSince: since,
            escalationEmail: reader.text("escalation_email"),
            customFields: reader.customFields(known: customerColumns))
        return (id, customer)
    }

    static func invoice(_ reader: inout ImportRowReader) -> (id: String, record: ImportedInvoice)? {
        let id = reader.required("id")
        let customerID = reader.required("customer_id")
        let number = reader.required("number")
        let issued = reader.date("issue_date", required: true)
        let due = reader.date("due_date", required: true)
        let currency = reader.currency("currency", required: true)
        let signedAmount = reader.money("amount", currency: currency, required: true)
        let signedBalance = reader.money("balance", currency: currency, required: false)
        if let issued, let due, due < issued {
            reader.problem("due_date", "\(due) is before the issue date \(issued)")
        }
        guard let id, let customerID, let number, let issued, let due, let signedAmount else { return nil }
        if signedAmount.isZero { reader.problem("amount", "is zero") }
        let kind: InvoiceKind = signedAmount.isNegative ? .creditNote : .invoice
        let amount = Money(minorUnits: signedAmount.minorUnits.magnitude.clamped, currency: signedAmount.currency)
        let balance = signedBalance.map { Money(minorUnits: $0.minorUnits.magnitude.clamped, currency: $0.currency) }
        if let balance, balance.minorUnits > amount.minorUnits {
            reader.problem("balance", "is larger than the amount")
        }
        let invoice = Invoice(
            id: InvoiceID(id), number: number, customerID: CustomerID(customerID), kind: kind, issueDate: issued,
            dueDate: due, amount: amount, balance: balance ?? amount,
            customFields: reader.customFields(known: invoiceColumns))
        return (id, ImportedInvoice(invoice: invoice, balance: balance))
    }

    static func payment(_ reader: inout ImportRowReader) -> (id: String, record: Payment)? {
        let id = reader.required("id")
        let customerID = reader.required("customer_id")
        let date = reader.date("date", required: true)
        let currency = reader.currency("currency", required: true)
        let amount = reader.money("amount", currency: currency, required: true)
        guard let id, let customerID, let date, let amount else { return nil }
        if !amount.isPositive { reader.problem("amount", "must be more than zero") }
        let payment = Payment(
            id: PaymentID(id), customerID: CustomerID(customerID), date: date, amount: amount,
            targetInvoiceIDs: reader.text("invoice_id").map { [InvoiceID($0)] } ?? [])
        return (id, payment)
    }
}

extension UInt64 {
    /// The value as an `Int64`, saturating at its maximum (a magnitude of `Int64.min` only).
    fileprivate var clamped: Int64 { self > UInt64(Int64.max) ? Int64.max : Int64(self) }
}
