import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Risk classification: the batch")
struct RiskBatchTests {
    let classifier = RiskClassifier(timeZone: RiskHistory.utc)

    func histories() throws -> [RiskHistory] {
        var punctual = RiskHistory("C-1", since: RiskHistory.day(-1_500))
        punctual.monthly(months: 24) { _ in 0 }
        var late = RiskHistory("C-2", since: RiskHistory.day(-900))
        late.monthly(months: 40) { month in 30 + month % 20 }
        late.brokenPromise(on: RiskHistory.day(-10))
        var empty = RiskHistory("C-3")
        empty.customer.customerSince = nil
        return [try RiskWorkedExampleTests.history(), punctual, late, empty]
    }

    @Test("the batch gives each customer what classifying it alone gives, in the customers' order")
    func batchEqualsSingle() throws {
        let histories = try histories()
        let customers = histories.map(\.customer)
        // Shuffle the records and mix in another customer's, which the batch must ignore.
        var rng = SplitMix64(seed: 7)
        var stranger = RiskHistory("C-OTRO")
        stranger.monthly(months: 6) { _ in 90 }
        stranger.brokenPromise(on: RiskHistory.day(-3))
        var invoices = histories.flatMap(\.invoices) + stranger.invoices
        var payments = histories.flatMap(\.payments) + stranger.payments
        var activities = histories.flatMap(\.activities) + stranger.activities
        invoices.shuffle(using: &rng)
        payments.shuffle(using: &rng)
        activities.shuffle(using: &rng)
        let batch = classifier.classify(
            customers: customers, invoices: invoices, payments: payments, activities: activities,
            asOf: RiskHistory.asOf)
        #expect(batch.map(\.customerID) == ["C-42", "C-1", "C-2", "C-3"])
        for (assessment, history) in zip(batch, histories) {
            #expect(assessment == history.assess())
        }
        #expect(batch.map(\.tier) == [.c, .a, .d, .b])
    }

    @Test("a customer with no records at all has no history and no relationship age")
    func noRecords() throws {
        let assessment = try histories()[3].assess()
        #expect(assessment.features.invoicesAssessed == 0 && assessment.features.relationshipDays == nil)
        #expect(assessment.features.primaryCurrency == nil && assessment.features.openBalance.isEmpty)
        #expect(assessment.score == 0 && assessment.tier == .b && assessment.usesDefaultTier)
    }

    @Test("payments after the as-of date are undone: the invoice is open and late as of then")
    func asOfUndoesLaterPayments() {
        var history = RiskHistory("C-ASOF", since: RiskHistory.day(-900))
        history.invoice("F1", due: RiskHistory.day(-60), amount: 10_000_000, paidDaysLate: 70)  // paid day +10
        var partly = Invoice(
            id: "C-ASOF-F2", number: "F2", customerID: "C-ASOF", issueDate: RiskHistory.day(-50),
            dueDate: RiskHistory.day(-20), amount: Money(minorUnits: 10_000_000, currency: .ars))
        history.pay(&partly, amount: 4_000_000, on: RiskHistory.day(-25))
        history.pay(&partly, amount: 6_000_000, on: RiskHistory.day(5))
        history.invoices.append(partly)
        history.invoice("F3", due: RiskHistory.day(5), paidDaysLate: nil)  // issued day −25
        history.invoice("F4", due: RiskHistory.day(60), paidDaysLate: nil)  // issued day +30: ignored

        let now = history.assess()
        #expect(now.features.openBalance == [Money(minorUnits: 26_000_000, currency: .ars)])  // 10M + 6M + 10M
        #expect(now.features.overdueBalance == [Money(minorUnits: 16_000_000, currency: .ars)])
        #expect(now.features.invoicesAssessed == 2 && now.features.worstDaysLate == 60)
        #expect(now.features.currentDaysLate == 60)

        let later = history.assess(asOf: RiskHistory.day(20))
        #expect(later.features.openBalance == [Money(minorUnits: 10_000_000, currency: .ars)])  // F3; F4 not issued
        #expect(later.features.invoicesAssessed == 3)  // F1 70 late, F2 25 late, F3 15 late
        #expect(later.features.averageDaysLate == (70 + 25 + 15) / 3.0)
    }

    @Test("credit notes, cancelled invoices and invoices marked paid without a payment are not assessed")
    func excludedDocuments() {
        var history = RiskHistory("C-DOCS", since: RiskHistory.day(-900))
        history.monthly(months: 6) { _ in 0 }
        var credit = Invoice(
            id: "NC-1", number: "NC-1", customerID: "C-DOCS", kind: .creditNote, issueDate: RiskHistory.day(-100),
            dueDate: RiskHistory.day(-90), amount: Money(minorUnits: 5_000_000, currency: .ars))
        history.invoices.append(credit)
        credit.id = "CANCELLED"
        credit.kind = .invoice
        credit.status = .cancelled
        history.invoices.append(credit)
        credit.id = "PAID-NO-PAYMENT"
        credit.status = .paid
        credit.balance = .zero(.ars)
        history.invoices.append(credit)
        credit.id = "WRITTEN-OFF"
        credit.status = .uncollectible
        credit.balance = Money(minorUnits: 5_000_000, currency: .ars)
        history.invoices.append(credit)
        let features = history.assess().features
        #expect(features.invoicesAssessed == 7)  // six monthly + the written-off one, unpaid 90 days
        #expect(features.invoicesPaidOnTime == 6)
        #expect(features.worstDaysLate == 90)
        #expect(features.openBalance.isEmpty)  // written off is not open
    }

