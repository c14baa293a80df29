import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The seeds' customers (seed 000: "a customer who pays on time every month is fundamentally different from
/// one who needs three calls before settling an invoice"; seeds 002 and 003: classify by payment behaviour,
/// the debt pending and the relationship).
@Suite("Risk classification: scenarios from the seeds")
struct RiskScenarioTests {
    let policy = RiskPolicy.standard

    @Test("a customer who pays on time every month for years is A, with nothing against it")
    func punctualIsA() {
        var history = RiskHistory("C-PUNTUAL", since: RiskHistory.day(-1_500))
        history.monthly(months: 48) { month in month % 3 == 0 ? -1 : 0 }
        history.invoice("NEXT", due: RiskHistory.day(10), paidDaysLate: nil)
        let assessment = history.assess()
        #expect(assessment.tier == .a)
        #expect(assessment.score == 0)
        #expect(assessment.features.invoicesAssessed == 12 && assessment.features.invoicesPaidOnTime == 12)
        #expect(
            assessment.reasonTexts(in: .spanish) == [
                "puntaje 0,0 de 100: nivel A", "pagó 12 de 12 facturas a término",
            ])
    }

    @Test("one who needs three calls before settling, about 20 days late, is worse: B")
    func threeCallsIsB() {
        var history = RiskHistory("C-LLAMADAS", since: RiskHistory.day(-1_500))
        history.monthly(months: 24) { _ in 20 }
        for invoice in history.invoices {
            for call in 0..<3 { history.log(.contact, on: invoice.dueDate.adding(days: 5 + 5 * call)) }
        }
        let assessment = history.assess()
        #expect(assessment.tier == .b)
        #expect(policy.tierIndex(of: assessment.tier) ?? 0 > policy.tierIndex(of: .a) ?? 0)
        // lateShare 25 + average and weighted (20 − 3) / 42 × 10 each + worst (20 − 15) / 75 × 10
        #expect(abs(assessment.score - (25 + 2 * 170 / 42.0 + 50 / 75.0)) < 1e-9)
        #expect(assessment.reasonTexts(in: .english).contains("avg 20 days late over 12 invoices"))
    }

    @Test("one who pays 40–60 days late and breaks promises is C or D")
    func chronicIsCOrD() {
        var history = RiskHistory("C-MOROSO", since: RiskHistory.day(-900))
        history.monthly(months: 24) { month in 40 + (month * 7) % 21 }
        history.brokenPromise(on: RiskHistory.day(-70))
        history.brokenPromise(on: RiskHistory.day(-20))
        let assessment = history.assess()
        #expect([RiskTier.c, .d].contains(assessment.tier))
        #expect(assessment.reasonTexts(in: .spanish).contains("2 promesas incumplidas en 90 días"))
    }

    @Test("40–60 days late with 40% of the balance overdue is C at 57 points; a broken promise makes it D")
    func thresholdExampleFromTheDocs() {
        var history = RiskHistory("C-DOC", since: RiskHistory.day(-900), creditLimit: nil)
        // Ten paid invoices: five 40 days late, five 60 days late → average and weighted 50, worst 60.
        for number in 0..<10 {
            history.invoice(
                "P\(number)", due: RiskHistory.day(-300 + 20 * number), amount: 10_000_000,
                paidDaysLate: number % 2 == 0 ? 40 : 60)
        }
        // Open: $40,000 two days past due (within the grace days: neither assessed nor overdue beyond grace)
        // and $60,000 not yet due.
        history.invoice("OPEN-A", due: RiskHistory.day(-2), amount: 4_000_000, paidDaysLate: nil)
        history.invoice("OPEN-B", due: RiskHistory.day(20), amount: 6_000_000, paidDaysLate: nil)
        var assessment = history.assess()
        #expect(assessment.features.overdueRatio == 0)
        #expect(assessment.features.invoicesAssessed == 10)
        // Ten days later OPEN-A is 12 days late: assessed, and 40% of the open balance overdue beyond grace.
        history.invoices[10].dueDate = RiskHistory.day(-12)
        assessment = history.assess()
        #expect(assessment.features.overdueRatio == 0.4)
        #expect(assessment.features.invoicesAssessed == 11)
        // lateShare 1 → 25; average 512 / 11 = 46.5 and weighted 48.5 are past 45 → 10 each;
        // worst 60 → (60 − 15) / 75 × 10 = 6; overdue ratio 0.4 → (0.4 − 0.1) / 0.5 × 10 = 6; no limit, 900 days.
        #expect(abs(assessment.score - 57) < 1e-9)
        #expect(assessment.tier == .c)
        history.brokenPromise(on: RiskHistory.day(-5))
        #expect(history.assess().tier == .d)
    }

    @Test("a new customer without history gets the policy's default tier, and says why")
    func newCustomerGetsDefault() {
        var history = RiskHistory("C-NUEVO", since: RiskHistory.day(-20))
        history.invoice("F1", due: RiskHistory.day(10), paidDaysLate: nil)
        let assessment = history.assess()
        #expect(assessment.tier == .b && assessment.usesDefaultTier)
        #expect(assessment.reasonTexts(in: .spanish).first == "sin historial de pagos: nivel por defecto B")
        #expect(assessment.reasonTexts(in: .english).first == "no payment history: default tier B")

        let custom = RiskClassifier(policy: RiskPolicy(defaultTier: .c), timeZone: RiskHistory.utc)
        #expect(history.assess(custom).tier == .c)
    }

    @Test("two invoices paid on time are not yet enough history to earn A")
    func shortHistoryKeepsDefault() {
        var history = RiskHistory("C-CORTO", since: RiskHistory.day(-70))
        history.invoice("F1", due: RiskHistory.day(-40), paidDaysLate: 0)
        history.invoice("F2", due: RiskHistory.day(-10), paidDaysLate: 0)
        let assessment = history.assess()
        #expect(assessment.tier == .b && assessment.usesDefaultTier)
        #expect(
            assessment.reasonTexts(in: .spanish).prefix(2) == [
                "historial insuficiente (2 de 3 facturas necesarias): nivel por defecto B",
                "pagó 2 de 2 facturas a término",
            ])
        history.invoice("F3", due: RiskHistory.day(-5), paidDaysLate: 0)
        #expect(history.assess().tier == .a)
    }

    @Test("a short history that already looks bad gets the worse tier, not the default")
    func shortBadHistoryIsWorse() {
        var history = RiskHistory("C-MALO", since: RiskHistory.day(-150), creditLimit: 10_000_000)
        history.invoice("F1", due: RiskHistory.day(-100), amount: 8_000_000, paidDaysLate: nil)
        history.invoice("F2", due: RiskHistory.day(-70), amount: 8_000_000, paidDaysLate: nil)
        history.brokenPromise(on: RiskHistory.day(-60))
        history.brokenPromise(on: RiskHistory.day(-30))
        let assessment = history.assess()
        #expect(assessment.features.invoicesAssessed == 2)
        #expect(assessment.tier == .d && !assessment.usesDefaultTier)
    }

    @Test("a large overdue balance against the credit limit worsens the tier")
    func overdueAgainstCreditLimit() {
        var history = RiskHistory("C-LIMITE", since: RiskHistory.day(-1_000), creditLimit: 20_000_000)
        history.monthly(months: 24) { _ in 0 }
        let before = history.assess()
        #expect(before.tier == .a)
        // Two large invoices now 10 and 25 days past due: $300,000 against a $200,000 limit.
        history.invoice("BIG-1", due: RiskHistory.day(-10), amount: 15_000_000, paidDaysLate: nil)
        history.invoice("BIG-2", due: RiskHistory.day(-25), amount: 15_000_000, paidDaysLate: nil)
        let after = history.assess()
        #expect(after.features.creditLimitUse == 1.5)
        #expect(after.features.overdueRatio == 1)
        #expect(after.tier == .b)
        #expect(after.reasonTexts(in: .spanish).contains("saldo abierto al 150% del límite de crédito"))
        #expect(after.reasonTexts(in: .english).contains("100% of the open balance is overdue"))
    }

    @Test("a single late payment does not flip a long-standing good payer")
    func oneLatePaymentIsNoise() {
        var history = RiskHistory("C-FIEL", since: RiskHistory.day(-2_000))
        history.monthly(months: 36) { month in month == 34 ? 25 : 0 }
        let assessment = history.assess()
        #expect(assessment.features.invoicesPaidOnTime == 11 && assessment.features.invoicesAssessed == 12)
        #expect(assessment.tier == .a)
        // Even at the moment it is still unpaid and 25 days late, it stays A.
        var unpaid = RiskHistory("C-FIEL", since: RiskHistory.day(-2_000))
        unpaid.monthly(months: 36) { month in month == 35 ? nil : 0 }
        unpaid.invoices[35].dueDate = RiskHistory.day(-25)
        #expect(unpaid.assess().tier == .a)
    }

    @Test("a manual override wins over the computation and says so")
    func overrideWins() {
        var history = RiskHistory("C-OVR", since: RiskHistory.day(-900))
        history.monthly(months: 24) { _ in 55 }
        history.customer.riskTierOverride = .a
        let assessment = history.assess()
        #expect(assessment.tier == .a && assessment.source == .manualOverride)
        #expect(assessment.classifiedTier != .a)
        #expect(assessment.risk.tier == .a && assessment.risk.computedTier == assessment.classifiedTier)
        let first = assessment.reasonTexts(in: .spanish).first
        #expect(first == "nivel asignado manualmente: A (por comportamiento sería \(assessment.classifiedTier))")
        #expect(
            assessment.reasonTexts(in: .english).first
                == "tier set by hand: A (behaviour alone gives \(assessment.classifiedTier))")
    }

    @Test("a VIP customer gets the VIP tier whatever its behaviour, and says so; an override beats VIP")
    func vipWins() {
        var history = RiskHistory("C-VIP", since: RiskHistory.day(-900))
        history.monthly(months: 24) { _ in 70 }
        history.customer.isVIP = true
        let assessment = history.assess()
        #expect(assessment.tier == .a && assessment.source == .vip && assessment.classifiedTier == .d)
        #expect(assessment.reasonTexts(in: .spanish).first == "cliente VIP: nivel A (por comportamiento sería D)")
        #expect(assessment.reasonTexts(in: .english).first == "VIP customer: tier A (behaviour alone gives D)")
        history.customer.riskTierOverride = .c
        #expect(history.assess().tier == .c && history.assess().source == .manualOverride)
    }

    @Test("removing an override resumes from the customer's own classification at once")
    func overrideRemovedResumes() {
        var history = RiskHistory("C-OVR2", since: RiskHistory.day(-900))
        history.monthly(months: 24) { _ in 20 }
        history.customer.riskTierOverride = .d
        let overridden = history.assess()
        #expect(overridden.risk.tier == .d && overridden.risk.computedTier == .b)
        history.customer.risk = overridden.risk
        history.customer.riskTierOverride = nil
        let resumed = history.assess()
        #expect(resumed.tier == .b && resumed.previousTier == .d && resumed.tierChanged)
    }
}
