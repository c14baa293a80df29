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
        switch language {
        case .spanish: return spanish
        case .english: return english
        }
    }

    private var spanish: String {
        switch self {
        case .manualOverride(let tier, let classified):
            return "nivel asignado manualmente: \(tier) (por comportamiento sería \(classified))"
        case .vip(let tier, let classified):
            return "cliente VIP: nivel \(tier) (por comportamiento sería \(classified))"
        case .score(let score, let tier): return "puntaje \(Self.decimal(score, separator: ",")) de 100: nivel \(tier)"
        case .noHistory(let tier): return "sin historial de pagos: nivel por defecto \(tier)"
        case .insufficientHistory(let assessed, let required, let tier):
            return "historial insuficiente (\(assessed) de \(required) facturas necesarias): nivel por defecto \(tier)"
        case .paidOnTime(let onTime, let total):
            return "pagó \(onTime) de \(total) \(total == 1 ? "factura" : "facturas") a término"
        case .averageDaysLate(let days, let invoices):
            return "promedio de \(days) \(days == 1 ? "día" : "días") de atraso en \(invoices) "
                + (invoices == 1 ? "factura" : "facturas")
        case .amountWeightedDaysLate(let days):
            return "atraso ponderado por monto: \(days) \(days == 1 ? "día" : "días")"
        case .worstDaysLate(let days): return "peor atraso: \(days) \(days == 1 ? "día" : "días")"
        case .brokenPromises(let count, let days):
            return "\(count) \(count == 1 ? "promesa incumplida" : "promesas incumplidas") en \(days) días"
        case .disputes(let count, let days): return "\(count) \(count == 1 ? "disputa" : "disputas") en \(days) días"
        case .overdueShare(let percent): return "\(percent)% del saldo abierto está vencido"
        case .creditLimitUse(let percent): return "saldo abierto al \(percent)% del límite de crédito"
        case .shortRelationship(let days): return "cliente desde hace \(days) \(days == 1 ? "día" : "días")"
        case .tierHeld(let tier, let pending, let count, let required):
            return "se mantiene en \(tier): \(pending) indicado en \(count) de \(required) evaluaciones seguidas"
        }
    }

    private var english: String {
        switch self {
        case .manualOverride(let tier, let classified):
            return "tier set by hand: \(tier) (behaviour alone gives \(classified))"
        case .vip(let tier, let classified): return "VIP customer: tier \(tier) (behaviour alone gives \(classified))"
        case .score(let score, let tier): return "score \(Self.decimal(score, separator: ".")) of 100: tier \(tier)"
        case .noHistory(let tier): return "no payment history: default tier \(tier)"
        case .insufficientHistory(let assessed, let required, let tier):
            return "not enough history (\(assessed) of \(required) invoices needed): default tier \(tier)"
        case .paidOnTime(let onTime, let total):
            return "paid \(onTime) of \(total) \(total == 1 ? "invoice" : "invoices") on time"
        case .averageDaysLate(let days, let invoices):
            return
                "avg \(days) \(days == 1 ? "day" : "days") late over \(invoices) \(invoices == 1 ? "invoice" : "invoices")"
        case .amountWeightedDaysLate(let days): return "amount-weighted delay: \(days) \(days == 1 ? "day" : "days")"
        case .worstDaysLate(let days): return "worst delay: \(days) \(days == 1 ? "day" : "days")"
        case .brokenPromises(let count, let days):
            return "\(count) \(count == 1 ? "broken promise" : "broken promises") in \(days) days"
        case .disputes(let count, let days): return "\(count) \(count == 1 ? "dispute" : "disputes") in \(days) days"
        case .overdueShare(let percent): return "\(percent)% of the open balance is overdue"
        case .creditLimitUse(let percent): return "open balance at \(percent)% of the credit limit"
        case .shortRelationship(let days): return "customer for \(days) \(days == 1 ? "day" : "days")"
        case .tierHeld(let tier, let pending, let count, let required):
            return "stays \(tier): \(pending) indicated in \(count) of \(required) consecutive evaluations"
        }
    }

    /// A number with one decimal, rounded half away from zero, with the given decimal separator.
    private static func decimal(_ value: Double, separator: String) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10)\(separator)\(magnitude % 10)"
    }
}
