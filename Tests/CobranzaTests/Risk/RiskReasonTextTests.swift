import Cobranza
import Testing

/// Every reason's words in both languages, singular and plural: the texts activities and reports carry.
@Suite("Risk reasons in words")
struct RiskReasonTextTests {
    static let cases: [(RiskReason, spanish: String, english: String)] = [
        (
            .manualOverride(tier: "A", classified: "C"), "nivel asignado manualmente: A (por comportamiento sería C)",
            "tier set by hand: A (behaviour alone gives C)"
        ),
        (
            .vip(tier: "A", classified: "B"), "cliente VIP: nivel A (por comportamiento sería B)",
            "VIP customer: tier A (behaviour alone gives B)"
        ),
        (.score(41.25, tier: "C"), "puntaje 41,3 de 100: nivel C", "score 41.3 of 100: tier C"),
        (.score(0, tier: "A"), "puntaje 0,0 de 100: nivel A", "score 0.0 of 100: tier A"),
        (.score(-0.26, tier: "A"), "puntaje -0,3 de 100: nivel A", "score -0.3 of 100: tier A"),
        (.score(100, tier: "D"), "puntaje 100,0 de 100: nivel D", "score 100.0 of 100: tier D"),
        (
            .noHistory(defaultTier: "B"), "sin historial de pagos: nivel por defecto B",
            "no payment history: default tier B"
        ),
        (
            .insufficientHistory(assessed: 2, required: 5, defaultTier: "B"),
            "historial insuficiente (2 de 5 facturas necesarias): nivel por defecto B",
            "not enough history (2 of 5 invoices needed): default tier B"
        ),
        (.paidOnTime(12, of: 14), "pagó 12 de 14 facturas a término", "paid 12 of 14 invoices on time"),
        (.paidOnTime(1, of: 1), "pagó 1 de 1 factura a término", "paid 1 of 1 invoice on time"),
        (
            .averageDaysLate(8, invoices: 3), "promedio de 8 días de atraso en 3 facturas",
            "avg 8 days late over 3 invoices"
        ),
        (
            .averageDaysLate(1, invoices: 1), "promedio de 1 día de atraso en 1 factura",
            "avg 1 day late over 1 invoice"
        ),
        (.amountWeightedDaysLate(12), "atraso ponderado por monto: 12 días", "amount-weighted delay: 12 days"),
        (.amountWeightedDaysLate(1), "atraso ponderado por monto: 1 día", "amount-weighted delay: 1 day"),
        (.worstDaysLate(45), "peor atraso: 45 días", "worst delay: 45 days"),
        (.worstDaysLate(1), "peor atraso: 1 día", "worst delay: 1 day"),
        (.brokenPromises(2, days: 90), "2 promesas incumplidas en 90 días", "2 broken promises in 90 days"),
        (.brokenPromises(1, days: 1), "1 promesa incumplida en 1 días", "1 broken promise in 1 days"),
        (.disputes(3, days: 90), "3 disputas en 90 días", "3 disputes in 90 days"),
        (.disputes(1, days: 30), "1 disputa en 30 días", "1 dispute in 30 days"),
        (.overdueShare(percent: 62), "62% del saldo abierto está vencido", "62% of the open balance is overdue"),
        (
            .creditLimitUse(percent: 130), "saldo abierto al 130% del límite de crédito",
            "open balance at 130% of the credit limit"
        ),
        (.shortRelationship(days: 40), "cliente desde hace 40 días", "customer for 40 days"),
        (.shortRelationship(days: 1), "cliente desde hace 1 día", "customer for 1 day"),
        (
            .tierHeld(tier: "B", pending: "C", count: 1, required: 2),
            "se mantiene en B: C indicado en 1 de 2 evaluaciones seguidas",
            "stays B: C indicated in 1 of 2 consecutive evaluations"
        ),
    ]

    @Test("each reason reads as its fixed sentence in Spanish and English")
    func texts() {
        for (reason, spanish, english) in Self.cases {
            #expect(reason.text(in: .spanish) == spanish)
            #expect(reason.text(in: .english) == english)
        }
    }
}
