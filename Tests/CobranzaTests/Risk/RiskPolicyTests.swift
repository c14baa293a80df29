import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Risk policy")
struct RiskPolicyTests {
    func decode(_ json: String) throws -> RiskPolicy {
        try JSONDecoder().decode(RiskPolicy.self, from: Data(json.utf8))
    }

    @Test("the standard policy is valid, its weights add up to 100, and its tiers are A to D")
    func standard() throws {
        let policy = RiskPolicy.standard
        try policy.validate()
        #expect(policy.factors.reduce(0) { $0 + $1.weight } == 100)
        #expect(policy.tiers.map(\.name) == ["A", "B", "C", "D"])
        #expect(policy.tiers.map(\.meaning) == ["reliable", "needs reminders", "needs calls", "high risk"])
        #expect(policy.tiers.map(\.minimumScore) == [0, 15, 35, 60])
        #expect(policy.defaultTier == .b && policy.vipTier == .a)
    }

    @Test("a policy round-trips through JSON unchanged, custom tiers included")
    func roundTrip() throws {
        var policy = RiskPolicy.standard
        policy.tiers = [
            RiskTierDefinition(name: "Verde", meaning: "confiable", minimumScore: 0),
            RiskTierDefinition(name: "Amarillo", meaning: "recordatorios", minimumScore: 25),
            RiskTierDefinition(name: "Rojo", meaning: "llamados", minimumScore: 50),
        ]
        policy.defaultTier = "Amarillo"
        policy.vipTier = "Verde"
        policy.consecutiveEvaluations = 5
        policy.factors[0].weight = 40
        let data = try JSONEncoder().encode(policy)
        #expect(try JSONDecoder().decode(RiskPolicy.self, from: data) == policy)
        #expect(policy.tier(forScore: 30) == "Amarillo")
    }

    @Test("missing fields take the standard values")
    func partialJSON() throws {
        let policy = try decode(#"{"defaultTier": "C", "consecutiveEvaluations": 2}"#)
        var expected = RiskPolicy.standard
        expected.defaultTier = .c
        expected.consecutiveEvaluations = 2
        #expect(policy == expected)
        #expect(try decode("{}") == .standard)
    }

    @Test(
        "decoding validates, and the error names the field",
        arguments: [
            (#"{"defaultTier": "E"}"#, "defaultTier"),
            (#"{"vipTier": "Z"}"#, "vipTier"),
            (#"{"minimumHistory": -1}"#, "minimumHistory"),
            (#"{"historyMonths": 0}"#, "historyMonths"),
            (#"{"eventWindowDays": 0}"#, "eventWindowDays"),
            (#"{"onTimeGraceDays": -2}"#, "onTimeGraceDays"),
            (#"{"consecutiveEvaluations": 0}"#, "consecutiveEvaluations"),
            (#"{"immediateChangeTiers": 0}"#, "immediateChangeTiers"),
            (#"{"tiers": [{"name": "A", "meaning": "", "minimumScore": 0}]}"#, "tiers"),
            (
                #"{"tiers": [{"name": "A", "meaning": "", "minimumScore": 5},"#
                    + #" {"name": "B", "meaning": "", "minimumScore": 50}], "defaultTier": "A", "vipTier": "A"}"#,
                "tiers[0].minimumScore"
            ),
            (
                #"{"tiers": [{"name": "A", "meaning": "", "minimumScore": 0},"#
                    + #" {"name": "B", "meaning": "", "minimumScore": 50},"#
                    + #" {"name": "C", "meaning": "", "minimumScore": 40}]}"#,
                "tiers[2].minimumScore"
            ),
            (
                #"{"tiers": [{"name": "A", "meaning": "", "minimumScore": 0},"#
                    + #" {"name": "A", "meaning": "", "minimumScore": 50}]}"#,
                "tiers[1].name"
            ),
            (
                #"{"tiers": [{"name": "A", "meaning": "", "minimumScore": 0},"#
                    + #" {"name": " ", "meaning": "", "minimumScore": 50}]}"#,
                "tiers[1].name"
            ),
            (#"{"factors": []}"#, "factors"),
            (#"{"factors": [{"factor": "disputes", "weight": -1, "good": 0, "bad": 3}]}"#, "factors[0].weight"),
            (#"{"factors": [{"factor": "disputes", "weight": 0, "good": 0, "bad": 3}]}"#, "factors"),
            (#"{"factors": [{"factor": "disputes", "weight": 5, "good": 3, "bad": 3}]}"#, "factors[0].bad"),
            (
                #"{"factors": [{"factor": "disputes", "weight": 5, "good": 0, "bad": 3},"#
                    + #" {"factor": "disputes", "weight": 5, "good": 0, "bad": 2}]}"#,
                "factors[1].factor"
            ),
        ])
    func validationNamesTheField(json: String, field: String) throws {
        do {
            _ = try decode(json)
            Issue.record("decoded an invalid policy: \(json)")
        } catch let error as PolicyError {
            switch error {
            case .invalidValue(let named, _), .missingValue(let named): #expect(named == field)
            }
            #expect(error.description.contains("'\(field)'"))
        }
    }

    @Test("an unknown factor name is a decoding error")
    func unknownFactor() {
        #expect(throws: DecodingError.self) {
            try decode(#"{"factors": [{"factor": "shoeSize", "weight": 5, "good": 0, "bad": 3}]}"#)
        }
    }

    @Test("a rule ramps linearly from good to bad, flat beyond, either way round")
    func severity() {
        let worst = RiskFactorRule(factor: .worstDaysLate, weight: 10, good: 15, bad: 90)
        #expect(worst.severity(of: 0) == 0)
        #expect(worst.severity(of: 15) == 0)
        #expect(worst.severity(of: 45) == 0.4)
        #expect(worst.severity(of: 90) == 1)
        #expect(worst.severity(of: 400) == 1)
        let age = RiskFactorRule(factor: .relationshipDays, weight: 5, good: 730, bad: 180)
        #expect(age.severity(of: 2_000) == 0)
        #expect(age.severity(of: 400) == 0.6)
        #expect(age.severity(of: 30) == 1)
    }

    @Test("weights that do not add up to 100 are scaled so the worst case is 100")
    func scaling() {
        let policy = RiskPolicy(factors: [
            RiskFactorRule(factor: .brokenPromises, weight: 3, good: 0, bad: 2),
            RiskFactorRule(factor: .disputes, weight: 1, good: 0, bad: 2),
        ])
        var features = RiskFeatures(asOf: RiskHistory.asOf, historyStart: RiskHistory.day(-366), eventWindowDays: 90)
        features.brokenPromises = 1
        features.disputes = 5
        let (score, contributions) = policy.score(features)
        #expect(contributions.map(\.points) == [37.5, 25])  // 3 × 0.5 × 25, 1 × 1 × 25
        #expect(score == 62.5)
    }

    @Test("a score falls in the last tier whose minimum it reaches")
    func tierForScore() {
        let policy = RiskPolicy.standard
        #expect(policy.tier(forScore: 0) == .a)
        #expect(policy.tier(forScore: 14.99) == .a)
        #expect(policy.tier(forScore: 15) == .b)
        #expect(policy.tier(forScore: 34.9) == .b)
        #expect(policy.tier(forScore: 35) == .c)
        #expect(policy.tier(forScore: 60) == .d)
        #expect(policy.tier(forScore: 100) == .d)
    }
}
