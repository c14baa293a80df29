import Cobranza

// The storage ports. Reads run in a deferred transaction (one consistent snapshot), writes in an
// immediate one; both on the store's queue.
extension SQLiteCollectionStore {
    // MARK: - CustomerStore

    public func customers(ids: [CustomerID]) async throws -> [Customer] {
        try await read { try $0.customers(ids: ids) }
    }

    public func customers(after cursor: CustomerID?, limit: Int) async throws -> [Customer] {
        try await read { try $0.customers(after: cursor, limit: limit) }
    }

    public func collectors() async throws -> [Collector] {
        try await read { try $0.collectors() }
    }

    public func departments() async throws -> [Department] {
        try await read { try $0.departments() }
    }

    // MARK: - InvoiceStore

    public func invoices(ids: [InvoiceID]) async throws -> [Invoice] {
        try await read { try $0.invoices(ids: ids) }
    }

    public func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) async throws
        -> [Invoice]
    {
        try await read { try $0.invoices(matching: query, after: cursor, limit: limit) }
    }

    // MARK: - PaymentStore

    public func payments(ids: [PaymentID]) async throws -> [Payment] {
        try await read { try $0.payments(ids: ids) }
    }

    public func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) async throws
        -> [Payment]
    {
        try await read { try $0.payments(matching: query, after: cursor, limit: limit) }
    }

    // MARK: - ActivityLog

    public func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) async throws
        -> [LoggedActivity]
    {
        try await read { try $0.activities(matching: query, after: position, limit: limit) }
    }

    // MARK: - TaskStore

    public func tasks(matching query: TaskQuery) async throws -> [FollowUpTask] {
        try await read { try $0.tasks(matching: query) }
    }

    // MARK: - Outbox

    public func outboxEntries(matching query: OutboxQuery) async throws -> [OutboxEntry] {
        try await read { try $0.outboxEntries(matching: query) }
    }

    /// Takes up to `claim.limit` claimable entries in one `BEGIN IMMEDIATE` transaction: SQLite's write
    /// lock makes the read-and-mark atomic across every process using the file, so an entry goes to one
    /// claimant until its lease ends.
    ///
    /// - Parameter claim: Who claims, when, until when, and how many.
    /// - Returns: The entries now claimed, oldest first, in their claimed state.
    /// - Throws: ``Cobranza/StoreError``.
    public func claimOutboxEntries(_ claim: OutboxClaim) async throws -> [OutboxEntry] {
        try await write { try $0.claimOutboxEntries(claim) }
    }

    // MARK: - CollectionStore

    /// Applies a unit of work as one `BEGIN IMMEDIATE` transaction: every rule is checked inside it, then
    /// everything is written; any failure rolls all of it back.
    ///
    /// - Parameter changes: Everything to write.
    /// - Returns: Skipped outbox keys and the positions of the appended activities.
    /// - Throws: ``Cobranza/StoreError``; nothing was written.
    @discardableResult
    public func commit(_ changes: ChangeSet) async throws -> CommitResult {
        guard !changes.isEmpty else { return CommitResult() }
        return try await write { try $0.commit(changes) }
    }
}
