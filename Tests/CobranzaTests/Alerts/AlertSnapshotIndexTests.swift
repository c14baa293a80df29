import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// ``AlertSnapshot`` indexes its input in one pass (issue #11); the indexes match the straightforward
/// grouping and sorting on seeded random input, repeats included.
@Suite("Alert snapshot: indexes built once")
struct AlertSnapshotIndexTests {
    /// Invoices of a few customers, in random order, some identifiers twice (the later record moved to another
    /// customer or closed).
    static func invoices(seed: UInt64, count: Int, repeats: Bool) -> [Invoice] {
        var rng = SplitMix64(seed: seed)
        var invoices: [Invoice] = []
        for index in 0..<count {
            let customer = CustomerID("C-\(rng.next() % 7)")
            let id =
                repeats && index > 0 && rng.next() % 5 == 0
                ? invoices[Int(rng.next() % UInt64(index))].id
                : InvoiceID("F-\(rng.next() % 100_000)-\(index)")
            var invoice = Fixtures.invoice(
                id, customer: customer, due: CivilDate(daysSinceEpoch: 20_000 + Int(rng.next() % 20)))
            if rng.next() % 6 == 0 { invoice.status = .paid }
            invoices.append(invoice)
        }
        return invoices
    }

    @Test("each customer's invoices are the last record of each id, by due date then id", arguments: [false, true])
    func grouping(repeats: Bool) {
        for seed in UInt64(1)...20 {
            let invoices = Self.invoices(seed: seed, count: 60, repeats: repeats)
            let snapshot = AlertSnapshot(customers: [], invoices: invoices)
            var last: [InvoiceID: Invoice] = [:]
            for invoice in invoices { last[invoice.id] = invoice }
            let expected = Dictionary(grouping: last.values, by: \.customerID).mapValues {
                $0.sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
            }
            #expect(snapshot.invoices.dictionary == last)
            #expect(snapshot.invoices.count == last.count)
            #expect(
                snapshot.invoices.values.map(\.id)
                    == invoices.map(\.id).enumerated().filter { position, id in
                        !invoices[(position + 1)...].contains { $0.id == id }
                    }.map(\.1))
            #expect(snapshot.invoicesByCustomer == expected)
            for customer in expected.keys {
                #expect(snapshot.openInvoices(of: customer) == expected[customer, default: []].filter(\.isOpen))
                #expect(snapshot.invoices(of: customer) == expected[customer, default: []])
            }
        }
    }

    @Test("open invoices by ids: given order, repeats and unknown or closed ones left out", arguments: [3, 8, 9, 40])
    func openInvoicesByID(count: Int) {
        let invoices = Self.invoices(seed: 99, count: 50, repeats: false)
        let snapshot = AlertSnapshot(customers: [], invoices: invoices)
        var rng = SplitMix64(seed: UInt64(count))
        let ids = (0..<count).map { _ in
            rng.next() % 4 == 0 ? InvoiceID("unknown") : invoices[Int(rng.next() % 12)].id
        }
        var seen = Set<InvoiceID>()
        let expected = ids.compactMap { id -> Invoice? in
            guard seen.insert(id).inserted, let invoice = snapshot.invoices[id], invoice.isOpen else { return nil }
            return invoice
        }
        #expect(snapshot.openInvoices(ids) == expected)
        #expect(Set(expected.map(\.id)).count == expected.count)
    }
}
