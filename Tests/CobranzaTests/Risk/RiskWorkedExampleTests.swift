import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// One customer computed by hand, factor by factor, under the standard policy, as of 2024-06-30.
@Suite("Risk classification: a worked example")
struct RiskWorkedExampleTests {
    /// Eleven invoices in the window plus an older one:
    ///
    /// | invoice | due | amount ($) | paid |
    /// |---|---|---|---|
    /// | F00 | 2023-05-15 | 100,000 | 30 days late (before the window: not assessed) |
    /// | F01, F02, F03 | 2023-08-15, 09-15, 10-15 | 100,000 each | on the due date |
    /// | F04 | 2023-11-15 | 200,000 | 20 days late |
    /// | F05, F06 | 2023-12-15, 2024-01-15 | 100,000 each | on the due date |
    /// | F07 | 2024-02-15 | 200,000 | 20 days late |
    /// | F08 | 2024-03-15 | 100,000 | 50 days late |
    /// | F09 | 2024-04-15 | 100,000 | 2 days early |
    /// | F10 | 2024-05-21 | 300,000 | unpaid, 40 days past due |
    /// | F11 | 2024-07-10 | 100,000 | open, not yet due (not assessed) |
    ///
    /// Broken promises on 2024-03-01 (outside the 90 days), 2024-05-01 and 2024-06-10; a dispute on
    /// 2024-06-01 and a promise (not a dispute) on 2024-06-05. Credit limit $500,000; customer for 400 days.
    static func history() throws -> RiskHistory {
        var history = RiskHistory("C-42", since: RiskHistory.day(-400), creditLimit: 50_000_000)
        let rows: [(String, String, Int64, Int?)] = [
            ("F00", "2023-05-15", 100_000, 30), ("F01", "2023-08-15", 100_000, 0), ("F02", "2023-09-15", 100_000, 0),
            ("F03", "2023-10-15", 100_000, 0), ("F04", "2023-11-15", 200_000, 20), ("F05", "2023-12-15", 100_000, 0),
            ("F06", "2024-01-15", 100_000, 0), ("F07", "2024-02-15", 200_000, 20), ("F08", "2024-03-15", 100_000, 50),
            ("F09", "2024-04-15", 100_000, -2), ("F10", "2024-05-21", 300_000, nil),
            ("F11", "2024-07-10", 100_000, nil),
        ]
        for (number, due, pesos, late) in rows {
            history.invoice(number, due: try CivilDate(iso: due), amount: pesos * 100, paidDaysLate: late)
        }
        history.brokenPromise(on: try CivilDate(iso: "2024-03-01"))
        history.brokenPromise(on: try CivilDate(iso: "2024-05-01"))
        history.brokenPromise(on: try CivilDate(iso: "2024-06-10"))
        history.dispute(on: try CivilDate(iso: "2024-06-01"))
        let promised = try CivilDate(iso: "2024-06-05")
        history.log(.outcome, on: promised, newStatus: .promised(PaymentPromise(date: promised.adding(days: 7))))
        return history
    }

    @Test("the features, counted by hand")
    func features() throws {
        let features = try Self.history().assess().features
        #expect(features.historyStart == (try CivilDate(iso: "2023-06-30")))
        #expect(features.invoicesAssessed == 10)  // F01–F10
        #expect(features.invoicesPaidOnTime == 6)  // F01, F02, F03, F05, F06, F09
        #expect(features.averageDaysLate == 13)  // (20 + 20 + 50 + 40) / 10
        // (200k·20 + 200k·20 + 100k·50 + 300k·40) / 1,400k = 25,000 / 1,400
        #expect(abs(features.amountWeightedDaysLate - 25_000.0 / 1_400) < 1e-9)
        #expect(features.worstDaysLate == 50)
        #expect(features.brokenPromises == 2)
        #expect(features.disputes == 1)
        #expect(features.openBalance == [Money(minorUnits: 40_000_000, currency: .ars)])  // F10 + F11
        #expect(features.overdueBalance == [Money(minorUnits: 30_000_000, currency: .ars)])  // F10
        #expect(features.openInvoices == 2 && features.overdueInvoices == 1 && features.currentDaysLate == 40)
        #expect(features.overdueRatio == 0.75)
        #expect(features.primaryCurrency == .ars)
        // Issued after 2023-06-30: F01–F11 = 1,500,000 pesos in 12 months.
        #expect(features.billedPerYear == [Money(minorUnits: 150_000_000, currency: .ars)])
        #expect(features.creditLimitUse == 0.8)
        #expect(features.relationshipDays == 400)
    }

    @Test("the score, factor by factor")
    func score() throws {
        let assessment = try Self.history().assess()
        let points = Dictionary(uniqueKeysWithValues: assessment.contributions.map { ($0.factor, $0.points) })
        let expected: [RiskFactor: Double] = [
            .lateShare: 25 * (0.4 - 0.1) / 0.5,  // 15
            .averageDaysLate: 10 * (13 - 3) / 42.0,  // 2.381
            .amountWeightedDaysLate: 10 * (25_000.0 / 1_400 - 3) / 42,  // 3.537
            .worstDaysLate: 10 * (50 - 15) / 75.0,  // 4.667
            .brokenPromises: 15 * 2 / 3.0,  // 10
            .disputes: 5 * 1 / 3.0,  // 1.667
            .overdueRatio: 10,  // 0.75 is past the bad end, 0.6
            .creditLimitUse: 0,  // 0.8 is the good end
            // 3
            .relationshipDays: 5 * (400 - 730) / (180 - 730.0),
        ]
        for (factor, value) in expected {
            #expect(abs((points[factor] ?? -1) - value) < 1e-9, "\(factor)")
        }
        let total = 15 + 100 / 42.0 + 10 * (25_000.0 / 1_400 - 3) / 42 + 35 / 7.5 + 10 + 5 / 3.0 + 10 + 0 + 3
        #expect(abs(assessment.score - total) < 1e-9)
        #expect(abs(assessment.score - 50.2517) < 1e-4)
        #expect(assessment.tier == .c && assessment.source == .classification && !assessment.usesDefaultTier)
    }

    @Test("the reasons, word for word in Spanish and English")
    func reasons() throws {
        let assessment = try Self.history().assess()
        #expect(
            assessment.reasonTexts(in: .spanish) == [
                "puntaje 50,3 de 100: nivel C",
                "pagó 6 de 10 facturas a término",
                "2 promesas incumplidas en 90 días",
                "75% del saldo abierto está vencido",
                "peor atraso: 50 días",
                "atraso ponderado por monto: 18 días",
                "cliente desde hace 400 días",
                "promedio de 13 días de atraso en 10 facturas",
                "1 disputa en 90 días",
            ])
        #expect(
            assessment.reasonTexts(in: .english) == [
                "score 50.3 of 100: tier C",
                "paid 6 of 10 invoices on time",
                "2 broken promises in 90 days",
                "75% of the open balance is overdue",
                "worst delay: 50 days",
                "amount-weighted delay: 18 days",
                "customer for 400 days",
                "avg 13 days late over 10 invoices",
                "1 dispute in 90 days",
            ])
    }
}
