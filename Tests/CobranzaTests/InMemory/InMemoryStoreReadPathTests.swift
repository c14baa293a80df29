import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The in-memory store's read paths that avoid copies and hashing (payments walked by position, the log in
/// chunks, pages joined at their exact size) against the straightforward answer.
@Suite("In-memory store read paths")
struct InMemoryStoreReadPathTests {
    private static let start = Date(timeIntervalSince1970: 1_790_000_000)

    /// Payments committed in a shuffled id order, in several commits: every page size reads them by id.
    @Test("payment pages follow ids committed out of order", arguments: [1, 7, 100, 1_000])
    func paymentPagesAfterShuffledCommits(pageSize: Int) async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        var rng = SplitMix64(seed: 11)
        var people = ChangeSet()
        for number in 0..<5 { people.upsert(Customer(id: CustomerID("C-\(number)"), name: "Cliente \(number)")) }
        try await store.commit(people)
        var numbers = Array(0..<300)
        for index in numbers.indices.reversed() {
            numbers.swapAt(index, Int(rng.next() % UInt64(index + 1)))
        }
        for batch in stride(from: 0, to: numbers.count, by: 70) {
            var changes = ChangeSet()
            for number in numbers[batch..<min(batch + 70, numbers.count)] {
                changes.insert(
                    Payment(
                        id: PaymentID("P-\(1_000 + number)"), customerID: CustomerID("C-\(number % 5)"),
                        date: try CivilDate(year: 2026, month: 3, day: 1 + number % 28),
                        amount: Money(minorUnits: Int64(100 + number), currency: .ars)))
            }
            try await store.commit(changes)
        }
        let expected = (0..<300).map { PaymentID("P-\(1_000 + $0)") }
        var read: [PaymentID] = []
        var cursor: PaymentID?
        while true {
            let page = try await store.payments(matching: .all, after: cursor, limit: pageSize)
            read += page.map(\.id)
            guard page.count == pageSize, let last = page.last else { break }
            cursor = last.id
        }
        #expect(read == expected)
        // A query with conditions, from a cursor that is not a stored id.
        let wanted = PaymentQuery(customerIDs: ["C-2"], from: try CivilDate(year: 2026, month: 3, day: 10))
        let filtered = try await store.payments(matching: wanted, after: PaymentID("P-1100x"), limit: 1_000)
        let straightforward = try await store.payments(matching: .all).filter {
            wanted.matches($0) && $0.id > PaymentID("P-1100x")
        }
        #expect(filtered.map(\.id) == straightforward.map(\.id))
        #expect(!filtered.isEmpty)
    }

    /// More activities than one chunk of the log: positions stay dense, pages cross the chunk boundary, and
    /// a filtered read returns exactly the matching entries.
    @Test("the log reads the same across its chunks")
    func logAcrossChunks() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        var people = ChangeSet()
        for number in 0..<3 { people.upsert(Customer(id: CustomerID("C-\(number)"), name: "Cliente \(number)")) }
        try await store.commit(people)
        let total = 20_000
        var appended = 0
        while appended < total {
            var changes = ChangeSet()
            for number in appended..<min(appended + 6_000, total) {
                changes.append(
                    Activity(
                        id: ActivityID("A-\(number)"), timestamp: Self.start.addingTimeInterval(Double(number)),
                        performedBy: .system, customerID: CustomerID("C-\(number % 3)"),
                        kind: number % 5 == 0 ? .promiseBroken : .note))
            }
            let result = try await store.commit(changes)
            #expect(result.activityPositions.first == Int64(appended + 1))
            appended += changes.activities.count
        }
        let all = try await store.activities(matching: .all)
        #expect(all.count == total)
        #expect(all.map(\.position) == (1...Int64(total)).map { $0 })
        #expect(all.map(\.activity.id) == (0..<total).map { ActivityID("A-\($0)") })
        let page = try await store.activities(matching: .all, after: 16_380, limit: 10)
        #expect(page.map(\.position) == (16_381...16_390).map { $0 })
        let query = ActivityQuery(customerIDs: ["C-1"], kinds: [.promiseBroken])
        let broken = try await store.activities(matching: query)
        #expect(broken.map(\.position) == all.filter { query.matches($0.activity) }.map(\.position))
        #expect(broken.count == (0..<total).filter { $0 % 5 == 0 && $0 % 3 == 1 }.count)
    }

    /// The one-pass reads (`invoices(matching:)`, `payments(matching:)`, `activities(matching:)`) give what the
    /// pages give, on a seeded synthetic portfolio committed in slices.
    @Test("one-pass reads equal the pages")
    func onePassReadsEqualPages() async throws {
        let asOf = try CivilDate(year: 2026, month: 5, day: 4)
        let portfolio = SyntheticPortfolio(.init(customers: 120, asOf: asOf, seed: 9))
        // Read through the protocol, as the engine does: the store's one-pass methods are the witnesses.
        let store: any CollectionStore = InMemoryCollectionStore()
        var people = ChangeSet()
        for collector in portfolio.collectors { people.upsert(collector) }
        for customer in portfolio.customers { people.upsert(customer) }
        try await store.commit(people)
        // Invoices newest first, in two commits: some customers' invoices arrive out of id order.
        let invoices = Array(portfolio.invoices.reversed())
        for part in [invoices[..<(invoices.count / 2)], invoices[(invoices.count / 2)...]] {
            var changes = ChangeSet()
            for invoice in part { changes.upsert(invoice) }
            try await store.commit(changes)
        }
        var records = ChangeSet()
        for payment in portfolio.payments.reversed() { records.insert(payment) }
        for activity in portfolio.activities { records.append(activity) }
        try await store.commit(records)

        let some = Set(portfolio.customers.map(\.id).enumerated().filter { $0.offset % 4 == 1 }.map(\.element))
        let invoiceQueries = [
            InvoiceQuery.all, .open, InvoiceQuery(customerIDs: some), InvoiceQuery(customerIDs: some, openOnly: true),
            InvoiceQuery(dueOnOrBefore: asOf.adding(days: -60)), InvoiceQuery(customerIDs: []),
        ]
        for query in invoiceQueries {
            let paged = try await store.invoicePages(matching: query, pageSize: 37).collect()
            let read = try await store.invoices(matching: query)
            #expect(read == paged)
            #expect(read.map { InvoiceCursor(after: $0) } == paged.map { InvoiceCursor(after: $0) }.sorted())
        }
        #expect(try await store.invoices(matching: .all).count == portfolio.invoices.count)
        let paymentQueries = [
            PaymentQuery.all, PaymentQuery(customerIDs: some), PaymentQuery(from: asOf.adding(days: -90)),
        ]
        for query in paymentQueries {
            let paged = try await StorePages(pageSize: 41, cursor: \Payment.id) { cursor, limit in
                try await store.payments(matching: query, after: cursor, limit: limit)
            }.collect()
            let read = try await store.payments(matching: query)
            #expect(read == paged)
            #expect(read.map(\.id) == paged.map(\.id).sorted())
        }
        let activityQueries = [ActivityQuery.all, ActivityQuery(customerIDs: some, kinds: [.outcome, .promiseBroken])]
        for query in activityQueries {
            let paged = try await StorePages(pageSize: 29, cursor: \LoggedActivity.position) { position, limit in
                try await store.activities(matching: query, after: position, limit: limit)
            }.collect()
            #expect(try await store.activities(matching: query) == paged)
        }
        #expect(try await store.activities(matching: .all).count == portfolio.activities.count)
    }

    /// Pages joined by `collect()` keep their order, with one page, several and none.
    @Test("collected pages keep every record in order", arguments: [0, 1, 4, 5, 6, 23])
    func collectedPages(count: Int) async throws {
        let records = Array(0..<count)
        let pages = StorePages<Int, Int>(
            pageSize: 5, cursor: { $0 },
            fetch: { cursor, limit in
                let start = cursor.map { $0 + 1 } ?? 0
                return Array(records[min(start, records.count)..<min(start + limit, records.count)])
            })
        #expect(try await pages.collect() == records)
    }
}
