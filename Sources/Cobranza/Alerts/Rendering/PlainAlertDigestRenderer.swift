/// Writes digests as plain-text emails in Spanish or English, chosen by the digest's locale; amounts use the
/// locale's ``MoneyFormat``, dates `dd/MM/yyyy` in Spanish and ISO `yyyy-MM-dd` in English.
///
/// ```text
/// Subject: Promesas de pago incumplidas · 04/03/2024 · 1 cliente
///
/// Hola Ana:
///
/// Estos clientes no cumplieron su promesa de pago desde el último resumen. …
///
/// 1. Ferretería Don Pepe SRL (C-001) — $ 1.500,00
///    Prometió pagar el 01/03/2024 y no cumplió.
///    - Factura A-0001-00001234: vence 01/02/2024, saldo $ 1.500,00, 32 días de atraso
///
/// Total: $ 1.500,00
/// ```
public struct PlainAlertDigestRenderer: AlertDigestRenderer {
    /// Creates the renderer.
    public init() {}

    /// Renders a digest as a plain-text email.
    ///
    /// - Parameter digest: The digest.
    /// - Returns: The subject and the plain-text body.
    public func render(_ digest: AlertDigest) -> RenderedAlertDigest {
        let words = Words(locale: digest.locale)
        let subject = [digest.wording.title, words.period(digest.period), words.count(digest.items.count)]
            .joined(separator: " · ")
        // One string written line by line (a digest can list thousands of invoices), sized once.
        let invoiceCount = digest.items.reduce(0) { $0 + $1.invoices.count }
        var body = ""
        body.reserveCapacity(
            512 + digest.wording.introduction.utf8.count + 160 * digest.items.count + 96 * invoiceCount)
        func line(_ text: String) {
            body += text
            body += "\n"
        }
        line(words.greeting(digest.addressee.name))
        line("")
        if !digest.wording.introduction.isEmpty {
            line(digest.wording.introduction)
            line("")
        }
        for (index, item) in digest.items.enumerated() {
            line("\(index + 1). \(item.customerName) (\(item.customerID)) — \(words.amounts(item.totals))")
            line("   " + words.reason(item.reason))
            for invoice in item.invoices {
                body += "   - "
                words.appendLine(invoice, to: &body)
                body += "\n"
            }
            line("")
        }
        line(words.total(digest.totals))
        line("")
        line("— Cobranza · \(digest.rule) · \(digest.period.id)")
        return RenderedAlertDigest(subject: subject, body: body)
    }
}

/// The phrases of one language.
private struct Words {
    let language: AlertLanguage
    let money: MoneyFormat

    init(locale: String) {
        language = AlertLanguage(locale: locale)
        money = MoneyFormat(localeIdentifier: locale)
    }

    var spanish: Bool { language == .spanish }

    func date(_ date: CivilDate) -> String { date.formatted(spanish ? .dayMonthYear : .iso) }

    func amounts(_ totals: [Money]) -> String {
        totals.map { $0.formatted(money) }.joined(separator: " + ")
    }

    func days(_ count: Int) -> String {
        spanish ? (count == 1 ? "1 día" : "\(count) días") : (count == 1 ? "1 day" : "\(count) days")
    }

    func period(_ period: AlertPeriod) -> String {
        guard period.firstDay != period.lastDay else { return date(period.firstDay) }
        let range =
            spanish
            ? "\(date(period.firstDay)) al \(date(period.lastDay))"
            : "\(date(period.firstDay)) to \(date(period.lastDay))"
        return (spanish ? "semana " : "week ") + "\(period.id) (\(range))"
    }

    func count(_ items: Int) -> String {
        spanish ? (items == 1 ? "1 cliente" : "\(items) clientes") : (items == 1 ? "1 customer" : "\(items) customers")
    }

    func greeting(_ name: String) -> String { spanish ? "Hola \(name):" : "Hello \(name)," }

    func total(_ totals: [Money]) -> String { (spanish ? "Total: " : "Total: ") + amounts(totals) }

    /// Writes an invoice's line (`Factura …: vence …, saldo …, 3 días de atraso`) at the end of `text`, piece by
    /// piece.
    func appendLine(_ invoice: AlertInvoiceLine, to text: inout String) {
        text += spanish ? "Factura " : "Invoice "
        text += invoice.number
        text += spanish ? ": vence " : ": due "
        text += date(invoice.dueDate)
        text += spanish ? ", saldo " : ", balance "
        text += invoice.balance.formatted(money)
        text += ", "
        if invoice.daysLate == 0 {
            text += spanish ? "sin atraso" : "not late"
        } else {
            text += days(invoice.daysLate)
            text += spanish ? " de atraso" : " late"
        }
    }

    func reason(_ reason: AlertReason) -> String {
        switch reason {
        case .actionRequired(let dueOn, let task):
            let note = task.isEmpty ? "" : ": \(task)"
            return spanish
                ? "Acción pendiente desde el \(date(dueOn))\(note)." : "Action due since \(date(dueOn))\(note)."
        case .promiseBroken(let promisedOn, let amount):
            let part = amount.map { spanish ? " \($0.formatted(money))" : " \($0.formatted(money))" } ?? ""
            guard let promisedOn else {
                return spanish ? "Promesa de pago\(part) incumplida." : "Payment promise\(part) broken."
            }
            return spanish
                ? "Prometió pagar\(part) el \(date(promisedOn)) y no cumplió."
                : "Promised to pay\(part) on \(date(promisedOn)) and did not."
        case .paymentNotCredited(let reportedOn, let count):
            return spanish
                ? "Informó el pago el \(date(reportedOn)), hace \(days(count)); sigue sin acreditarse."
                : "Reported paying on \(date(reportedOn)), \(days(count)) ago; still not credited."
        case .disputeOpen(_, let department, let openedOn, let age, let text, let isClarification):
            let kind =
                spanish ? (isClarification ? "Aclaración" : "Disputa") : (isClarification ? "Clarification" : "Dispute")
            let note = text.isEmpty ? "" : ": \(text)"
            return spanish
                ? "\(kind) con \(department) desde el \(date(openedOn)) (hace \(days(age)))\(note)."
                : "\(kind) with \(department) since \(date(openedOn)) (\(days(age)) old)\(note)."
        case .overdueThreshold(let threshold, let crossedOn, let tier):
            let tierText = tier.map { spanish ? " (nivel de riesgo \($0))" : " (risk tier \($0))" } ?? ""
            return spanish
                ? "Superó los \(days(threshold)) de mora el \(date(crossedOn))\(tierText)."
                : "Passed \(days(threshold)) late on \(date(crossedOn))\(tierText)."
        case .refusedToPay(let on, let comment):
            let note = comment.map { ": \($0)" } ?? ""
            return spanish
                ? "Negativa de pago registrada el \(date(on))\(note)." : "Refused to pay on \(date(on))\(note)."
        case .custom(let text):
            return text
        }
    }
}
