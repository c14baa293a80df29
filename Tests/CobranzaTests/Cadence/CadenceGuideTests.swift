import Cobranza
import Foundation
import Testing

@Suite("Cadences guide")
struct CadenceGuideTests {
    static func guide() throws -> String { try ReadmeTests.text("Documentation/Cadences.md") }

    @Test("the guide's policy loads, and its four mistakes give the errors the guide shows")
    func policyAndErrors() throws {
        let guide = try Self.guide()
        let json = try #require(ReadmeTests.fencedBlock("json", inSection: "## Writing a policy", of: guide))
        let policy = try CadencePolicy.load(json: Data(json.utf8))
        #expect(
            policy.tiers[.b]?.steps.map(\.id) == ["B-upcoming-due", "B-friendly", "B-call", "B-formal", "B-suspend"])
        let shown = try #require(ReadmeTests.fencedBlock("text", inSection: "## Writing a policy", of: guide))
        let mistakes = [
            ("\"3_days_after_due\"", "\"0_days_after_due\""),
            (", \"channels\": [\"email\"],\n       \"action\": \"suspend_service\"", ", \"channels\": [\"email\"]"),
            ("\"defaultTier\": \"B\"", "\"defaultTier\": \"Z\""),
            ("\"30_days_after_due\"", "\"70_days_after_due\""),
        ]
        var errors: [String] = []
        for (original, replacement) in mistakes {
            #expect(json.contains(original), "the guide's JSON no longer contains \(original)")
            let broken = json.replacingOccurrences(of: original, with: replacement)
            do {
                _ = try CadencePolicy.load(json: Data(broken.utf8))
                errors.append("no error for \(replacement)")
            } catch {
                errors.append(error.description)
            }
        }
        #expect(errors.map { $0 + "\n" }.joined() == shown)
    }

    @Test("the guide's tables list every step of the default policy, in order")
    func defaultPolicyTables() throws {
        let guide = try Self.guide()
        for (tier, cadence) in CadencePolicy.default.tiers {
            let rows = guide.split(separator: "\n").filter { $0.hasPrefix("| `\(tier.name)-") }
            let ids = rows.compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) }
            #expect(ids == cadence.steps.map(\.id), "tier \(tier)")
            for (row, step) in zip(rows, cadence.steps) {
                #expect(row.contains(" \(step.stage.rawValue)"), "\(step.id): stage")
                #expect(row.contains(step.sender.rawValue), "\(step.id): sender")
                #expect(row.hasSuffix("| \(step.contactRole.rawValue) |"), "\(step.id): contact")
            }
        }
    }
}
