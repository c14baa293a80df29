import Cobranza
import CobranzaTesting
import Testing

@Suite("In-memory store")
struct InMemoryCollectionStoreTests {
    @Test("keeps the store contract", arguments: StoreConformanceCheck.allCases)
    func conformance(_ check: StoreConformanceCheck) async throws {
        try await StoreConformanceSuite { InMemoryCollectionStore() }.run(check)
    }

    @Test("the suite catches a store that breaks the contract")
    func suiteCatchesBrokenStore() async throws {
        let failures = await StoreConformanceSuite { ForgetfulStore() }.runAll()
        let broken = Set(failures.map(\.check))
        #expect(broken.contains(.outboxKeysAreUnique))
        #expect(broken.contains(.roundTripsEveryRecord))
        #expect(broken.contains(.alertCursorIsStoredWithItsDigests))
        #expect(!broken.contains(.invoicePagesAreOrderedAndComplete))
    }
}

/// A store that loses outbox entries and the collectors list: the suite must notice.
private actor ForgetfulStore: CollectionStore {
    let base: any CollectionStore = InMemoryCollectionStore()

    func customers(ids: [CustomerID]) async throws -> [Customer] { try await base.customers(ids: ids) }
    func customers(after cursor: CustomerID?, limit: Int) async throws -> [Customer] {
        try await base.customers(after: cursor, limit: limit)
    }
    func collectors() async throws -> [Collector] { [] }
    func departments() async throws -> [Department] { try await base.departments() }
    func invoices(ids: [InvoiceID]) async throws -> [Invoice] { try await base.invoices(ids: ids) }
    func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) async throws -> [Invoice] {
        try await base.invoices(matching: query, after: cursor, limit: limit)
    }
    func payments(ids: [PaymentID]) async throws -> [Payment] { try await base.payments(ids: ids) }
    func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) async throws -> [Payment] {
        try await base.payments(matching: query, after: cursor, limit: limit)
    }
    func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) async throws -> [LoggedActivity]
    {
        try await base.activities(matching: query, after: position, limit: limit)
    }
    func tasks(matching query: TaskQuery) async throws -> [FollowUpTask] { try await base.tasks(matching: query) }
    func outboxEntries(matching query: OutboxQuery) async throws -> [OutboxEntry] { [] }
    func claimOutboxEntries(_ claim: OutboxClaim) async throws -> [OutboxEntry] { [] }
    func alertCursor() async throws -> AlertCursor? { nil }
    func commit(_ changes: ChangeSet) async throws -> CommitResult { try await base.commit(changes) }
}
