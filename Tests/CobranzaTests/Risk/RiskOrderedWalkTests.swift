import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The batch walks records listed customer by customer in one pass, and groups them by customer otherwise;
/// whatever the order of the records, the assessments are the same.
@Suite("Risk classification: records in the customers' order or in any order")
struct RiskOrderedWalkTests {
    static let asOf = CivilDate(daysSinceEpoch: 20_402)
    let classifier = RiskClassifier(timeZone: TimeZone(identifier: "UTC") ?? .gmt)

    func portfolio(customers: Int = 240, seed: UInt64 = 11) -> SyntheticPortfolio {
        SyntheticPortfolio(.init(customers: customers, asOf: Self.asOf, customersPerCollector: 50, seed: seed))
    }

    func classify(
        _ customers: [Customer], _ invoices: [Invoice], _ payments: [Payment], _ activities: [Activity]
    ) -> [RiskAssessment] {
        classifier.classify(
            customers: customers, invoices: invoices, payments: payments, activities: activities, asOf: Self.asOf)
    }

    @Test("records listed customer by customer give what shuffled records give, and what each customer alone gives")
    func orderedEqualsShuffled() {
        let portfolio = portfolio()
        let inOrder = classify(portfolio.customers, portfolio.invoices, portfolio.payments, portfolio.activities)
        var rng = SplitMix64(seed: 5)
        let shuffled = classify(
            portfolio.customers, portfolio.invoices.shuffled(using: &rng), portfolio.payments.shuffled(using: &rng),
            portfolio.activities.shuffled(using: &rng))
        #expect(inOrder.count == portfolio.customers.count)
        #expect(inOrder == shuffled)
        // The portfolio has customers of every kind: with history, without, late and punctual.
        #expect(Set(inOrder.map(\.tier)).count >= 3)
        #expect(inOrder.contains { $0.features.invoicesAssessed == 0 || $0.usesDefaultTier })
        for position in stride(from: 0, to: portfolio.customers.count, by: 17) {
            let customer = portfolio.customers[position]
            let alone = classifier.assess(
                customer, invoices: portfolio.invoices.filter { $0.customerID == customer.id },
                payments: portfolio.payments.filter { $0.customerID == customer.id },
                activities: portfolio.activities.filter { $0.customerID == customer.id }, asOf: Self.asOf)
            #expect(inOrder[position] == alone)
        }
    }

    @Test("customers in another order than their records: each still gets its own history")
    func customersReversed() {
        let portfolio = portfolio()
        let inOrder = classify(portfolio.customers, portfolio.invoices, portfolio.payments, portfolio.activities)
        let reversed = classify(
            portfolio.customers.reversed(), portfolio.invoices, portfolio.payments, portfolio.activities)
        #expect(reversed == inOrder.reversed())
    }

    @Test("records of a customer not listed are ignored, wherever they are")
    func strangerRecords() {
        let portfolio = portfolio()
        let listed = Array(portfolio.customers.dropLast(10))
        let expected = Array(
            classify(portfolio.customers, portfolio.invoices, portfolio.payments, portfolio.activities).dropLast(10))
        // The unlisted customers' records come last (the walk reaches the end with records left) …
        #expect(classify(listed, portfolio.invoices, portfolio.payments, portfolio.activities) == expected)
        // … or first (the walk finds no listed customer's records at the start).
        let strangers = Set(portfolio.customers.suffix(10).map(\.id))
        let invoices =
            portfolio.invoices.filter { strangers.contains($0.customerID) }
            + portfolio.invoices.filter { !strangers.contains($0.customerID) }
        #expect(classify(listed, invoices, portfolio.payments, portfolio.activities) == expected)
    }

    @Test("a long run of customers without records before the first records")
    func customersWithoutRecordsFirst() {
        let portfolio = portfolio()
        let newcomers = (0..<100).map { Customer(id: CustomerID("N-\($0)"), name: "Nuevo \($0)") }
        let all = newcomers + portfolio.customers
        let assessments = classify(all, portfolio.invoices, portfolio.payments, portfolio.activities)
        let expected = classify(portfolio.customers, portfolio.invoices, portfolio.payments, portfolio.activities)
        #expect(Array(assessments.dropFirst(100)) == expected)
        #expect(
            assessments.prefix(100).allSatisfy { $0.features.invoicesAssessed == 0 && $0.features.openInvoices == 0 })
    }

    @Test("a customer listed twice takes its records at its first place, even when they follow another's")
    func duplicateCustomer() {
        var first = RiskHistory("C-X", since: RiskHistory.day(-900))
        first.monthly(months: 12) { month in month % 3 == 0 ? 45 : 0 }
        var second = RiskHistory("C-Y", since: RiskHistory.day(-900))
        second.monthly(months: 12) { _ in 0 }
        let assessments = classifier.classify(
            customers: [first.customer, second.customer, first.customer],
            invoices: second.invoices + first.invoices, payments: second.payments + first.payments,
            activities: [], asOf: RiskHistory.asOf)
        #expect(assessments.count == 3)
        #expect(assessments[0] == first.assess())
        #expect(assessments[1] == second.assess())
        #expect(assessments[2].features.invoicesAssessed == 0 && assessments[2].features.openInvoices == 0)
        #expect(assessments[0].features.invoicesAssessed == 12)
    }

    @Test("each tier change's comment is the move and the reasons' texts, in both languages")
    func changeSetComments() {
        let portfolio = portfolio(customers: 120)
        var customers = portfolio.customers
        for position in customers.indices where position % 3 == 0 {
            customers[position].risk = CustomerRisk(tier: .a, score: 5, assessedOn: Self.asOf.adding(days: -30))
        }
        let assessments = classify(customers, portfolio.invoices, portfolio.payments, portfolio.activities)
        for language in [RiskReason.Language.spanish, .english] {
            let changes = classifier.changeSet(
                for: assessments, customers: customers, at: Date(timeIntervalSince1970: 1_762_776_000),
                language: language)
            let changed = assessments.filter(\.tierChanged)
            #expect(changes.activities.count == changed.count && changed.count > 60)
            #expect(changed.contains { $0.previousTier != nil } && changed.contains { $0.previousTier == nil })
            for (activity, assessment) in zip(changes.activities, changed) {
                let move: String
                switch (language, assessment.previousTier) {
                case (.spanish, let previous?): move = "nivel de riesgo \(previous) → \(assessment.tier)"
                case (.spanish, nil): move = "nivel de riesgo inicial \(assessment.tier)"
                case (.english, let previous?): move = "risk tier \(previous) → \(assessment.tier)"
                case (.english, nil): move = "initial risk tier \(assessment.tier)"
                }
                let reasons = assessment.reasonTexts(in: language).joined(separator: "; ")
                #expect(activity.customerID == assessment.customerID)
                #expect(activity.comment == move + ": " + reasons)
            }
        }
    }
}
