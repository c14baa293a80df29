import Cobranza
import Foundation

/// A message sender that delivers through an ``InMemoryMessageSender`` and, at the moment of each send, reads
/// from the store the invoices the message is about — those it names in `invoiceIDs` and every other invoice
/// of the customer whose number its text mentions (the overdue invoices that ride along as context): the
/// evidence that nothing went to a customer about an invoice that was, right then, paid, promised,
/// payment-reported or disputed.
actor WatchingSender: MessageSender {
    /// One delivery, with the day it was sent and the invoices as they stood when it was sent.
    struct Sent: Sendable {
        var day: CivilDate
        var key: IdempotencyKey
        var message: OutgoingMessage
        var invoicesAtSend: [Invoice]
        /// The customer's invoices whose number the subject, body or WhatsApp parameters mention, by id.
        var mentioned: [InvoiceID]
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
        var mentioned: [InvoiceID] = []
        if case .customer(let customerID) = message.recipient {
            do {
                let own = try await store.invoices(matching: InvoiceQuery(customerIDs: [customerID]))
                let text = ([message.subject ?? "", message.body] + (message.whatsAppTemplate?.parameters ?? []))
                    .joined(separator: "\n")
                mentioned = own.filter { text.contains($0.number) }.map(\.id).sorted()
                let about = Set(message.invoiceIDs).union(mentioned)
                invoices = own.filter { about.contains($0.id) }
                if invoices.count != about.count { readFailures.append("\(idempotencyKey): an invoice is missing") }
            } catch {
                readFailures.append("\(idempotencyKey): \(error)")
            }
        }
        let receipt = try await inner.send(message, idempotencyKey: idempotencyKey)
        sent.append(
            Sent(
                day: clock.today, key: idempotencyKey, message: message, invoicesAtSend: invoices, mentioned: mentioned)
        )
        return receipt
    }
}
