/// The values of one message, prepared once from a ``MessageContext`` for the typed renderer
/// (``MessageProgram``): the invoices sorted, the totals summed, the words of the language chosen. Every other
/// value of the tree is read from the context's fields when a template prints it, never stored in a
/// dictionary.
///
/// Each lookup returns the same value, under the same conditions of presence, as the tree
/// ``MessageContext/variables()`` builds; `MessageProgramTests` compares both on a seeded portfolio.
struct MessageSlots {
    /// The context.
    let context: MessageContext
    /// The words of the message's language.
    let words: MessageVocabulary
    /// How the message writes money.
    let money: MoneyFormat
    /// The triggering invoices by due date, then number.
    let listed: [Invoice]
    /// The other overdue invoices by due date, then number.
    let others: [Invoice]
    /// Both, by due date, then number.
    let account: [Invoice]
    /// The balance of `listed` per currency, in order of first appearance.
    let totals: [Money]
    /// The balance of `account` per currency.
    let owed: [Money]
    /// The previous contacts, oldest first.
    let contacts: [PreviousContact]
    /// A WhatsApp body's rendered parameters (`{{1}}` is the first).
    var parameters: [String] = []

    /// Prepares a context's values.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - money: The money format of the message's locale.
    /// - Throws: ``TemplateRenderError/totalOverflow(currency:)`` when a total does not fit, as
    ///   ``MessageContext/variables()`` does.
    init(_ context: MessageContext, money: MoneyFormat) throws(TemplateRenderError) {
        self.context = context
        self.words = MessageVocabulary(language: context.language)
        self.money = money
        listed = MessageSlots.sorted(context.invoices)
        others = MessageSlots.sorted(context.otherOverdueInvoices)
        account = others.isEmpty ? listed : MessageSlots.sorted(listed + others)
        totals = try MessageContext.totals(of: listed)
        owed = others.isEmpty ? totals : try MessageContext.totals(of: account)
        contacts =
            context.previousContacts.count < 2
            ? context.previousContacts : context.previousContacts.sorted { $0.date < $1.date }
    }

    /// Creates the values of a WhatsApp body: only its positional parameters.
    ///
    /// - Parameters:
    ///   - parameters: The rendered parameters.
    ///   - context: The context (for the words of its language).
    ///   - money: The money format of the message's locale.
    init(parameters: [String], context: MessageContext, money: MoneyFormat) {
        self.context = context
        self.words = MessageVocabulary(language: context.language)
        self.money = money
        listed = []
        others = []
        account = []
        totals = []
        owed = []
        contacts = []
        self.parameters = parameters
    }

    private static func sorted(_ invoices: [Invoice]) -> [Invoice] {
        guard invoices.count > 1 else { return invoices }
        return invoices.sorted(by: MessageContext.byDueDate)
    }

    /// The invoices a frame points into.
    func invoices(_ list: MessageFrame.Invoices) -> [Invoice] {
        switch list {
        case .listed: return listed
        case .others: return others
        case .account: return account
        }
    }

    /// How many items a list has.
    func count(of list: MessageFrame.List) -> Int {
        switch list {
        case .invoices(let which): return invoices(which).count
        case .totals: return totals.count
        case .totalsOwed: return owed.count
        case .previousContacts: return contacts.count
        }
    }

    /// The item of a list at a position.
    func item(_ index: Int, of list: MessageFrame.List) -> MessageFrame {
        switch list {
        case .invoices(let which): return .invoice(which, index)
        case .totals: return .total(totals[index])
        case .totalsOwed: return .total(owed[index])
        case .previousContacts: return .previousContact(index)
        }
    }

    /// Whether a section over a frame shows: as ``TemplateValue/isTruthy``.
    func isTruthy(_ frame: MessageFrame) -> Bool {
        switch frame {
        case .text(let text): return !text.isEmpty
        case .joinedTotals(let owed): return !(owed ? self.owed : totals).isEmpty
        case .number(let number): return number != 0
        case .flag(let flag): return flag
        case .money(let money): return !money.isZero
        case .date: return true
        case .list(let list): return count(of: list) > 0
        case .root, .total, .customer, .customerFields, .contact, .billingContact, .collector, .company, .promise,
            .invoice,
            .invoiceFields, .previousContact:
            return true
        }
    }

