/// The few words the variable tree spells out itself, in Spanish or English.
struct MessageVocabulary {
    /// Whether the words are Spanish (else English).
    let isSpanish: Bool

    init(language: String) {
        isSpanish = language == "es"
    }

    /// The signature when no collector is assigned.
    var collectionsTeam: String { isSpanish ? "Cobranzas" : "Collections" }

    /// `"1 día"`, `"7 días"`, `"1 day"`, `"7 days"`.
    func days(_ count: Int) -> String {
        if isSpanish { return count == 1 ? "1 día" : "\(count) días" }
        return count == 1 ? "1 day" : "\(count) days"
    }

    /// The document's name, capitalized: `"Factura"`, `"Cuota"`, `"Invoice"`.
    func document(_ kind: InvoiceKind) -> String {
        switch (kind, isSpanish) {
        case (.invoice, true): return "Factura"
        case (.installment, true): return "Cuota"
        case (.debitNote, true): return "Nota de débito"
        case (.creditNote, true): return "Nota de crédito"
        case (.invoice, false): return "Invoice"
        case (.installment, false): return "Installment"
        case (.debitNote, false): return "Debit note"
        case (.creditNote, false): return "Credit note"
        }
    }

    /// The channel's name: `"correo electrónico"`, `"llamada telefónica"`, `"email"`.
    func channel(_ channel: Channel) -> String {
        switch (channel, isSpanish) {
        case (.email, true): return "correo electrónico"
        case (.whatsApp, true): return "WhatsApp"
        case (.sms, true): return "SMS"
        case (.letter, true): return "carta"
        case (.phoneCall, true): return "llamada telefónica"
        case (.visit, true): return "visita"
        case (.email, false): return "email"
        case (.whatsApp, false): return "WhatsApp"
        case (.sms, false): return "text message"
        case (.letter, false): return "letter"
        case (.phoneCall, false): return "phone call"
        case (.visit, false): return "visit"
        }
    }

    /// How a sentence says the channel: `"por correo electrónico"`, `"by phone"`.
    func channelPhrase(_ channel: Channel) -> String {
        switch (channel, isSpanish) {
        case (.email, true): return "por correo electrónico"
        case (.whatsApp, true): return "por WhatsApp"
        case (.sms, true): return "por SMS"
        case (.letter, true): return "por carta"
        case (.phoneCall, true): return "por teléfono"
        case (.visit, true): return "en una visita"
        case (.email, false): return "by email"
        case (.whatsApp, false): return "on WhatsApp"
        case (.sms, false): return "by text message"
        case (.letter, false): return "by letter"
        case (.phoneCall, false): return "by phone"
        case (.visit, false): return "in person"
        }
    }

    /// What goes before the last item of a list of `count` items (two or more) in prose: `" y "`, `" and "`,
    /// or `", and "` after two or more items in English; ``join(_:)`` puts `", "` between the others.
    ///
    /// - Parameter count: The number of items.
    /// - Returns: The separator.
    func lastSeparator(count: Int) -> String {
        if isSpanish { return " y " }
        return count == 2 ? " and " : ", and "
    }

    /// A list in prose: `"a"`, `"a y b"`, `"a, b y c"`; `"a and b"`, `"a, b, and c"`.
    func join(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return items[0] + (isSpanish ? " y " : " and ") + items[1]
        default:
            let head = items.dropLast().joined(separator: ", ")
            return head + (isSpanish ? " y " : ", and ") + (items.last ?? "")
        }
    }
}
