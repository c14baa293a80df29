import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The batch keeps a customer's per-currency amounts inline and works contributions out on demand; what it
/// returns must be what the straightforward computation gives: the policy's `score` of the features, arrays
/// of amounts, the same equality, hash and JSON.
@Suite("Risk classification: the batch's lean result equals the straightforward one")
struct RiskLeanResultTests {
    static let asOf = CivilDate(daysSinceEpoch: 20_402)
    let classifier = RiskClassifier(timeZone: TimeZone(identifier: "UTC") ?? .gmt)

    /// A seeded portfolio where every third invoice is in dollars, so some customers owe in two currencies.
    func portfolio(seed: UInt64) -> (SyntheticPortfolio, [Invoice]) {
        let portfolio = SyntheticPortfolio(
            .init(customers: 300, asOf: Self.asOf, customersPerCollector: 50, seed: seed))
        var invoices = portfolio.invoices
        for position in stride(from: 0, to: invoices.count, by: 3) {
            invoices[position].amount = Money(minorUnits: invoices[position].amount.minorUnits, currency: .usd)
            invoices[position].balance = Money(minorUnits: invoices[position].balance.minorUnits, currency: .usd)
        }
        return (portfolio, invoices)
    }

    /// The assessment as the public initializer builds it, with the contributions of `RiskPolicy.score`.
    func straightforward(_ assessment: RiskAssessment) -> RiskAssessment {
        let (score, contributions) = classifier.policy.score(assessment.features)
        let features = assessment.features
        return RiskAssessment(
            customerID: assessment.customerID, tier: assessment.tier, source: assessment.source,
            classifiedTier: assessment.classifiedTier, indicatedTier: assessment.indicatedTier,
            usesDefaultTier: assessment.usesDefaultTier, score: score,
            features: RiskFeatures(
                asOf: features.asOf, historyStart: features.historyStart, eventWindowDays: features.eventWindowDays,
                invoicesAssessed: features.invoicesAssessed, invoicesPaidOnTime: features.invoicesPaidOnTime,
                averageDaysLate: features.averageDaysLate, amountWeightedDaysLate: features.amountWeightedDaysLate,
                worstDaysLate: features.worstDaysLate, brokenPromises: features.brokenPromises,
                disputes: features.disputes, openBalance: features.openBalance,
                overdueBalance: features.overdueBalance, openInvoices: features.openInvoices,
                overdueInvoices: features.overdueInvoices, currentDaysLate: features.currentDaysLate,
                primaryCurrency: features.primaryCurrency, overdueRatio: features.overdueRatio,
                billedPerYear: features.billedPerYear, creditLimitUse: features.creditLimitUse,
                relationshipDays: features.relationshipDays),
            contributions: contributions, previousTier: assessment.previousTier, risk: assessment.risk,
            requiredHistory: assessment.requiredHistory, requiredEvaluations: assessment.requiredEvaluations)
    }

    @Test(
        "every assessment of seeded portfolios equals, hashes and encodes like the straightforward one",
        arguments: [3, 29])
    func batchEqualsStraightforward(seed: UInt64) throws {
        let (portfolio, invoices) = portfolio(seed: seed)
        let assessments = classifier.classify(
            customers: portfolio.customers, invoices: invoices, payments: portfolio.payments,
            activities: portfolio.activities, asOf: Self.asOf)
        #expect(assessments.count == portfolio.customers.count)
        #expect(assessments.contains { $0.features.openBalance.count == 2 })
        #expect(assessments.contains { $0.features.openBalance.count == 1 })
        #expect(assessments.contains { $0.features.overdueBalance.isEmpty })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for assessment in assessments {
            let expected = straightforward(assessment)
            #expect(assessment.contributions.count == classifier.policy.factors.count)
            #expect(assessment.score == expected.score)
            #expect(assessment == expected)
            #expect(assessment.hashValue == expected.hashValue)
            let json = try encoder.encode(assessment)
            #expect(json == (try encoder.encode(expected)))
            #expect(try JSONDecoder().decode(RiskAssessment.self, from: json) == assessment)
        }
    }

    @Test("the JSON keys are the public properties', as a synthesized conformance wrote them")
    func jsonKeys() throws {
        let (portfolio, invoices) = portfolio(seed: 3)
        let assessment = try #require(
            classifier.classify(
                customers: portfolio.customers, invoices: invoices, payments: portfolio.payments,
                activities: portfolio.activities, asOf: Self.asOf
            ).first { $0.features.openBalance.count == 2 })
        let object = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(assessment)) as? [String: Any])
        #expect(
            Set(object.keys)
                == Set(
                    [
                        "customerID", "tier", "source", "classifiedTier", "indicatedTier", "usesDefaultTier",
                        "score", "features", "contributions", "previousTier", "risk", "requiredHistory",
                        "requiredEvaluations",
                    ].filter { $0 != "previousTier" || assessment.previousTier != nil }))
        let features = try #require(object["features"] as? [String: Any])
        #expect((features["openBalance"] as? [Any])?.count == 2)
        #expect(features["billedPerYear"] is [Any])
        #expect((object["contributions"] as? [Any])?.count == classifier.policy.factors.count)
    }

    @Test("changing the features keeps the contributions they were scored with; setting them replaces them")
    func mutation() throws {
        let (portfolio, invoices) = portfolio(seed: 3)
        var assessment = try #require(
            classifier.classify(
                customers: portfolio.customers, invoices: invoices, payments: portfolio.payments,
                activities: portfolio.activities, asOf: Self.asOf
            ).first { $0.features.invoicesAssessed > 0 && $0.features.worstDaysLate > 0 })
        let scored = classifier.policy.score(assessment.features).contributions
        assessment.features.worstDaysLate = 0
        assessment.features.brokenPromises = 9
        #expect(assessment.contributions == scored)
        assessment.contributions = []
        #expect(assessment.contributions.isEmpty)
    }

    @Test("per-currency lists behave as arrays: set, append, compare")
    func amountLists() {
        let ars = Money(minorUnits: 1_500, currency: .ars)
        let usd = Money(minorUnits: 250, currency: .usd)
        var features = RiskFeatures(
            asOf: Self.asOf, historyStart: Self.asOf.adding(months: -12), eventWindowDays: 90)
        #expect(features.openBalance.isEmpty)
        features.openBalance.append(ars)
        #expect(features.openBalance == [ars])
        features.openBalance.append(usd)
        features.openBalance.append(ars)
        #expect(features.openBalance == [ars, usd, ars])
        features.openBalance.removeLast(2)
        let built = RiskFeatures(
            asOf: Self.asOf, historyStart: Self.asOf.adding(months: -12), eventWindowDays: 90, openBalance: [ars])
        #expect(features == built)
        #expect(features.hashValue == built.hashValue)
        features.overdueBalance = [usd, ars]
        #expect(features.overdueBalance == [usd, ars])
        #expect(features != built)
        features.overdueBalance = []
        #expect(features == built)
    }
}