    /// What printing a frame did.
    enum Printed {
        /// The value was written.
        case printed
        /// The frame cannot be printed that way (``text(of:accessor:formatting:)`` is `nil`).
        case absent
        /// The value is empty text; nothing was written.
        case empty
    }

    /// Writes the printed text of a frame, escaped, at the end of a byte output: the bytes of
    /// ``text(of:accessor:formatting:)`` escaped as ``TemplateEscaping`` escapes values, with
    /// numbers, money and dates written as bytes directly.
    ///
    /// - Parameters:
    ///   - frame: The value.
    ///   - accessor: How it is printed.
    ///   - escaping: How it is escaped.
    ///   - writer: How money and dates are written.
    ///   - output: The bytes being rendered.
    /// - Returns: Whether it was written, cannot be printed, or is empty.
    func print(
        _ frame: MessageFrame, accessor: TemplateReference.Accessor, escaping: TemplateEscaping,
        writer: inout MessageValueWriter, into output: inout [UInt8]
    ) -> Printed {
        let start = output.count
        switch (frame, accessor) {
        case (.text(let text), .value):
            guard !text.isEmpty else { return .empty }
            escaping.append(text, to: &output)
            return .printed
        case (.joinedTotals(let owed), .value):
            let amounts = owed ? self.owed : totals
            guard !amounts.isEmpty else { return .empty }
            for (index, amount) in amounts.enumerated() {
                if index > 0 {
                    let separator = index < amounts.count - 1 ? ", " : words.lastSeparator(count: amounts.count)
                    output.append(contentsOf: separator.utf8)
                }
                writer.append(amount, to: &output)
            }
        case (.number(let number), .value):
            // Digits and a minus sign: no escaping changes them.
            MessageValueWriter.appendNumber(number, to: &output)
            return .printed
        case (.money(let money), .value):
            writer.append(money, to: &output)
        case (.money(let money), .amount):
            writer.appendAmount(money, to: &output)
        case (.money(let money), .currency):
            escaping.append(money.currency.code, to: &output)
            return .printed
        case (.date(let date), .value), (.date(let date), .shortDate):
            writer.append(date, style: .short, to: &output)
        case (.date(let date), .longDate):
            writer.append(date, style: .long, to: &output)
        case (.date(let date), .isoDate):
            escaping.append(date.formatted(.iso), to: &output)
            return .printed
        default:
            return .absent
        }
        // Money and dates are never empty; their separators and names may still need escaping.
        escaping.escapeTail(of: &output, from: start)
        return .printed
    }

    /// `total` or `total_owed` as text: the amounts per currency in prose.
    private func joinedTotals(owed: Bool) -> String {
        words.join((owed ? self.owed : totals).map { $0.formatted(money) })
    }

    /// The printed text of a frame, or `nil` when it cannot be printed that way (as `Template`'s own rule).
    func text(of frame: MessageFrame, accessor: TemplateReference.Accessor, formatting: TemplateFormatting) -> String? {
        switch (frame, accessor) {
        case (.text(let text), .value): return text
        case (.joinedTotals(let owed), .value): return joinedTotals(owed: owed)
        case (.number(let number), .value): return String(number)
        case (.money(let money), .value): return money.formatted(formatting.money)
        case (.money(let money), .amount): return money.formattedAmount(formatting.money)
        case (.money(let money), .currency): return money.currency.code
        case (.date(let date), .value), (.date(let date), .shortDate):
            return date.formatted(formatting.dates, style: .short)
        case (.date(let date), .longDate): return date.formatted(formatting.dates, style: .long)
        case (.date(let date), .isoDate): return date.formatted(.iso)
        default: return nil
        }
    }

