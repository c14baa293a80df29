import Cobranza
import Foundation

// The middle is pure: values in, a plan out. No store, no clock read, no I/O.
let today = try CivilDate(iso: "2026-03-10")
let invoices = [
    Invoice(
        id: "FA-0001", number: "A-0001-00001234", customerID: "C-001", issueDate: today.adding(days: -60),
        dueDate: today.adding(days: -30), amount: Money(minorUnits: 150_000_00, currency: .ars)),
    Invoice(
        id: "FA-0002", number: "A-0001-00001301", customerID: "C-001", issueDate: today.adding(days: -20),
        dueDate: today.adding(days: 10), amount: Money(minorUnits: 80_000_00, currency: .ars)),
]
let payment = Payment(
    id: "REC-881", customerID: "C-001", date: today, amount: Money(minorUnits: 250_000_00, currency: .ars))
let recordedAt = Date(timeIntervalSince1970: 1_773_144_000)  // 2026-03-10 09:00 in Buenos Aires
let plan = try PaymentApplication.apply(payment, to: invoices, at: recordedAt)
for allocation in plan.payment.allocations {
    print(allocation.invoiceID, allocation.amount.formatted(.esAR))
}
print("credit:", plan.payment.unappliedAmount.formatted(.esAR))
print("activities:", plan.activities.map(\.kind.rawValue))

// The edges are ports: the plan becomes one unit of work for whichever store you use.
let store: any CollectionStore = InMemoryCollectionStore()
var setup = ChangeSet()
setup.upsert(Customer(id: "C-001", name: "Ferretería Don Pepe SRL"))
for invoice in invoices { setup.upsert(invoice) }
try await store.commit(setup)
let result = try await store.commit(plan.changeSet)
print("logged at positions:", result.activityPositions)
