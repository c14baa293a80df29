import Cobranza
import Foundation

/// A sender of your own: routes each message to the provider for its channel, and refuses, permanently,
/// a channel it has no provider for. Nothing falls back silently to another channel.
struct ChannelRouter: MessageSender {
    let email: any MessageSender
    let whatsApp: any MessageSender

    func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError) -> DeliveryReceipt {
        switch message.channel {
        case .email: return try await email.send(message, idempotencyKey: idempotencyKey)
        case .whatsApp: return try await whatsApp.send(message, idempotencyKey: idempotencyKey)
        case .sms, .letter, .phoneCall, .visit:
            throw .permanent(reason: "no provider for \(message.channel.rawValue)")
        }
    }
}

let clock = ManualClock(today: try CivilDate(iso: "2026-03-10"), timeZone: TimeZone(secondsFromGMT: -3 * 3_600) ?? .gmt)
let store: any CollectionStore = InMemoryCollectionStore()

func reminder(_ invoice: InvoiceID, to customer: CustomerID, at address: String) -> OutboxEntry {
    OutboxEntry(
        // The key names the effect: the friendly reminder of this invoice. Re-recording it is a no-op.
        key: IdempotencyKey(parts: ["cadence", invoice.rawValue, "friendly"]),
        message: OutgoingMessage(
            recipient: .customer(customer), channel: .email, to: [address], subject: "Recordatorio de pago",
            body: "Le recordamos que la factura \(invoice) está vencida.", invoiceIDs: [invoice], purpose: "friendly",
            locale: "es-AR", collectorID: "ana"),
        createdAt: clock.now)
}

// Intents are recorded in the same unit of work as the state change that causes them.
var changes = ChangeSet()
changes.upsert(Collector(id: "ana", name: "Ana Torres"))
changes.upsert(Customer(id: "C-001", name: "Ferretería Don Pepe SRL", collectorID: "ana"))
changes.upsert(Customer(id: "C-002", name: "Distribuidora Norte SA", collectorID: "ana"))
changes.enqueue(reminder("FA-0001", to: "C-001", at: "pagos@donpepe.com.ar"))
changes.enqueue(reminder("FA-0107", to: "C-002", at: "compras@norte.com.ar"))
try await store.commit(changes)

// A re-run of the planner records the same intent again: the key exists, so nothing is added.
var rerun = ChangeSet()
rerun.enqueue(reminder("FA-0001", to: "C-001", at: "pagos@donpepe.com.ar"))
print("re-run skipped:", try await store.commit(rerun).skippedOutboxKeys)

// The provider is busy once, and one mailbox does not exist.
let email = InMemoryMessageSender(clock: clock)
await email.failNext(1, with: .transient(reason: "421 try again later"))
await email.fail(address: "compras@norte.com.ar", with: .permanent(reason: "550 mailbox unavailable"))
let sender = ChannelRouter(email: email, whatsApp: InMemoryMessageSender(clock: clock))
let policy = DispatchPolicy(maxAttempts: 5, firstRetryDelaySeconds: 900, leaseSeconds: 600, batchSize: 50)
let dispatcher = OutboxDispatcher(store: store, sender: sender, clock: clock, policy: policy, workerID: "worker-1")

let first = try await dispatcher.dispatchAll()
print("retrying:", first.retrying.map(\.key), "failed:", first.failed.map(\.reason))
print("too early:", try await dispatcher.dispatchAll().delivered)
clock.advance(by: policy.retryDelay(afterAttempts: 1))
print("15 minutes later:", try await dispatcher.dispatchAll().delivered)

// The permanent failure became an activity and a call task for the customer's collector.
for task in try await store.tasks(matching: TaskQuery(openOnly: true)) {
    print("task:", task.assignee, task.dueDate, task.kind.rawValue, task.customerID)
}
print("backoff:", (1...8).map { Int(policy.retryDelay(afterAttempts: $0)) })

// The one duplicate window: a worker that dies after the provider accepted a message, before recording it.
var another = ChangeSet()
another.enqueue(reminder("FA-0002", to: "C-001", at: "pagos@donpepe.com.ar"))
try await store.commit(another)
let lease = OutboxClaim(claimant: "worker-2", now: clock.now, leaseUntil: clock.now.addingTimeInterval(600), limit: 10)
for entry in try await store.claimOutboxEntries(lease) {
    _ = try await sender.send(entry.message, idempotencyKey: entry.key)
    // worker-2 crashes here: the result is never recorded.
}
clock.advance(by: 600)
let recovered = try await dispatcher.dispatchAll()
let key = IdempotencyKey(parts: ["cadence", "FA-0002", "friendly"])
print("recovered:", recovered.delivered, "sends with the key:", await email.deliveries(for: key).count)
for entry in try await store.outboxEntries(matching: .all) {
    print(entry.key, entry.state.kind.rawValue, "attempts:", entry.attempts)
}

// Fewer commits: a worker whose provider deduplicates by key records up to 25 results in one unit of work.
var batch = ChangeSet()
for number in 3...5 { batch.enqueue(reminder(InvoiceID("FA-000\(number)"), to: "C-001", at: "pagos@donpepe.com.ar")) }
try await store.commit(batch)
var grouped = policy
grouped.resultsPerCommit = 25
let bulk = OutboxDispatcher(store: store, sender: sender, clock: clock, policy: grouped, workerID: "worker-3")
print("recorded together:", try await bulk.dispatchAll().delivered)