    /// The value at a key below a frame, or `nil` when the tree has no value there.
    func child(of frame: MessageFrame, _ key: MessageKey) -> MessageFrame? {
        switch frame {
        case .root:
            switch key {
            case .field(let field): return rootChild(field)
            case .position(let index): return parameters.indices.contains(index) ? .text(parameters[index]) : nil
            case .custom: return nil
            }
        case .customerFields:
            guard case .custom(let name) = key else { return nil }
            return MessageSlots.custom(context.customer.customFields, name)
        case .invoiceFields(let list, let index):
            guard case .custom(let name) = key else { return nil }
            return MessageSlots.custom(invoices(list)[index].customFields, name)
        default:
            guard case .field(let field) = key else { return nil }
            return fieldChild(of: frame, field)
        }
    }

    private static func custom(_ fields: [String: String], _ name: String) -> MessageFrame? {
        guard let value = fields[name], !value.isEmpty else { return nil }
        return .text(value)
    }

    private static func nonEmpty(_ text: String?) -> MessageFrame? {
        guard let text, !text.isEmpty else { return nil }
        return .text(text)
    }

    private func fieldChild(of frame: MessageFrame, _ field: MessageField) -> MessageFrame? {
        switch frame {
        case .customer: return customerChild(field)
        case .contact: return contactChild(field)
        case .billingContact(let name): return field == .name ? .text(name) : nil
        case .collector: return collectorChild(field)
        case .company: return companyChild(field)
        case .promise(let promise):
            switch field {
            case .date: return .date(promise.date)
            case .amount: return promise.amount.map(MessageFrame.money)
            default: return nil
            }
        case .invoice(let list, let index): return invoiceChild(list, index, field)
        case .total(let total):
            switch field {
            case .amount: return .money(total)
            case .currency: return .text(total.currency.code)
            default: return nil
            }
        case .previousContact(let index): return contactEntryChild(contacts[index], field)
        case .root, .customerFields, .invoiceFields, .list, .text, .joinedTotals, .number, .flag, .money, .date:
            return nil
        }
    }

    private func rootChild(_ field: MessageField) -> MessageFrame? {
        switch field {
        case .today: return .date(context.today)
        case .locale: return .text(context.locale)
        case .language: return .text(context.language)
        case .customer: return .customer
        case .contact: return .contact
        case .invoices: return .list(.invoices(.listed))
        case .invoiceCount: return .number(listed.count)
        case .invoiceNumbers: return .text(words.join(listed.map(\.number)))
        case .singleInvoice: return .flag(listed.count == 1)
        case .otherInvoices: return .list(.invoices(.others))
        case .hasOtherInvoices: return .flag(!others.isEmpty)
        case .accountInvoices: return .list(.invoices(.account))
        case .accountInvoiceNumbers: return .text(words.join(account.map(\.number)))
        case .total: return .joinedTotals(owed: false)
        case .totals: return .list(.totals)
        case .totalOwed: return .joinedTotals(owed: true)
        case .totalsOwed: return .list(.totalsOwed)
        case .maxDaysLate: return .number(maxDaysLate)
        case .maxDaysLateText: return .text(words.days(maxDaysLate))
        case .collector: return .collector
        case .company: return .company
        case .previousContacts: return .list(.previousContacts)
        case .hasPreviousContacts: return .flag(!contacts.isEmpty)
        case .previousContactCount: return .number(contacts.count)
        case .lastContact: return contacts.isEmpty ? nil : .previousContact(contacts.count - 1)
        case .promise: return context.promise.map(MessageFrame.promise)
        case .deadline: return context.deadline.map(MessageFrame.date)
        case .action: return MessageSlots.nonEmpty(context.action)
        case .billingContact:
            guard context.contact.role != .billing, let billing = context.customer.contact(withRole: .billing),
                billing.name != context.contact.name
            else { return nil }
            return .billingContact(name: billing.name)
        default: return nil
        }
    }

