/// One reason behind a risk assessment, as data; ``text(in:)`` words it in Spanish or English.
///
/// Every reason and its wording, with `n` and `d` standing for the numbers:
///
/// | reason | Spanish | English |
/// |---|---|---|
/// | ``manualOverride(tier:classified:)`` | nivel asignado manualmente: A (por comportamiento sería C) | tier set by hand: A (behaviour alone gives C) |
/// | ``vip(tier:classified:)`` | cliente VIP: nivel A (por comportamiento sería C) | VIP customer: tier A (behaviour alone gives C) |
/// | ``score(_:tier:)`` | puntaje 41,3 de 100: nivel C | score 41.3 of 100: tier C |
/// | ``noHistory(defaultTier:)`` | sin historial de pagos: nivel por defecto B | no payment history: default tier B |
/// | ``insufficientHistory(assessed:required:defaultTier:)`` | historial insuficiente (2 de 3 facturas necesarias): nivel por defecto B | not enough history (2 of 3 invoices needed): default tier B |
/// | ``paidOnTime(_:of:)`` | pagó 12 de 14 facturas a término | paid 12 of 14 invoices on time |
/// | ``averageDaysLate(_:invoices:)`` | promedio de 23 días de atraso en 14 facturas | avg 23 days late over 14 invoices |
/// | ``amountWeightedDaysLate(_:)`` | atraso ponderado por monto: 31 días | amount-weighted delay: 31 days |
/// | ``worstDaysLate(_:)`` | peor atraso: 75 días | worst delay: 75 days |
/// | ``brokenPromises(_:days:)`` | 2 promesas incumplidas en 90 días | 2 broken promises in 90 days |
/// | ``disputes(_:days:)`` | 1 disputa en 90 días | 1 dispute in 90 days |
/// | ``overdueShare(percent:)`` | 62% del saldo abierto está vencido | 62% of the open balance is overdue |
/// | ``creditLimitUse(percent:)`` | saldo abierto al 150% del límite de crédito | open balance at 150% of the credit limit |
/// | ``shortRelationship(days:)`` | cliente desde hace 120 días | customer for 120 days |
/// | ``tierHeld(tier:pending:count:required:)`` | se mantiene en A: B indicado en 1 de 3 evaluaciones seguidas | stays A: B indicated in 1 of 3 consecutive evaluations |
///
/// Singular forms follow the numbers ("1 promesa incumplida", "1 día", "1 invoice").
public enum RiskReason: Sendable, Hashable, Codable {
    /// The tier was set by hand; `classified` is what behaviour gives.
    case manualOverride(tier: RiskTier, classified: RiskTier)
    /// The customer is VIP; `classified` is what behaviour gives.
    case vip(tier: RiskTier, classified: RiskTier)
    /// The score and the tier it gives.
    case score(Double, tier: RiskTier)
    /// No invoice could be assessed: the default tier applies.
    case noHistory(defaultTier: RiskTier)
    /// Fewer invoices than required were assessed: the default tier applies.
    case insufficientHistory(assessed: Int, required: Int, defaultTier: RiskTier)
    /// How many assessed invoices were paid on time.
    case paidOnTime(Int, of: Int)
    /// The average days late, rounded, over the assessed invoices.
    case averageDaysLate(Int, invoices: Int)
    /// The amount-weighted days late, rounded.
    case amountWeightedDaysLate(Int)
    /// The worst days late.
    case worstDaysLate(Int)
    /// Broken promises in the event window of `days` days.
    case brokenPromises(Int, days: Int)
    /// Disputes in the event window of `days` days.
    case disputes(Int, days: Int)
    /// The overdue share of the open balance, in percent, rounded.
    case overdueShare(percent: Int)
    /// The open balance over the credit limit, in percent, rounded.
    case creditLimitUse(percent: Int)
    /// A young relationship.
    case shortRelationship(days: Int)
    /// The stability rule keeps `tier` although `pending` has been indicated `count` of `required` times.
    case tierHeld(tier: RiskTier, pending: RiskTier, count: Int, required: Int)

    /// The language of a reason's text.
    public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
        /// Spanish (Río de la Plata usage).
        case spanish = "es"
        /// English.
        case english = "en"

        /// The language for a locale identifier: Spanish for `es`, `es-AR`, `es_MX` …, English otherwise.
        ///
        /// - Parameter identifier: A locale identifier such as `"es-AR"`.
        public init(localeIdentifier identifier: String) {
            self = identifier.lowercased().hasPrefix("es") ? .spanish : .english
        }
    }
}
