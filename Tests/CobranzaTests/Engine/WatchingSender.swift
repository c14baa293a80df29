import Cobranza
import Foundation

/// A message sender that delivers through an ``InMemoryMessageSender`` and, at the moment of each send, reads
/// from the store the invoices the message is about: the evidence that nothing went to a customer about an
/// invoice that was, right then, paid, promised, payment-reported or disputed.
actor WatchingSender: MessageSender {
    /// One delivery, with the day it was sent and the invoices as they stood when it was sent.
    struct Sent: Sendable {
        var day: CivilDate
        var key: IdempotencyKey
        var message: OutgoingMessage
        var invoicesAtSend: [Invoice]
    }

    let inner: InMemoryMessageSender
    private let store: any CollectionStore
    private let clock: any Clock
    private(set) var sent: [Sent] = []
    private(set) var readFailures: [String] = []

    init(store: any CollectionStore, clock: any Clock) {
        self.inner = InMemoryMessageSender(clock: clock)
        self.store = store
        self.clock = clock
    }

    func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError) -> DeliveryReceipt {
        var invoices: [Invoice] = []
        if case .customer = message.recipient, !message.invoiceIDs.isEmpty {
            do {
                invoices = try await store.invoices(ids: message.invoiceIDs)
            } catch {
                readFailures.append("\(idempotencyKey): \(error)")
            }
        }
        let receipt = try await inner.send(message, idempotencyKey: idempotencyKey)
        sent.append(Sent(day: clock.today, key: idempotencyKey, message: message, invoicesAtSend: invoices))
        return receipt
    }
}
