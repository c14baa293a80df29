extension MessageContext {
    /// The variable tree of ``TemplateSchema/message``, which templates render from.
    ///
    /// Invoices are listed by due date, then number; previous contacts oldest first. Totals are per
    /// currency, in order of first appearance. Labels (`document`, `channel`, `days_late_text`) are in the
    /// message's ``language``. Without a collector, the company's ``CompanyProfile/collectionsTeam``
    /// (or "Cobranzas" / "Collections") signs; the collector's phone and email fall back to the company's.
    ///
    /// - Returns: The root object.
    /// - Throws: ``TemplateRenderError/totalOverflow(currency:)`` when a total does not fit.
    public func variables() throws(TemplateRenderError) -> TemplateValue {
        try variables(keeping: nil, money: formatting.money)
    }

    /// The variable tree, with only the root keys a template reads.
    ///
    /// A template never reads a root key it does not name, so leaving the others out renders the same text;
    /// the totals are still computed, so an overflowing total fails as with ``variables()``.
    ///
    /// - Parameters:
    ///   - keys: The root keys to build; `nil` builds every one.
    ///   - money: The money format of the message's locale.
    /// - Returns: The root object.
    /// - Throws: ``TemplateRenderError/totalOverflow(currency:)`` when a total does not fit.
    func variables(keeping keys: Set<String>?, money: MoneyFormat) throws(TemplateRenderError) -> TemplateValue {
        func needs(_ key: String) -> Bool { keys?.contains(key) ?? true }
        let words = MessageVocabulary(language: language)
        let listed = invoices.sorted(by: MessageContext.byDueDate)
        let others = otherOverdueInvoices.sorted(by: MessageContext.byDueDate)
        let account = (listed + others).sorted(by: MessageContext.byDueDate)
        let totals = try MessageContext.totals(of: listed)
        let owed = try MessageContext.totals(of: account)
        let contacts = previousContacts.sorted { $0.date < $1.date }

        var root: [String: TemplateValue] = [:]
        root.reserveCapacity(keys?.count ?? 32)
        if needs("today") { root["today"] = .date(today) }
        if needs("locale") { root["locale"] = .text(locale) }
        if needs("language") { root["language"] = .text(language) }
        if needs("customer") { root["customer"] = customerValue() }
        if needs("contact") { root["contact"] = contactValue() }
        // Each invoice's object is built once, even when it is listed both alone and in the account.
        let listsAccount = needs("account_invoices")
        let listedValues =
            needs("invoices") || listsAccount ? listed.map { invoiceValue($0, words: words) } : []
        let otherValues =
            needs("other_invoices") || listsAccount ? others.map { invoiceValue($0, words: words) } : []
        if needs("invoices") { root["invoices"] = .list(listedValues) }
        if needs("invoice_count") { root["invoice_count"] = .number(listed.count) }
        if needs("invoice_numbers") { root["invoice_numbers"] = .text(words.join(listed.map(\.number))) }
        if needs("single_invoice") { root["single_invoice"] = .flag(listed.count == 1) }
        if needs("other_invoices") { root["other_invoices"] = .list(otherValues) }
        if needs("has_other_invoices") { root["has_other_invoices"] = .flag(!others.isEmpty) }
        if listsAccount {
            // The same stable sort as `account`, over the invoices paired with their objects.
            let paired = (Array(zip(listed, listedValues)) + Array(zip(others, otherValues))).sorted {
                MessageContext.byDueDate($0.0, $1.0)
            }
            root["account_invoices"] = .list(paired.map { $0.1 })
        }
        if needs("account_invoice_numbers") {
            root["account_invoice_numbers"] = .text(words.join(account.map(\.number)))
        }
        if needs("total") { root["total"] = .text(words.join(totals.map { $0.formatted(money) })) }
        if needs("totals") { root["totals"] = .list(totals.map(MessageContext.totalValue)) }
        if needs("total_owed") { root["total_owed"] = .text(words.join(owed.map { $0.formatted(money) })) }
        if needs("totals_owed") { root["totals_owed"] = .list(owed.map(MessageContext.totalValue)) }
        if needs("max_days_late") || needs("max_days_late_text") {
            var maxDaysLate = 0
            for invoice in listed { maxDaysLate = Swift.max(maxDaysLate, invoice.daysLate(asOf: today)) }
            for invoice in others { maxDaysLate = Swift.max(maxDaysLate, invoice.daysLate(asOf: today)) }
            if needs("max_days_late") { root["max_days_late"] = .number(maxDaysLate) }
            if needs("max_days_late_text") { root["max_days_late_text"] = .text(words.days(maxDaysLate)) }
        }
        if needs("collector") { root["collector"] = collectorValue(words: words) }
        if needs("company") { root["company"] = companyValue() }
        if needs("previous_contacts") {
            root["previous_contacts"] = .list(contacts.map { contactEntryValue($0, words: words) })
        }
        if needs("has_previous_contacts") { root["has_previous_contacts"] = .flag(!contacts.isEmpty) }
        if needs("previous_contact_count") { root["previous_contact_count"] = .number(contacts.count) }
        if needs("last_contact"), let last = contacts.last {
            root["last_contact"] = contactEntryValue(last, words: words)
        }
        if needs("promise"), let promise {
            var fields: [String: TemplateValue] = ["date": .date(promise.date)]
            if let amount = promise.amount { fields["amount"] = .money(amount) }
            root["promise"] = .object(fields)
        }
        if needs("deadline"), let deadline { root["deadline"] = .date(deadline) }
        if needs("action"), let action, !action.isEmpty { root["action"] = .text(action) }
        if needs("billing_contact"), contact.role != .billing, let billing = customer.contact(withRole: .billing),
            billing.name != contact.name
        {
            root["billing_contact"] = .object(["name": .text(billing.name)])
        }
        return .object(root)
    }

    /// The order invoices are listed in a message: by due date, then number.
    static func byDueDate(_ lhs: Invoice, _ rhs: Invoice) -> Bool {
        lhs.dueDate != rhs.dueDate ? lhs.dueDate < rhs.dueDate : lhs.number < rhs.number
    }

    /// The sum of balances per currency, in order of first appearance (shared by both rendering paths).
    static func totals(of invoices: [Invoice]) throws(TemplateRenderError) -> [Money] {
        var sums: [Money] = []
        for invoice in invoices {
            if let index = sums.firstIndex(where: { $0.currency == invoice.currency }) {
                do {
                    sums[index] = try sums[index].adding(invoice.balance)
                } catch {
                    throw .totalOverflow(currency: invoice.currency.code)
                }
            } else {
                sums.append(invoice.balance)
            }
        }
        return sums
    }

    private static func totalValue(_ total: Money) -> TemplateValue {
        .object(["amount": .money(total), "currency": .text(total.currency.code)])
    }

    private func customerValue() -> TemplateValue {
        var fields: [String: TemplateValue] = [
            "name": .text(customer.name),
            "fields": .object(customer.customFields.filter { !$0.value.isEmpty }.mapValues(TemplateValue.text)),
        ]
        if let taxID = customer.taxID, !taxID.isEmpty { fields["tax_id"] = .text(taxID) }
        if let address = customer.postalAddress, !address.isEmpty { fields["postal_address"] = .text(address) }
        return .object(fields)
    }

    private func contactValue() -> TemplateValue {
        var fields: [String: TemplateValue] = ["name": .text(contact.name.isEmpty ? customer.name : contact.name)]
        if let email = contact.email, !email.isEmpty { fields["email"] = .text(email) }
        if let phone = contact.phone, !phone.isEmpty { fields["phone"] = .text(phone) }
        return .object(fields)
    }

    private func invoiceValue(_ invoice: Invoice, words: MessageVocabulary) -> TemplateValue {
        let daysLate = invoice.daysLate(asOf: today)
        let daysUntilDue = Swift.max(0, today.days(to: invoice.dueDate))
        return .object([
            "document": .text(words.document(invoice.kind)),
            "number": .text(invoice.number),
            "issue_date": .date(invoice.issueDate),
            "due_date": .date(invoice.dueDate),
            "amount": .money(invoice.amount),
            "balance": .money(invoice.balance),
            "days_late": .number(daysLate),
            "days_late_text": .text(words.days(daysLate)),
            "days_until_due": .number(daysUntilDue),
            "days_until_due_text": .text(words.days(daysUntilDue)),
            "is_overdue": .flag(today > invoice.dueDate),
            "is_partially_paid": .flag(invoice.balance.minorUnits < invoice.amount.minorUnits),
            "fields": .object(invoice.customFields.filter { !$0.value.isEmpty }.mapValues(TemplateValue.text)),
        ])
    }

    private func collectorValue(words: MessageVocabulary) -> TemplateValue {
        let name = collector?.name ?? ""
        let phone = collector?.phone.flatMap { $0.isEmpty ? nil : $0 } ?? company.phone
        var fields: [String: TemplateValue] = [
            "name": .text(
                name.isEmpty ? company.collectionsTeam ?? words.collectionsTeam : name),
            "phone": .text(phone),
        ]
        if let email = collector?.email ?? company.email, !email.isEmpty { fields["email"] = .text(email) }
        return .object(fields)
    }

    private func companyValue() -> TemplateValue {
        var fields: [String: TemplateValue] = [
            "name": .text(company.name),
            "phone": .text(company.phone),
            "payment_instructions": .text(company.paymentInstructions(forLocale: locale)),
        ]
        let optional: [(String, String?)] = [
            ("email", company.email), ("website", company.website), ("postal_address", company.postalAddress),
            ("city", company.city),
        ]
        for (key, value) in optional {
            if let value, !value.isEmpty { fields[key] = .text(value) }
        }
        return .object(fields)
    }

    private func contactEntryValue(_ entry: PreviousContact, words: MessageVocabulary) -> TemplateValue {
        var fields: [String: TemplateValue] = [
            "date": .date(entry.date),
            "channel": .text(words.channel(entry.channel)),
            "channel_phrase": .text(words.channelPhrase(entry.channel)),
        ]
        if let summary = entry.summary, !summary.isEmpty { fields["summary"] = .text(summary) }
        return .object(fields)
    }
}
