import Cobranza
import Foundation

/// A store that lets another writer change something just before its first commit, to provoke a conflict.
actor InterferingStore: CollectionStore {
    let base: any CollectionStore
    private var interference: (@Sendable (any CollectionStore) async throws -> Void)?
    private(set) var commits = 0

    init(base: any CollectionStore, interference: @escaping @Sendable (any CollectionStore) async throws -> Void) {
        self.base = base
        self.interference = interference
    }

    func commit(_ changes: ChangeSet) async throws -> CommitResult {
        commits += 1
        if let interference {
            self.interference = nil
            try await interference(base)
        }
        return try await base.commit(changes)
    }

    func customers(ids: [CustomerID]) async throws -> [Customer] { try await base.customers(ids: ids) }
    func customers(after cursor: CustomerID?, limit: Int) async throws -> [Customer] {
        try await base.customers(after: cursor, limit: limit)
    }
    func collectors() async throws -> [Collector] { try await base.collectors() }
    func departments() async throws -> [Department] { try await base.departments() }
    func invoices(ids: [InvoiceID]) async throws -> [Invoice] { try await base.invoices(ids: ids) }
    func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) async throws -> [Invoice] {
        try await base.invoices(matching: query, after: cursor, limit: limit)
    }
    func payments(ids: [PaymentID]) async throws -> [Payment] { try await base.payments(ids: ids) }
    func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) async throws -> [Payment] {
        try await base.payments(matching: query, after: cursor, limit: limit)
    }
    func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) async throws
        -> [LoggedActivity]
    {
        try await base.activities(matching: query, after: position, limit: limit)
    }
    func tasks(matching query: TaskQuery) async throws -> [FollowUpTask] { try await base.tasks(matching: query) }
    func outboxEntries(matching query: OutboxQuery) async throws -> [OutboxEntry] {
        try await base.outboxEntries(matching: query)
    }
    func claimOutboxEntries(_ claim: OutboxClaim) async throws -> [OutboxEntry] {
        try await base.claimOutboxEntries(claim)
    }
    func alertCursor() async throws -> AlertCursor? { try await base.alertCursor() }
}
