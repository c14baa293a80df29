/// The built-in ``StatementComposer``: a short, cordial plain-text email in Spanish or English listing the
/// invoices with their due dates, days late and balances, the totals per currency, and the collector's
/// signature. Amounts are written with ``MoneyFormat`` for the locale.
///
/// Locales whose language is English (`en`, `en-US`, `en-GB` …) get English; every other locale gets
/// Spanish. Spanish dates are written `dd/MM/yyyy`, English ones `yyyy-MM-dd`.
///
/// ```swift
/// let message = try PlainStatementComposer().composeStatement(request)
/// print(message.subject ?? "")   // "Facturas pendientes de pago - Ferretería Don Pepe SRL"
/// ```
public struct PlainStatementComposer: StatementComposer {
    /// Creates the composer.
    public init() {}

    /// Composes the statement.
    ///
    /// - Parameter request: The customer, contact, invoices, collector, date and locale.
    /// - Returns: A plain-text email to the contact.
    public func composeStatement(_ request: StatementRequest) -> OutgoingMessage {
        let english = request.locale.lowercased().hasPrefix("en")
        let format = MoneyFormat(localeIdentifier: request.locale)
        var lines: [String] = []
        lines.append(english ? "Dear \(request.contact.name)," : "Estimada/o \(request.contact.name):")
        lines.append("")
        lines.append(
            english
                ? "We tried to reach you by phone without success. These are the open invoices of \(request.customer.name):"
                : "Intentamos comunicarnos por teléfono sin éxito. Le enviamos el detalle de las facturas pendientes "
                    + "de \(request.customer.name):")
        lines.append("")
        var totals: [Currency: Int64] = [:]
        for invoice in request.invoices {
            totals[invoice.currency, default: 0] += invoice.balance.minorUnits
            lines.append("- " + line(for: invoice, asOf: request.asOf, english: english, format: format))
        }
        lines.append("")
        for (currency, total) in totals.sorted(by: { $0.key < $1.key }) {
            let amount = Money(minorUnits: total, currency: currency).formatted(format)
            lines.append(english ? "Total due: \(amount)" : "Total adeudado: \(amount)")
        }
        lines.append("")
        lines.append(
            english
                ? "Please let us know when you plan to pay, or reply if you have already paid."
                : "Le pedimos que nos confirme la fecha de pago, o que nos responda si ya lo realizó.")
        lines.append("")
        lines.append(english ? "Kind regards," : "Saludos cordiales,")
        if let collector = request.collector {
            lines.append(collector.name)
            if let phone = collector.phone { lines.append(phone) }
        } else {
            lines.append(english ? "The collections team" : "El equipo de cobranzas")
        }
        let subject =
            english
            ? "Open invoices - \(request.customer.name)" : "Facturas pendientes de pago - \(request.customer.name)"
        return OutgoingMessage(
            recipient: .customer(request.customer.id), channel: .email, to: [request.contact.email ?? ""],
            subject: subject, body: lines.joined(separator: "\n"), invoiceIDs: request.invoices.map(\.id),
            purpose: request.purpose, locale: request.locale, collectorID: request.collector?.id)
    }

    private func line(for invoice: Invoice, asOf date: CivilDate, english: Bool, format: MoneyFormat) -> String {
        let balance = invoice.balance.formatted(format)
        let daysLate = invoice.daysLate(asOf: date)
        if english {
            let document = invoice.kind == .installment ? "Installment" : "Invoice"
            let due = invoice.dueDate.formatted(.iso)
            let lateness =
                daysLate > 0 ? "overdue since \(due), \(daysLate) \(daysLate == 1 ? "day" : "days") late" : "due \(due)"
            return "\(document) \(invoice.number), \(lateness): \(balance)"
        }
        let document = invoice.kind == .installment ? "Cuota" : "Factura"
        let due = invoice.dueDate.formatted(.dayMonthYear)
        let lateness =
            daysLate > 0
            ? "vencida el \(due), \(daysLate) \(daysLate == 1 ? "día" : "días") de atraso" : "vence el \(due)"
        return "\(document) \(invoice.number), \(lateness): \(balance)"
    }
}
