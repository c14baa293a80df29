extension RiskReason {
    /// The reason in words.
    ///
    /// ```swift
    /// RiskReason.paidOnTime(12, of: 14).text(in: .spanish)       // "pagó 12 de 14 facturas a término"
    /// RiskReason.brokenPromises(2, days: 90).text(in: .english)  // "2 broken promises in 90 days"
    /// ```
    ///
    /// - Parameter language: The language.
    /// - Returns: One short sentence fragment, lower case, without a final period.
    public func text(in language: Language) -> String {
        var text = ""
        write(in: language, to: &text)
        return text
    }

    /// Appends the reason in words to a text: what ``text(in:)`` returns, written piece by piece into the
    /// text's own storage (a classification run writes one comment per customer).
    ///
    /// - Parameters:
    ///   - language: The language.
    ///   - text: The text to append to.
    func write(in language: Language, to text: inout String) {
        switch language {
        case .spanish: writeSpanish(to: &text)
        case .english: writeEnglish(to: &text)
        }
    }

    private func writeSpanish(to text: inout String) {
        switch self {
        case .manualOverride(let tier, let classified):
            text += "nivel asignado manualmente: "
            text += tier.name
            text += " (por comportamiento sería "
            text += classified.name
            text += ")"
        case .vip(let tier, let classified):
            text += "cliente VIP: nivel "
            text += tier.name
            text += " (por comportamiento sería "
            text += classified.name
            text += ")"
        case .score(let score, let tier):
            text += "puntaje "
            Self.writeDecimal(score, separator: ",", to: &text)
            text += " de 100: nivel "
            text += tier.name
        case .noHistory(let tier):
            text += "sin historial de pagos: nivel por defecto "
            text += tier.name
        case .insufficientHistory(let assessed, let required, let tier):
            text += "historial insuficiente ("
            text += String(assessed)
            text += " de "
            text += String(required)
            text += " facturas necesarias): nivel por defecto "
            text += tier.name
        case .paidOnTime(let onTime, let total):
            text += "pagó "
            text += String(onTime)
            text += " de "
            Self.writeCount(total, "factura", "facturas", to: &text)
            text += " a término"
        case .averageDaysLate(let days, let invoices):
            text += "promedio de "
            Self.writeCount(days, "día", "días", to: &text)
            text += " de atraso en "
            Self.writeCount(invoices, "factura", "facturas", to: &text)
        case .amountWeightedDaysLate(let days):
            text += "atraso ponderado por monto: "
            Self.writeCount(days, "día", "días", to: &text)
        case .worstDaysLate(let days):
            text += "peor atraso: "
            Self.writeCount(days, "día", "días", to: &text)
        case .brokenPromises(let count, let days):
            Self.writeCount(count, "promesa incumplida", "promesas incumplidas", to: &text)
            text += " en "
            text += String(days)
            text += " días"
        case .disputes(let count, let days):
            Self.writeCount(count, "disputa", "disputas", to: &text)
            text += " en "
            text += String(days)
            text += " días"
        case .overdueShare(let percent):
            text += String(percent)
            text += "% del saldo abierto está vencido"
        case .creditLimitUse(let percent):
            text += "saldo abierto al "
            text += String(percent)
            text += "% del límite de crédito"
        case .shortRelationship(let days):
            text += "cliente desde hace "
            Self.writeCount(days, "día", "días", to: &text)
        case .tierHeld(let tier, let pending, let count, let required):
            text += "se mantiene en "
            text += tier.name
            text += ": "
            text += pending.name
            text += " indicado en "
            text += String(count)
            text += " de "
            text += String(required)
            text += " evaluaciones seguidas"
        }
    }

    private func writeEnglish(to text: inout String) {
        switch self {
        case .manualOverride(let tier, let classified):
            text += "tier set by hand: "
            text += tier.name
            text += " (behaviour alone gives "
            text += classified.name
            text += ")"
        case .vip(let tier, let classified):
            text += "VIP customer: tier "
            text += tier.name
            text += " (behaviour alone gives "
            text += classified.name
            text += ")"
        case .score(let score, let tier):
            text += "score "
            Self.writeDecimal(score, separator: ".", to: &text)
            text += " of 100: tier "
            text += tier.name
        case .noHistory(let tier):
            text += "no payment history: default tier "
            text += tier.name
        case .insufficientHistory(let assessed, let required, let tier):
            text += "not enough history ("
            text += String(assessed)
            text += " of "
            text += String(required)
            text += " invoices needed): default tier "
            text += tier.name
        case .paidOnTime(let onTime, let total):
            text += "paid "
            text += String(onTime)
            text += " of "
            Self.writeCount(total, "invoice", "invoices", to: &text)
            text += " on time"
        case .averageDaysLate(let days, let invoices):
            text += "avg "
            Self.writeCount(days, "day", "days", to: &text)
            text += " late over "
            Self.writeCount(invoices, "invoice", "invoices", to: &text)
        case .amountWeightedDaysLate(let days):
            text += "amount-weighted delay: "
            Self.writeCount(days, "day", "days", to: &text)
        case .worstDaysLate(let days):
            text += "worst delay: "
            Self.writeCount(days, "day", "days", to: &text)
        case .brokenPromises(let count, let days):
            Self.writeCount(count, "broken promise", "broken promises", to: &text)
            text += " in "
            text += String(days)
            text += " days"
        case .disputes(let count, let days):
            Self.writeCount(count, "dispute", "disputes", to: &text)
            text += " in "
            text += String(days)
            text += " days"
        case .overdueShare(let percent):
            text += String(percent)
            text += "% of the open balance is overdue"
        case .creditLimitUse(let percent):
            text += "open balance at "
            text += String(percent)
            text += "% of the credit limit"
        case .shortRelationship(let days):
            text += "customer for "
            Self.writeCount(days, "day", "days", to: &text)
        case .tierHeld(let tier, let pending, let count, let required):
            text += "stays "
            text += tier.name
            text += ": "
            text += pending.name
            text += " indicated in "
            text += String(count)
            text += " of "
            text += String(required)
            text += " consecutive evaluations"
        }
    }

    /// "1 factura" / "3 facturas": a count and its noun, singular for exactly one.
    private static func writeCount(_ count: Int, _ singular: String, _ plural: String, to text: inout String) {
        text += String(count)
        text += " "
        text += count == 1 ? singular : plural
    }

    /// A number with one decimal, rounded half away from zero, with the given decimal separator.
    private static func writeDecimal(_ value: Double, separator: String, to text: inout String) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { text += "-" }
        let magnitude = abs(tenths)
        text += String(magnitude / 10)
        text += separator
        text += String(magnitude % 10)
    }
}
