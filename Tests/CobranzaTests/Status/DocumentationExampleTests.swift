import Cobranza
import Foundation
import Testing

/// The example of `Documentation/Status-and-Outcomes.md`, kept running.
@Suite("Status guide example")
struct DocumentationExampleTests {
    @Test("the guide's example runs and does what the guide says")
    func guideExample() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let context = StatusContext(
            policy: StatusPolicy(promiseGraceDays: 2, followUpDays: 3),
            calendar: WorkweekCalendar.mondayToFriday,
            timeZone: TimeZone(identifier: "America/Argentina/Buenos_Aires") ?? .gmt)

        // A customer with two overdue invoices.
        var setup = ChangeSet()
        setup.upsert(Collector(id: "ana", name: "Ana Pérez", phone: "+54 11 5555-0000"))
        setup.upsert(Department(id: Department.salesID, name: "Ventas"))
        setup.upsert(
            Customer(
                id: "C-001", name: "Ferretería Don Pepe SRL",
                contacts: [Contact(name: "Laura Gómez", email: "pagos@donpepe.com.ar", locale: "es-AR")],
                collectorID: "ana"))
        for (id, due, pesos) in [("FA-1", "2024-02-20", 150_000), ("FA-2", "2024-03-01", 80_000)] {
            setup.upsert(
                Invoice(
                    id: InvoiceID(id), number: "A-0001-\(id)", customerID: "C-001",
                    issueDate: try CivilDate(iso: "2024-02-01"), dueDate: try CivilDate(iso: due),
                    amount: Money(minorUnits: Int64(pesos) * 100, currency: .ars)))
        }
        try await store.commit(setup)

        // Monday 11 March 2024, 10:30 in Buenos Aires: Ana calls and the customer promises to pay on Friday.
        let call = Date(timeIntervalSince1970: 1_710_163_800)
        try await store.recordOutcome(
            .promiseToPay(date: try CivilDate(iso: "2024-03-15")), for: ["FA-1", "FA-2"], by: "ana", at: call,
            context: context, comment: "Transferencia el viernes")

        // Every morning, the time-driven review. A week later nothing was paid: the promise for the 15th
        // (+ 2 grace days) is broken on the 18th and both invoices are back to normal collection.
        let report = try await store.reviewStatuses(at: call.addingTimeInterval(7 * 86_400), context: context)
        #expect(report.findings.count == 2)

        // The evidence of every effort, for an audit or an uncollectible-debt certificate.
        let csv = try await store.exportActivityLog(of: "C-001", as: .csv, generatedAt: call)
        let lines = String(decoding: csv, as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == 4)  // header, the promise, two broken promises
        #expect(lines[1].contains(",promise_made,phone_call,230000.00 ARS,20,administrative,normal,promised,"))
        #expect(lines[2].contains(",promise_broken,") && lines[2].contains(",promised,normal,"))
    }
}
