import Cobranza
import CobranzaTesting
import Testing

/// ``AlertRecords`` reads like the dictionary it replaces: same look-ups, last record of an identifier wins,
/// equality whatever the order; and the snapshot's per-customer grouping holds for lists already grouped by
/// customer (one pass) as for scattered ones.
@Suite("Alert records: the snapshot's customers and invoices by identifier")
struct AlertRecordsTests {
    @Test("look-ups, counts and the dictionary equal a dictionary built from the same list, repeats included")
    func likeADictionary() {
        for seed in UInt64(1)...20 {
            let invoices = AlertSnapshotIndexTests.invoices(seed: seed, count: 80, repeats: true)
            let records = AlertRecords(invoices) { $0.id }
            var expected: [InvoiceID: Invoice] = [:]
            for invoice in invoices { expected[invoice.id] = invoice }
            #expect(records.dictionary == expected)
            #expect(records.count == expected.count)
            #expect(Set(records.ids) == Set(expected.keys))
            for invoice in invoices { #expect(records[invoice.id] == expected[invoice.id]) }
            #expect(records[InvoiceID("unknown")] == nil)
            #expect(records.values.count == expected.count)
        }
        #expect(AlertRecords([Invoice]()) { $0.id }.isEmpty)
    }

    @Test("equal and hashed alike whatever the order; a changed record makes them unequal")
    func equality() {
        let invoices = AlertSnapshotIndexTests.invoices(seed: 7, count: 40, repeats: false)
        let forward = AlertRecords(invoices) { $0.id }
        let backward = AlertRecords(invoices.reversed()) { $0.id }
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        var changed = invoices
        changed[3].status = .paid
        changed[3].balance = Money(minorUnits: 0, currency: changed[3].balance.currency)
        #expect(AlertRecords(changed) { $0.id } != forward)
        #expect(AlertRecords(Array(invoices.dropLast())) { $0.id } != forward)
    }

    @Test("each customer's invoices by due date then id, from lists grouped by customer or not, in any order")
    func grouping() {
        for seed in UInt64(1)...10 {
            let invoices = AlertSnapshotIndexTests.invoices(seed: seed, count: 70, repeats: false)
            let byCustomer = invoices.sorted { $0.customerID < $1.customerID }
            let sorted = invoices.sorted { ($0.customerID, $0.dueDate, $0.id) < ($1.customerID, $1.dueDate, $1.id) }
            let expected = Dictionary(grouping: invoices, by: \.customerID).mapValues {
                $0.sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
            }
            for list in [invoices, byCustomer, sorted, sorted.reversed()] {
                let snapshot = AlertSnapshot(customers: [], invoices: list)
                #expect(snapshot.invoicesByCustomer == expected)
                for (customer, group) in expected { #expect(snapshot.invoices(of: customer) == group) }
                #expect(snapshot.invoices(of: CustomerID("nobody")).isEmpty)
                #expect(snapshot == AlertSnapshot(customers: [], invoices: invoices))
            }
        }
    }
}
