import Cobranza
import Foundation

let store: any CollectionStore = InMemoryCollectionStore()
let context = StatusContext(
    policy: StatusPolicy(promiseGraceDays: 2, followUpDays: 3), calendar: WorkweekCalendar.mondayToFriday,
    timeZone: TimeZone(secondsFromGMT: -3 * 3_600) ?? .gmt)

// A customer with two overdue invoices.
var setup = ChangeSet()
setup.upsert(Collector(id: "ana", name: "Ana Pérez", phone: "+54 11 5555-0000"))
setup.upsert(Department(id: Department.salesID, name: "Ventas"))
setup.upsert(
    Customer(
        id: "C-001", name: "Ferretería Don Pepe SRL",
        contacts: [Contact(name: "Laura Gómez", email: "pagos@donpepe.com.ar", locale: "es-AR")], collectorID: "ana"))
for (id, due, pesos) in [("FA-1", "2024-02-20", 150_000), ("FA-2", "2024-03-01", 80_000)] {
    setup.upsert(
        Invoice(
            id: InvoiceID(id), number: "A-0001-\(id)", customerID: "C-001", issueDate: try CivilDate(iso: "2024-02-01"),
            dueDate: try CivilDate(iso: due), amount: Money(minorUnits: Int64(pesos) * 100, currency: .ars)))
}
try await store.commit(setup)

// Monday 11 March 2024, 10:30 in Buenos Aires: Ana calls and the customer promises to pay on Friday.
let monday = Date(timeIntervalSince1970: 1_710_163_800)
try await store.recordOutcome(
    .promiseToPay(date: try CivilDate(iso: "2024-03-15")), for: ["FA-1", "FA-2"], by: "ana", at: monday,
    context: context, comment: "Transferencia el viernes")
print("after the call:", try await store.invoices(ids: ["FA-1", "FA-2"]).map(\.status.kind.rawValue))

// Every morning, the time-driven review. A week later nothing was paid: the promise for the 15th
// (+ 2 grace days) is broken on the 18th and both invoices are back to normal collection.
let nextMonday = monday.addingTimeInterval(7 * 86_400)
let review = try await store.reviewStatuses(at: nextMonday, context: context)
print("review of \(review.date): \(review.findings.count) broken promises")

// Ana calls again and nobody answers: the statement is emailed and a call-back task is created.
try await store.recordOutcome(.unreachable(), for: ["FA-1", "FA-2"], by: "ana", at: nextMonday, context: context)
if let statement = try await store.outboxEntries(matching: OutboxQuery()).first?.message {
    print("to \(statement.to.joined()): \(statement.subject ?? "")")
    print(statement.body)
}
for task in try await store.tasks(matching: TaskQuery(assignee: .collector("ana"))) {
    print("task: \(task.kind.rawValue) on \(task.dueDate)")
}

// The money for FA-1 arrives on Tuesday.
let tuesday = nextMonday.addingTimeInterval(86_400)
let payment = Payment(
    id: "REC-881", customerID: "C-001", date: try CivilDate(iso: "2024-03-19"),
    amount: Money(minorUnits: 150_000_00, currency: .ars), targetInvoiceIDs: ["FA-1"])
try await store.record(payment, at: tuesday, policy: context.policy)

// The evidence of every effort, for an audit or an uncollectible-debt certificate.
let csv = try await store.exportActivityLog(of: "C-001", as: .csv, generatedAt: tuesday)
for line in String(decoding: csv, as: UTF8.self).components(separatedBy: "\r\n") where !line.isEmpty {
    print(line)
}
