import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Risk classification: stability")
struct RiskStabilityTests {
    let policy = RiskPolicy.standard  // 3 consecutive evaluations; a 2-tier move at once

    func record(_ tier: RiskTier, on offset: Int, pending: RiskTier? = nil, count: Int = 0) -> CustomerRisk {
        CustomerRisk(
            tier: tier, score: 0, assessedOn: RiskHistory.day(offset), pendingTier: pending, pendingCount: count,
            computedTier: tier)
    }

    @Test("a first classification takes the indicated tier at once")
    func firstEvaluation() {
        #expect(policy.stabilize(indicated: .c, previous: nil, asOf: RiskHistory.asOf).tier == .c)
    }

    @Test("a one-step move is held until it has been indicated by N consecutive evaluations")
    func oneStepWaits() {
        var risk = record(.a, on: -3)
        for (offset, expectedTier, expectedCount) in [(-2, RiskTier.a, 1), (-1, .a, 2), (0, .b, 0)] {
            let stable = policy.stabilize(indicated: .b, previous: risk, asOf: RiskHistory.day(offset))
            #expect(stable.tier == expectedTier)
            #expect(stable.pendingCount == expectedCount)
            #expect(stable.pendingTier == (expectedCount == 0 ? nil : .b))
            risk = CustomerRisk(
                tier: stable.tier, score: 20, assessedOn: RiskHistory.day(offset), pendingTier: stable.pendingTier,
                pendingCount: stable.pendingCount, computedTier: stable.tier)
        }
    }

    @Test("a move of two tiers or more applies at once")
    func twoStepsAtOnce() {
        let stable = policy.stabilize(indicated: .c, previous: record(.a, on: -1), asOf: RiskHistory.asOf)
        #expect(stable == RiskPolicy.StableTier(tier: .c))
        #expect(policy.stabilize(indicated: .a, previous: record(.d, on: -1), asOf: RiskHistory.asOf).tier == .a)
    }

    @Test("a streak that is interrupted or points elsewhere starts over")
    func streakResets() {
        let waiting = record(.b, on: -1, pending: .c, count: 2)
        let back = policy.stabilize(indicated: .b, previous: waiting, asOf: RiskHistory.asOf)
        #expect(back == RiskPolicy.StableTier(tier: .b))
        let otherWay = policy.stabilize(indicated: .a, previous: waiting, asOf: RiskHistory.asOf)
        #expect(otherWay == RiskPolicy.StableTier(tier: .b, pendingTier: .a, pendingCount: 1))
    }

    @Test("re-running on the same day does not advance the streak")
    func sameDayRerun() {
        let waiting = record(.b, on: 0, pending: .c, count: 2)
        let again = policy.stabilize(indicated: .c, previous: waiting, asOf: RiskHistory.asOf)
        #expect(again == RiskPolicy.StableTier(tier: .b, pendingTier: .c, pendingCount: 2))
    }

    @Test("a previous tier the policy no longer defines is replaced at once")
    func unknownPreviousTier() {
        #expect(policy.stabilize(indicated: .b, previous: record("Z", on: -1), asOf: RiskHistory.asOf).tier == .b)
    }

    @Test("with one evaluation required, every move applies at once")
    func noWaiting() {
        let eager = RiskPolicy(consecutiveEvaluations: 1)
        #expect(eager.stabilize(indicated: .b, previous: record(.a, on: -1), asOf: RiskHistory.asOf).tier == .b)
    }

    @Test("through the classifier: one step held with its reason, two steps through at once")
    func classifierHoldsAndReleases() {
        // Twelve monthly invoices paid 20 days late give B (score ≈ 33.8); a stored A is one step away.
        var history = RiskHistory("C-B", since: RiskHistory.day(-1_000))
        history.monthly(months: 24) { month in month == 23 ? nil : 20 }
        history.invoices[23].status = .normal
        history.invoices[23].dueDate = RiskHistory.day(10)
        history.customer.risk = record(.a, on: -1)
        let held = history.assess()
        #expect(held.indicatedTier == .b)
        #expect(held.tier == .a && held.isHeld && !held.tierChanged)
        #expect(
            held.risk
                == CustomerRisk(
                    tier: .a, score: held.score, assessedOn: RiskHistory.asOf, pendingTier: .b,
                    pendingCount: 1, computedTier: .a))
        #expect(held.reasonTexts(in: .spanish).last == "se mantiene en A: B indicado en 1 de 3 evaluaciones seguidas")
        #expect(held.reasonTexts(in: .english).last == "stays A: B indicated in 1 of 3 consecutive evaluations")

        history.customer.risk = record(.d, on: -1)
        let jumped = history.assess()
        #expect(jumped.tier == .b && !jumped.isHeld && jumped.tierChanged)
    }
}
