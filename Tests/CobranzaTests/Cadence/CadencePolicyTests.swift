import Cobranza
import Foundation
import Testing

@Suite("Cadence policy")
struct CadencePolicyTests {
    @Test("stage raw values are the public contract, ordered by severity")
    func stages() {
        #expect(
            CadenceStage.allCases.map(\.rawValue) == [
                "new_invoice", "upcoming_due", "friendly", "direct", "formal", "final_notice", "action",
            ])
        #expect(CadenceStage.allCases.sorted() == CadenceStage.allCases)
        #expect(CadenceStage.friendly < .direct && CadenceStage.finalNotice < .action)
        #expect(CadenceStage.direct.defaultContactRole == .billing)
        #expect(CadenceStage.formal.defaultContactRole == .escalation)
    }

    @Test(
        "triggers read and write their short form",
        arguments: [
            ("on_issue", CadenceTrigger.onIssue), ("on_due_date", .onDueDate), ("3_days_before_due", .daysBeforeDue(3)),
            ("1_day_after_due", .daysAfterDue(1)), ("60_days_after_due", .daysAfterDue(60)),
        ])
    func triggerText(text: String, trigger: CadenceTrigger) {
        #expect(CadenceTrigger(text: text) == trigger)
        #expect(trigger.text == text)
    }

    @Test(
        "malformed triggers are rejected",
        arguments: [
            "", "0_days_after_due", "-3_days_before_due", "3_weeks_after_due", "3_days_after_issue", "x_days_after_due",
            "on_due",
        ])
    func malformedTrigger(text: String) {
        #expect(CadenceTrigger(text: text) == nil)
    }

    @Test("the default policy is valid and survives a JSON round trip")
    func defaultRoundTrip() throws {
        try CadencePolicy.default.validate()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(CadencePolicy.default)
        let decoded = try CadencePolicy.load(json: data)
        #expect(decoded == CadencePolicy.default)
        #expect(try encoder.encode(decoded) == data)
    }

    @Test("the default policy encodes the seeds: A gentle and late, C early and firm with calls")
    func defaultShape() throws {
        let policy = CadencePolicy.default
        #expect(Set(policy.tiers.keys) == [.a, .b, .c, .d])
        let a = try #require(policy.tiers[.a]).steps
        let c = try #require(policy.tiers[.c]).steps
        func firstReminderDay(_ steps: [CadenceStep]) -> Int? {
            steps.compactMap { step -> Int? in
                if case .daysAfterDue(let days) = step.trigger { return days }
                return nil
            }.min()
        }
        #expect(firstReminderDay(a) == 7)
        #expect(firstReminderDay(c) == 2)
        #expect(!a.contains { $0.stage == .upcomingDue })
        #expect(c.filter { $0.channels == [.phoneCall] }.count == 2)
        #expect(
            policy.tiers.values.allSatisfy { cadence in cadence.steps.allSatisfy { $0.template == $0.stage.rawValue } })
    }

    @Test("omitted step fields take their defaults")
    func stepDefaults() throws {
        let json = """
            {"defaultTier": "A", "tiers": {"A": {"steps": [
              {"id": "f", "trigger": "5_days_after_due", "stage": "friendly", "channels": ["email"]},
              {"id": "x", "trigger": "30_days_after_due", "stage": "formal", "channels": ["letter", "email"],
               "template": "formal_v2", "sender": "legal", "signed": true}
            ]}}}
            """
        let policy = try CadencePolicy.load(json: Data(json.utf8))
        let steps = try #require(policy.tiers[.a]).steps
        #expect(steps[0].template == "friendly")
        #expect(steps[0].sender == .system)
        #expect(steps[0].contactRole == .billing)
        #expect(steps[0].signed == false)
        #expect(steps[1].template == "formal_v2")
        #expect(steps[1].contactRole == .escalation)
        #expect(steps[1].signed)
        #expect(policy.minimumGapDays == 0)
        #expect(policy.actionsRole == "actions")
    }

    /// A valid policy document with tier A (two steps) and tier C (four steps), to break one field at a time.
    static let base = """
        {"defaultTier": "A", "minimumGapDays": 2,
         "minimumBalance": [{"minorUnits": 100000, "currency": "ARS"}],
         "tiers": {
          "A": {"steps": [
            {"id": "A-friendly", "trigger": "7_days_after_due", "stage": "friendly", "channels": ["email"]},
            {"id": "A-suspend", "trigger": "90_days_after_due", "stage": "action", "action": "suspend_service"}
          ]},
          "C": {"steps": [
            {"id": "C-upcoming", "trigger": "5_days_before_due", "stage": "upcoming_due", "channels": ["email"]},
            {"id": "C-friendly", "trigger": "2_days_after_due", "stage": "friendly", "channels": ["whatsapp", "email"]},
            {"id": "C-formal", "trigger": "15_days_after_due", "stage": "formal", "channels": ["email", "letter"]},
            {"id": "C-legal", "trigger": "60_days_after_due", "stage": "action", "channels": ["letter"], "action": "legal"}
          ]}
        }}
        """

    @Test("the base document used below is valid")
    func baseIsValid() throws {
        let policy = try CadencePolicy.load(json: Data(Self.base.utf8))
        #expect(policy.tiers[.c]?.steps.count == 4)
    }

    @Test(
        "validation errors name the field",
        arguments: [
            (
                "\"5_days_before_due\", \"stage\": \"upcoming_due\"",
                "\"0_days_after_due\", \"stage\": \"upcoming_due\"",
                "tiers.C.steps[0].trigger"
            ),
            ("\"15_days_after_due\"", "\"15_days_before_due\"", "tiers.C.steps[2].trigger"),
            ("\"60_days_after_due\"", "\"10_days_after_due\"", "tiers.C.steps[2].trigger"),
            ("\"id\": \"C-formal\"", "\"id\": \"C-friendly\"", "tiers.C.steps[2].id"),
            ("\"defaultTier\": \"A\"", "\"defaultTier\": \"B\"", "defaultTier"),
            ("\"minimumGapDays\": 2", "\"minimumGapDays\": -1", "minimumGapDays"),
            (", \"action\": \"suspend_service\"", "", "tiers.A.steps[1].action"),
            (
                "\"stage\": \"formal\", \"channels\": [\"email\", \"letter\"]",
                "\"stage\": \"formal\", \"channels\": []",
                "tiers.C.steps[2].channels"
            ),
            ("[\"whatsapp\", \"email\"]", "[\"whatsapp\", \"fax\"]", "tiers.C.steps[1].channels[1]"),
            ("[\"whatsapp\", \"email\"]", "[\"whatsapp\", \"whatsapp\"]", "tiers.C.steps[1].channels[1]"),
            (
                "\"stage\": \"friendly\", \"channels\": [\"email\"]",
                "\"stage\": \"gentle\", \"channels\": [\"email\"]",
                "tiers.A.steps[0].stage"
            ),
            (
                "\"channels\": [\"letter\"], \"action\": \"legal\"",
                "\"channels\": [\"email\"], \"signed\": true, \"action\": \"legal\"",
                "tiers.C.steps[3].signed"
            ),
            (
                "\"currency\": \"ARS\"}]", "\"currency\": \"ARS\"}, {\"minorUnits\": 5, \"currency\": \"ARS\"}]",
                "minimumBalance[1]"
            ),
        ])
    func validationErrors(original: String, replacement: String, field: String) throws {
        #expect(Self.base.contains(original))
        let json = Self.base.replacingOccurrences(of: original, with: replacement)
        let error = #expect(throws: PolicyError.self) { try CadencePolicy.load(json: Data(json.utf8)) }
        #expect(error?.field == field, "\(error.map(String.init(describing:)) ?? "no error")")
    }

    @Test("a missing field is reported as missing, with its path")
    func missingField() {
        let json = Self.base.replacingOccurrences(of: "\"trigger\": \"2_days_after_due\", ", with: "")
        #expect(throws: PolicyError.missingValue(field: "tiers.C.steps[1].trigger")) {
            try CadencePolicy.load(json: Data(json.utf8))
        }
        #expect(throws: PolicyError.missingValue(field: "tiers")) {
            try CadencePolicy.load(json: Data(#"{"defaultTier": "A"}"#.utf8))
        }
    }

    @Test("data that is not JSON is reported against the document")
    func notJSON() {
        let error = #expect(throws: PolicyError.self) { try CadencePolicy.load(json: Data("tiers:".utf8)) }
        #expect(error?.field == "document")
    }

    @Test("the error's description is a sentence naming the field")
    func description() {
        let json = Self.base.replacingOccurrences(of: "\"minimumGapDays\": 2", with: "\"minimumGapDays\": -1")
        let error = #expect(throws: PolicyError.self) { try CadencePolicy.load(json: Data(json.utf8)) }
        #expect(error?.description == "Invalid policy value at 'minimumGapDays': must not be negative")
    }

    @Test("a policy built in code is validated the same way")
    func validateInCode() {
        var policy = CadencePolicy.default
        policy.tiers[.b]?.steps[2].trigger = .daysAfterDue(0)
        #expect(
            throws: PolicyError.invalidValue(
                field: "tiers.B.steps[2].trigger", reason: "the number of days must be at least 1")
        ) {
            try policy.validate()
        }
    }
}

extension PolicyError {
    /// The field the error names.
    var field: String {
        switch self {
        case .invalidValue(let field, _), .missingValue(let field): return field
        }
    }
}