    @Test("currencies are never summed; ratios use the primary currency, the limit its own")
    func mixedCurrencies() {
        var history = RiskHistory("C-USD", since: RiskHistory.day(-900), creditLimit: 1_000_000, currency: .usd)
        history.invoice("A1", due: RiskHistory.day(-90), amount: 10_000_000, paidDaysLate: 0)
        history.invoice("A2", due: RiskHistory.day(-60), amount: 10_000_000, paidDaysLate: 0)
        history.invoice("A3", due: RiskHistory.day(-10), amount: 10_000_000, paidDaysLate: nil)
        history.invoice("A4", due: RiskHistory.day(20), amount: 30_000_000, paidDaysLate: nil)
        history.invoice("U1", due: RiskHistory.day(-40), amount: 500_000, paidDaysLate: nil, currency: .usd)
        let features = history.assess().features
        #expect(features.primaryCurrency == .ars)
        #expect(
            features.openBalance == [
                Money(minorUnits: 40_000_000, currency: .ars), Money(minorUnits: 500_000, currency: .usd),
            ])
        #expect(
            features.overdueBalance == [
                Money(minorUnits: 10_000_000, currency: .ars), Money(minorUnits: 500_000, currency: .usd),
            ])
        #expect(features.overdueRatio == 0.25)  // ARS only: 10M of 40M
        #expect(features.creditLimitUse == 0.5)  // USD 5,000 of USD 10,000
        // Weighted in ARS only: (10M·0 + 10M·0 + 10M·10) / 30M; the average counts every invoice.
        #expect(abs(features.amountWeightedDaysLate - 10.0 / 3) < 1e-12)
        #expect(features.averageDaysLate == 50.0 / 4)
        #expect(
            features.billedPerYear == [
                Money(minorUnits: 60_000_000, currency: .ars), Money(minorUnits: 500_000, currency: .usd),
            ])
    }

    @Test("a tie in invoice counts makes the lowest currency code primary")
    func primaryCurrencyTie() {
        var history = RiskHistory("C-TIE")
        history.invoice("U1", due: RiskHistory.day(-5), paidDaysLate: 0, currency: .usd)
        history.invoice("E1", due: RiskHistory.day(-5), paidDaysLate: 0, currency: .eur)
        #expect(history.assess().features.primaryCurrency == .eur)
    }

    @Test("events count inside the window in the company's time zone, and the window is configurable")
    func eventWindow() throws {
        var history = RiskHistory("C-TZ", since: RiskHistory.day(-900))
        history.monthly(months: 12) { _ in 0 }
        // The window's first day is 2024-04-02. 2024-04-02T01:00Z is still April 1st in Buenos Aires.
        let firstDay = RiskHistory.day(-89).startInstant(in: RiskHistory.utc)
        for (index, seconds) in zip(0..<2, [TimeInterval(3_600), TimeInterval(14_400)]) {
            history.activities.append(
                Activity(
                    id: ActivityID("BP-\(index)"), timestamp: firstDay.addingTimeInterval(seconds),
                    performedBy: .system, customerID: "C-TZ", kind: .promiseBroken))
        }
        #expect(history.assess().features.brokenPromises == 2)
        let buenosAires = try #require(TimeZone(secondsFromGMT: -3 * 3_600))
        #expect(history.assess(RiskClassifier(timeZone: buenosAires)).features.brokenPromises == 1)
        let shortWindow = RiskClassifier(policy: RiskPolicy(eventWindowDays: 30), timeZone: RiskHistory.utc)
        #expect(history.assess(shortWindow).features.brokenPromises == 0)
    }

    @Test("on the synthetic portfolio, punctual payers with nothing long overdue are A, chronic ones C or D")
    func syntheticPortfolio() {
        let asOf = RiskHistory.asOf
        let portfolio = SyntheticPortfolio(.init(customers: 2_000, asOf: asOf, seed: 11))
        let assessments = classifier.classify(
            customers: portfolio.customers, invoices: portfolio.invoices, payments: portfolio.payments,
            activities: portfolio.activities, asOf: asOf)
        #expect(assessments.count == 2_000)
        func share(
            _ habit: SyntheticPortfolio.Habit, in tiers: Set<RiskTier>, where condition: (RiskAssessment) -> Bool
        ) -> Double {
            let positions = portfolio.habits.indices.filter {
                portfolio.habits[$0] == habit && !portfolio.customers[$0].isVIP && condition(assessments[$0])
            }
            let hits = positions.filter { tiers.contains(assessments[$0].tier) }.count
            return Double(hits) / Double(max(1, positions.count))
        }
        // The generator's punctual customers forget 3% of their invoices for good; a customer with an invoice
        // unpaid for months is rightly not A. Those with nothing overdue beyond grace and enough history are.
        let settled: (RiskAssessment) -> Bool = { $0.features.currentDaysLate <= 3 && !$0.usesDefaultTier }
        #expect(share(.punctual, in: [.a], where: settled) > 0.95)
        #expect(share(.chronic, in: [.c, .d]) { _ in true } > 0.95)
        #expect(share(.late, in: [.b, .c, .d]) { _ in true } > 0.95)
        #expect(share(.new, in: [.b]) { _ in true } > 0.75)
        let vips = portfolio.customers.indices.filter { portfolio.customers[$0].isVIP }
        #expect(!vips.isEmpty && vips.allSatisfy { assessments[$0].tier == .a && assessments[$0].source == .vip })
    }
}
