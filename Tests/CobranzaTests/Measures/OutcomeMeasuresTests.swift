import Cobranza
import Foundation
import Testing

/// Outcomes recorded through `recordOutcome` are logged under their own kinds (`promise_made`, `unreachable`,
/// …), not `outcome`: the measures must count them as contacts and promises obtained.
@Suite("Measures: outcomes recorded by the status workflow")
struct OutcomeMeasuresTests {
    @Test("a promise and an unreachable call recorded with recordOutcome are two contacts and one promise")
    func recordedOutcomesCount() async throws {
        let utc = TimeZone(identifier: "UTC") ?? .gmt
        let context = StatusContext(calendar: WorkweekCalendar.mondayToFriday, timeZone: utc)
        let store: any CollectionStore = InMemoryCollectionStore()
        var changes = ChangeSet()
        changes.upsert(Collector(id: "ana", name: "Ana"))
        changes.upsert(
            Customer(
                id: "C-1", name: "Ferretería Sur", contacts: [Contact(name: "Pagos", email: "pagos@sur.example")],
                collectorID: "ana"))
        for (id, due) in [("F-1", "2024-03-01"), ("F-2", "2024-03-05")] {
            changes.upsert(
                Invoice(
                    id: InvoiceID(id), number: id, customerID: "C-1", issueDate: try CivilDate(iso: "2024-02-01"),
                    dueDate: try CivilDate(iso: due), amount: Money(minorUnits: 100_000, currency: .ars)))
        }
        try await store.commit(changes)
        // Monday 11 March 2024 at 12:00 UTC, then Tuesday.
        let monday = Date(timeIntervalSince1970: 1_710_158_400)
        try await store.recordOutcome(
            .promiseToPay(date: try CivilDate(iso: "2024-03-15")), for: ["F-1"], by: "ana", at: monday,
            context: context)
        try await store.recordOutcome(
            .unreachable(), for: ["F-2"], by: "ana", at: monday.addingTimeInterval(86_400), context: context)

        let request = MeasuresRequest(
            asOf: try CivilDate(iso: "2024-03-12"), period: .days(7, endingOn: try CivilDate(iso: "2024-03-12")))
        let report = try await store.measures(request, timeZone: utc)
        #expect(report.promises.obtained == 1)
        let ana = try #require(report.collectors.first { $0.collectorID == "ana" })
        #expect(ana.contacts == 2)
        #expect(ana.promises.obtained == 1)
        #expect(ana.activeDays == 2)
    }
}
