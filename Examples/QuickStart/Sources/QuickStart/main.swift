import Cobranza
import Foundation

// Time is injected: a clock stopped on 10 March 2026 at 09:00 in Buenos Aires (UTC-3).
let buenosAires = TimeZone(secondsFromGMT: -3 * 3_600) ?? .gmt
let clock = ManualClock(today: try CivilDate(iso: "2026-03-10"), timeZone: buenosAires)

// Storage is a port; the in-memory store is its reference adapter.
let store: any CollectionStore = InMemoryCollectionStore()

// A collector, a customer and two invoices in pesos, written as one unit of work.
let customer = Customer(
    id: "C-001", name: "Ferretería Don Pepe SRL", taxID: "30-71234567-9",
    contacts: [Contact(name: "Laura Gómez", role: .billing, email: "pagos@donpepe.com.ar", locale: "es-AR")],
    collectorID: "ana")
var changes = ChangeSet()
changes.upsert(Collector(id: "ana", name: "Ana Torres", email: "ana@empresa.com.ar"))
changes.upsert(customer)
changes.upsert(
    Invoice(
        id: "FA-0001", number: "A-0001-00001234", customerID: customer.id,
        issueDate: try CivilDate(iso: "2026-01-15"), dueDate: try CivilDate(iso: "2026-02-14"),
        amount: try Money(parsing: "150.000,00", currency: .ars, style: .commaDecimal)))
changes.upsert(
    Invoice(
        id: "FA-0002", number: "A-0001-00001301", customerID: customer.id,
        issueDate: try CivilDate(iso: "2026-02-20"), dueDate: try CivilDate(iso: "2026-03-20"),
        amount: try Money(parsing: "80.000,00", currency: .ars, style: .commaDecimal)))
try await store.commit(changes)

// A payment that names no invoice pays the oldest due first; what is left reduces the next balance.
let payment = Payment(
    id: "REC-881", customerID: customer.id, date: clock.today,
    amount: try Money(parsing: "200.000,00", currency: .ars, style: .commaDecimal))
let application = try await store.record(payment, at: clock.now, performedBy: .collector("ana"))
for invoice in application.updatedInvoices {
    print(invoice.number, invoice.status.kind.rawValue, invoice.balance.formatted(.esAR))
}

// A message is recorded in the outbox under an idempotency key, then delivered by the dispatcher.
let stillOpen = try await store.invoices(matching: InvoiceQuery(customerIDs: [customer.id], openOnly: true))
let owed = try Money.sum(stillOpen.map(\.balance), in: .ars)
let body = "Recibimos su pago de \(payment.amount.formatted(.esAR)). Saldo pendiente: \(owed.formatted(.esAR))."
var receipt = ChangeSet()
receipt.enqueue(
    OutboxEntry(
        key: IdempotencyKey(parts: ["payment-receipt", payment.id.rawValue]),
        message: OutgoingMessage(
            recipient: .customer(customer.id), channel: .email, to: ["pagos@donpepe.com.ar"],
            subject: "Recibimos su pago", body: body, invoiceIDs: stillOpen.map(\.id), purpose: "payment_receipt",
            locale: "es-AR", collectorID: "ana"),
        createdAt: clock.now))
try await store.commit(receipt)

let sender = InMemoryMessageSender(clock: clock)
let dispatcher = OutboxDispatcher(store: store, sender: sender, clock: clock, workerID: "quick-start")
let report = try await dispatcher.dispatchAll()
for delivery in await sender.deliveries {
    print(delivery.key, "->", delivery.message.to.joined(separator: ", "), "|", delivery.message.body)
}
// Running the dispatcher again sends nothing: each key is delivered once.
print("second run delivered", try await dispatcher.dispatchAll().delivered.count, "of", report.delivered.count)

// Every payment application and every message is in the append-only activity log.
for logged in try await store.activities(matching: ActivityQuery(customerIDs: [customer.id])) {
    print(logged.position, logged.activity.kind.rawValue, logged.activity.comment ?? "")
}