    private var maxDaysLate: Int {
        var result = 0
        for invoice in account { result = Swift.max(result, invoice.daysLate(asOf: context.today)) }
        return result
    }

    private func customerChild(_ field: MessageField) -> MessageFrame? {
        switch field {
        case .name: return .text(context.customer.name)
        case .fields: return .customerFields
        case .taxID: return MessageSlots.nonEmpty(context.customer.taxID)
        case .postalAddress: return MessageSlots.nonEmpty(context.customer.postalAddress)
        default: return nil
        }
    }

    private func contactChild(_ field: MessageField) -> MessageFrame? {
        switch field {
        case .name: return .text(context.contact.name.isEmpty ? context.customer.name : context.contact.name)
        case .email: return MessageSlots.nonEmpty(context.contact.email)
        case .phone: return MessageSlots.nonEmpty(context.contact.phone)
        default: return nil
        }
    }

    private func collectorChild(_ field: MessageField) -> MessageFrame? {
        switch field {
        case .name:
            let name = context.collector?.name ?? ""
            return .text(name.isEmpty ? context.company.collectionsTeam ?? words.collectionsTeam : name)
        case .phone: return .text(context.collector?.phone.flatMap { $0.isEmpty ? nil : $0 } ?? context.company.phone)
        case .email: return MessageSlots.nonEmpty(context.collector?.email ?? context.company.email)
        default: return nil
        }
    }

    private func companyChild(_ field: MessageField) -> MessageFrame? {
        switch field {
        case .name: return .text(context.company.name)
        case .phone: return .text(context.company.phone)
        case .paymentInstructions: return .text(context.company.paymentInstructions(forLocale: context.locale))
        case .email: return MessageSlots.nonEmpty(context.company.email)
        case .website: return MessageSlots.nonEmpty(context.company.website)
        case .postalAddress: return MessageSlots.nonEmpty(context.company.postalAddress)
        case .city: return MessageSlots.nonEmpty(context.company.city)
        default: return nil
        }
    }

    private func invoiceChild(_ list: MessageFrame.Invoices, _ index: Int, _ field: MessageField) -> MessageFrame? {
        let today = context.today
        switch list {
        case .listed: return MessageSlots.invoiceChild(listed[index], list, index, field, today: today, words: words)
        case .others: return MessageSlots.invoiceChild(others[index], list, index, field, today: today, words: words)
        case .account: return MessageSlots.invoiceChild(account[index], list, index, field, today: today, words: words)
        }
    }

    private static func invoiceChild(
        _ invoice: Invoice, _ list: MessageFrame.Invoices, _ index: Int, _ field: MessageField,
        today: CivilDate, words: MessageVocabulary
    ) -> MessageFrame? {
        switch field {
        case .document: return .text(words.document(invoice.kind))
        case .number: return .text(invoice.number)
        case .issueDate: return .date(invoice.issueDate)
        case .dueDate: return .date(invoice.dueDate)
        case .amount: return .money(invoice.amount)
        case .balance: return .money(invoice.balance)
        case .daysLate: return .number(invoice.daysLate(asOf: today))
        case .daysLateText: return .text(words.days(invoice.daysLate(asOf: today)))
        case .daysUntilDue: return .number(Swift.max(0, today.days(to: invoice.dueDate)))
        case .daysUntilDueText: return .text(words.days(Swift.max(0, today.days(to: invoice.dueDate))))
        case .isOverdue: return .flag(today > invoice.dueDate)
        case .isPartiallyPaid: return .flag(invoice.balance.minorUnits < invoice.amount.minorUnits)
        case .fields: return .invoiceFields(list, index)
        default: return nil
        }
    }

    private func contactEntryChild(_ entry: PreviousContact, _ field: MessageField) -> MessageFrame? {
        switch field {
        case .date: return .date(entry.date)
        case .channel: return .text(words.channel(entry.channel))
        case .channelPhrase: return .text(words.channelPhrase(entry.channel))
        case .summary: return MessageSlots.nonEmpty(entry.summary)
        default: return nil
        }
    }
}
