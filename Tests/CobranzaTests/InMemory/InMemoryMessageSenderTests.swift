import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("In-memory message sender")
struct InMemoryMessageSenderTests {
    let clock = ManualClock(now: Fixtures.baseInstant, timeZone: TimeZone(identifier: "UTC") ?? .current)

    @Test("records every delivery in order with numbered receipts stamped by the clock")
    func recordsDeliveries() async throws {
        let sender = InMemoryMessageSender(clock: clock)
        let first = try await sender.send(Fixtures.message(to: "C-1"), idempotencyKey: "k-1")
        clock.advance(by: 60)
        let second = try await sender.send(Fixtures.message(to: "C-2"), idempotencyKey: "k-2")
        #expect(first.providerMessageID == "memory-1")
        #expect(second == DeliveryReceipt(providerMessageID: "memory-2", acceptedAt: Fixtures.instant(60)))
        #expect(await sender.deliveries.map(\.key) == ["k-1", "k-2"])
    }

    @Test("a duplicate send shows as two deliveries with one key")
    func duplicatesAreVisible() async throws {
        let sender = InMemoryMessageSender(clock: clock)
        _ = try await sender.send(Fixtures.message(to: "C-1"), idempotencyKey: "k-1")
        _ = try await sender.send(Fixtures.message(to: "C-1"), idempotencyKey: "k-1")
        #expect(await sender.deliveries(for: "k-1").count == 2)
    }

    @Test("scripted failures are thrown in order, then sends succeed")
    func scriptedFailures() async throws {
        let sender = InMemoryMessageSender(clock: clock)
        await sender.failNext(1, with: .transient(reason: "421 try later", retryAfterSeconds: 30))
        await sender.fail(address: "pagos@C-9.example", with: .permanent(reason: "550 no such mailbox"))
        await #expect(throws: SendError.transient(reason: "421 try later", retryAfterSeconds: 30)) {
            try await sender.send(Fixtures.message(to: "C-1"), idempotencyKey: "k-1")
        }
        await #expect(throws: SendError.permanent(reason: "550 no such mailbox")) {
            try await sender.send(Fixtures.message(to: "C-9"), idempotencyKey: "k-9")
        }
        _ = try await sender.send(Fixtures.message(to: "C-1"), idempotencyKey: "k-1")
        #expect(await sender.attempts == ["k-1", "k-9", "k-1"])
        #expect(await sender.deliveries.count == 1)
    }
}
