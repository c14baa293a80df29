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
        var text: [UInt8] = []
        write(in: language, to: &text)
        return String(knownValidUTF8: text)
    }

    /// Appends the reason in words to UTF-8 bytes: what ``text(in:)`` returns, written piece by piece (a
    /// classification run writes one comment per customer).
    ///
    /// - Parameters:
    ///   - language: The language.
    ///   - text: The UTF-8 bytes to append to.
    func write(in language: Language, to text: inout [UInt8]) {
        switch language {
        case .spanish: writeSpanish(to: &text)
        case .english: writeEnglish(to: &text)
        }
    }

    private func writeSpanish(to text: inout [UInt8]) {
        switch self {
        case .manualOverride(let tier, let classified):
            text.append(contentsOf: "nivel asignado manualmente: ".utf8)
            text.append(contentsOf: tier.name.utf8)
            text.append(contentsOf: " (por comportamiento sería ".utf8)
            text.append(contentsOf: classified.name.utf8)
            text.append(contentsOf: ")".utf8)
        case .vip(let tier, let classified):
            text.append(contentsOf: "cliente VIP: nivel ".utf8)
            text.append(contentsOf: tier.name.utf8)
            text.append(contentsOf: " (por comportamiento sería ".utf8)
            text.append(contentsOf: classified.name.utf8)
            text.append(contentsOf: ")".utf8)
        case .score(let score, let tier):
            text.append(contentsOf: "puntaje ".utf8)
            Self.writeDecimal(score, separator: ",", to: &text)
            text.append(contentsOf: " de 100: nivel ".utf8)
            text.append(contentsOf: tier.name.utf8)
        case .noHistory(let tier):
            text.append(contentsOf: "sin historial de pagos: nivel por defecto ".utf8)
            text.append(contentsOf: tier.name.utf8)
        case .insufficientHistory(let assessed, let required, let tier):
            text.append(contentsOf: "historial insuficiente (".utf8)
            DecimalDigits.append(assessed, to: &text)
            text.append(contentsOf: " de ".utf8)
            DecimalDigits.append(required, to: &text)
            text.append(contentsOf: " facturas necesarias): nivel por defecto ".utf8)
            text.append(contentsOf: tier.name.utf8)
        case .paidOnTime(let onTime, let total):
            text.append(contentsOf: "pagó ".utf8)
            DecimalDigits.append(onTime, to: &text)
            text.append(contentsOf: " de ".utf8)
            Self.writeCount(total, "factura", "facturas", to: &text)
            text.append(contentsOf: " a término".utf8)
        case .averageDaysLate(let days, let invoices):
            text.append(contentsOf: "promedio de ".utf8)
            Self.writeCount(days, "día", "días", to: &text)
            text.append(contentsOf: " de atraso en ".utf8)
            Self.writeCount(invoices, "factura", "facturas", to: &text)
        case .amountWeightedDaysLate(let days):
            text.append(contentsOf: "atraso ponderado por monto: ".utf8)
            Self.writeCount(days, "día", "días", to: &text)
        case .worstDaysLate(let days):
            text.append(contentsOf: "peor atraso: ".utf8)
            Self.writeCount(days, "día", "días", to: &text)
        case .brokenPromises(let count, let days):
            Self.writeCount(count, "promesa incumplida", "promesas incumplidas", to: &text)
            text.append(contentsOf: " en ".utf8)
            DecimalDigits.append(days, to: &text)
            text.append(contentsOf: " días".utf8)
        case .disputes(let count, let days):
            Self.writeCount(count, "disputa", "disputas", to: &text)
            text.append(contentsOf: " en ".utf8)
            DecimalDigits.append(days, to: &text)
            text.append(contentsOf: " días".utf8)
        case .overdueShare(let percent):
            DecimalDigits.append(percent, to: &text)
            text.append(contentsOf: "% del saldo abierto está vencido".utf8)
        case .creditLimitUse(let percent):
            text.append(contentsOf: "saldo abierto al ".utf8)
            DecimalDigits.append(percent, to: &text)
            text.append(contentsOf: "% del límite de crédito".utf8)
        case .shortRelationship(let days):
            text.append(contentsOf: "cliente desde hace ".utf8)
            Self.writeCount(days, "día", "días", to: &text)
        case .tierHeld(let tier, let pending, let count, let required):
            text.append(contentsOf: "se mantiene en ".utf8)
            text.append(contentsOf: tier.name.utf8)
            text.append(contentsOf: ": ".utf8)
            text.append(contentsOf: pending.name.utf8)
            text.append(contentsOf: " indicado en ".utf8)
            DecimalDigits.append(count, to: &text)
            text.append(contentsOf: " de ".utf8)
            DecimalDigits.append(required, to: &text)
            text.append(contentsOf: " evaluaciones seguidas".utf8)
        }
    }

    private func writeEnglish(to text: inout [UInt8]) {
        switch self {
        case .manualOverride(let tier, let classified):
            text.append(contentsOf: "tier set by hand: ".utf8)
            text.append(contentsOf: tier.name.utf8)
            text.append(contentsOf: " (behaviour alone gives ".utf8)
            text.append(contentsOf: classified.name.utf8)
            text.append(contentsOf: ")".utf8)
        case .vip(let tier, let classified):
            text.append(contentsOf: "VIP customer: tier ".utf8)
            text.append(contentsOf: tier.name.utf8)
            text.append(contentsOf: " (behaviour alone gives ".utf8)
            text.append(contentsOf: classified.name.utf8)
            text.append(contentsOf: ")".utf8)
        case .score(let score, let tier):
            text.append(contentsOf: "score ".utf8)
            Self.writeDecimal(score, separator: ".", to: &text)
            text.append(contentsOf: " of 100: tier ".utf8)
            text.append(contentsOf: tier.name.utf8)
        case .noHistory(let tier):
            text.append(contentsOf: "no payment history: default tier ".utf8)
            text.append(contentsOf: tier.name.utf8)
        case .insufficientHistory(let assessed, let required, let tier):
            text.append(contentsOf: "not enough history (".utf8)
            DecimalDigits.append(assessed, to: &text)
            text.append(contentsOf: " of ".utf8)
            DecimalDigits.append(required, to: &text)
            text.append(contentsOf: " invoices needed): default tier ".utf8)
            text.append(contentsOf: tier.name.utf8)
        case .paidOnTime(let onTime, let total):
            text.append(contentsOf: "paid ".utf8)
            DecimalDigits.append(onTime, to: &text)
            text.append(contentsOf: " of ".utf8)
            Self.writeCount(total, "invoice", "invoices", to: &text)
            text.append(contentsOf: " on time".utf8)
        case .averageDaysLate(let days, let invoices):
            text.append(contentsOf: "avg ".utf8)
            Self.writeCount(days, "day", "days", to: &text)
            text.append(contentsOf: " late over ".utf8)
            Self.writeCount(invoices, "invoice", "invoices", to: &text)
        case .amountWeightedDaysLate(let days):
            text.append(contentsOf: "amount-weighted delay: ".utf8)
            Self.writeCount(days, "day", "days", to: &text)
        case .worstDaysLate(let days):
            text.append(contentsOf: "worst delay: ".utf8)
            Self.writeCount(days, "day", "days", to: &text)
        case .brokenPromises(let count, let days):
            Self.writeCount(count, "broken promise", "broken promises", to: &text)
            text.append(contentsOf: " in ".utf8)
            DecimalDigits.append(days, to: &text)
            text.append(contentsOf: " days".utf8)
        case .disputes(let count, let days):
            Self.writeCount(count, "dispute", "disputes", to: &text)
            text.append(contentsOf: " in ".utf8)
            DecimalDigits.append(days, to: &text)
            text.append(contentsOf: " days".utf8)
        case .overdueShare(let percent):
            DecimalDigits.append(percent, to: &text)
            text.append(contentsOf: "% of the open balance is overdue".utf8)
        case .creditLimitUse(let percent):
            text.append(contentsOf: "open balance at ".utf8)
            DecimalDigits.append(percent, to: &text)
            text.append(contentsOf: "% of the credit limit".utf8)
        case .shortRelationship(let days):
            text.append(contentsOf: "customer for ".utf8)
            Self.writeCount(days, "day", "days", to: &text)
        case .tierHeld(let tier, let pending, let count, let required):
            text.append(contentsOf: "stays ".utf8)
            text.append(contentsOf: tier.name.utf8)
            text.append(contentsOf: ": ".utf8)
            text.append(contentsOf: pending.name.utf8)
            text.append(contentsOf: " indicated in ".utf8)
            DecimalDigits.append(count, to: &text)
            text.append(contentsOf: " of ".utf8)
            DecimalDigits.append(required, to: &text)
            text.append(contentsOf: " consecutive evaluations".utf8)
        }
    }

    /// "1 factura" / "3 facturas": a count and its noun, singular for exactly one.
    private static func writeCount(_ count: Int, _ singular: String, _ plural: String, to text: inout [UInt8]) {
        DecimalDigits.append(count, to: &text)
        text.append(contentsOf: " ".utf8)
        text.append(contentsOf: (count == 1 ? singular : plural).utf8)
    }

    /// A number with one decimal, rounded half away from zero, with the given decimal separator.
    private static func writeDecimal(_ value: Double, separator: String, to text: inout [UInt8]) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { text.append(UInt8(ascii: "-")) }
        let magnitude = abs(tenths)
        DecimalDigits.append(magnitude / 10, to: &text)
        text.append(contentsOf: separator.utf8)
        DecimalDigits.append(magnitude % 10, to: &text)
    }
}
