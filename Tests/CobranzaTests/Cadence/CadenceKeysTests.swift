import Cobranza
import Testing

@Suite("Cadence idempotency keys")
struct CadenceKeysTests {
    @Test("key formats are the documented contract")
    func formats() {
        let date = CadenceWorld.day(18)
        #expect(IdempotencyKey.cadenceStep(invoiceID: "FA-1", stepID: "B-friendly") == "cadence-step/FA-1/B-friendly")
        #expect(
            IdempotencyKey.cadenceMessage(customerID: "C-1", channel: .whatsApp, date: date)
                == "cadence-message/C-1/whatsapp/2024-03-19")
        #expect(
            IdempotencyKey.cadenceTask(customerID: "C-1", kind: .call, date: date) == "cadence-task/C-1/call/2024-03-19"
        )
        #expect(
            IdempotencyKey.cadenceAction(customerID: "C-1", action: .suspendService, date: date)
                == "cadence-action/C-1/suspend_service/2024-03-19")
    }

    @Test("slashes and percent signs in identifiers are escaped and read back")
    func escaping() throws {
        let key = CadenceStepKey(invoiceID: "A/0001%2", stepID: "step/1")
        #expect(key.idempotencyKey == "cadence-step/A%2F0001%252/step%2F1")
        #expect(CadenceStepKey(key.idempotencyKey) == key)
        #expect(
            IdempotencyKey.cadenceMessage(customerID: "C/1", channel: .email, date: CadenceWorld.day(0))
                == "cadence-message/C%2F1/email/2024-03-01")
    }

    @Test(
        "only cadence step keys are read back",
        arguments: ["cadence-message/C-1/email/2024-03-01", "cadence-step/FA-1", "cadence-step/FA%1/x", "other/FA-1/x"])
    func notStepKeys(text: String) {
        #expect(CadenceStepKey(IdempotencyKey(text)) == nil)
    }
}
