import Cobranza
import Testing

@Suite("Cadence: the seed's example")
struct CadenceSeedExampleTests {
    @Test(
        "a tier-A customer 7 days late and a tier-C customer 60 days late get different stages, channels and templates")
    func tierASevenDaysVersusTierCSixtyDays() throws {
        let today = CadenceWorld.day(19)  // Wednesday 2024-03-20
        let customerA = CadenceWorld.customer("C-A", tier: .a)
        let customerC = CadenceWorld.customer("C-C", tier: .c)
        let plan = CadenceWorld.plan(
            [customerA, customerC],
            [
                CadenceWorld.invoice("FA-A", customer: "C-A", due: CadenceWorld.day(12)),  // 7 days late
                CadenceWorld.invoice("FA-C", customer: "C-C", due: CadenceWorld.day(-41)),  // 60 days late
            ],
            on: today)

        #expect(plan.isBusinessDay)
        #expect(plan.messages.count == 2)
        #expect(plan.skips.isEmpty)
        let gentle = try #require(plan.messages.first { $0.customerID == "C-A" })
        #expect(gentle.stage == .friendly)
        #expect(gentle.channel == .email)
        #expect(gentle.templateFamily == "friendly")
        #expect(gentle.sender == .system)
        #expect(gentle.addressee.contact?.role == .billing)
        #expect(gentle.addressee.address == "pagos@C-A.example")
        #expect(gentle.leadStepID == "A-friendly")
        #expect(gentle.key == "cadence-message/C-A/email/2024-03-20")
        #expect(gentle.invoiceIDs == ["FA-A"])

        // Tier C at 60 days: only the latest step (C-legal), a letter from legal to the escalation contact,
        // plus the action item for the person responsible for actions.
        let firm = try #require(plan.messages.first { $0.customerID == "C-C" })
        #expect(firm.stage == .action)
        #expect(firm.channel == .letter)
        #expect(firm.templateFamily == "action")
        #expect(firm.sender == .legal)
        #expect(firm.addressee.contact?.name == "Jorge Pérez")
        #expect(firm.addressee.address == "Av. Corrientes 1234, CABA")
        #expect(firm.steps.map(\.idempotencyKey) == ["cadence-step/FA-C/C-legal"])
        #expect(plan.actions.count == 1)
        #expect(plan.actions.first?.action == .legal)
        #expect(plan.actions.first?.assignee == .role("actions"))
        #expect(plan.actions.first?.key == "cadence-action/C-C/legal/2024-03-20")
        #expect(plan.tasks.isEmpty)
    }
}
