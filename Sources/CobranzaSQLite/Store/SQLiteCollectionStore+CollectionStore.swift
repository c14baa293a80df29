import Cobranza
import Foundation

// The storage ports. Reads run in a deferred transaction (one consistent snapshot), writes in an
// immediate one; both on the store's queue.
extension SQLiteCollectionStore {
    // MARK: - CustomerStore

    /// The customers with these ids, ordered by id.
    ///
    /// - Parameter ids: The ids; duplicates are read once.
    /// - Returns: The customers found.
    /// - Throws: ``Cobranza/StoreError``.
    public func customers(ids: [CustomerID]) async throws -> [Customer] {
        try await read { try $0.customers(ids: ids) }
    }

    /// One page of all customers, ordered by id.
    ///
    /// - Parameters:
    ///   - cursor: The id of the last customer of the previous page, or `nil`.
    ///   - limit: The page size.
    /// - Returns: Up to `limit` customers.
    /// - Throws: ``Cobranza/StoreError``.
    public func customers(after cursor: CustomerID?, limit: Int) async throws -> [Customer] {
        try await read { try $0.customers(after: cursor, limit: limit) }
    }

    /// Every collector, ordered by id.
    ///
    /// - Returns: The collectors.
    /// - Throws: ``Cobranza/StoreError``.
    public func collectors() async throws -> [Collector] {
        try await read { try $0.collectors() }
    }

    /// Every department, ordered by id.
    ///
    /// - Returns: The departments.
    /// - Throws: ``Cobranza/StoreError``.
    public func departments() async throws -> [Department] {
        try await read { try $0.departments() }
    }

    // MARK: - InvoiceStore

    /// The invoices with these ids, ordered by (customer id, invoice id).
    ///
    /// - Parameter ids: The ids; duplicates are read once.
    /// - Returns: The invoices found.
    /// - Throws: ``Cobranza/StoreError``.
    public func invoices(ids: [InvoiceID]) async throws -> [Invoice] {
        try await read { try $0.invoices(ids: ids) }
    }

    /// One page of the invoices matching a query, ordered by (customer id, invoice id).
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - cursor: The position of the last invoice of the previous page, or `nil`.
    ///   - limit: The page size.
    /// - Returns: Up to `limit` invoices.
    /// - Throws: ``Cobranza/StoreError``.
    public func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) async throws
        -> [Invoice]
    {
        try await read { try $0.invoices(matching: query, after: cursor, limit: limit) }
    }

    // MARK: - PaymentStore

    /// The payments with these ids, with their allocations, ordered by id.
    ///
    /// - Parameter ids: The ids.
    /// - Returns: The payments found.
    /// - Throws: ``Cobranza/StoreError``.
    public func payments(ids: [PaymentID]) async throws -> [Payment] {
        try await read { try $0.payments(ids: ids) }
    }

    /// One page of the payments matching a query, ordered by id.
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - cursor: The id of the last payment of the previous page, or `nil`.
    ///   - limit: The page size.
    /// - Returns: Up to `limit` payments.
    /// - Throws: ``Cobranza/StoreError``.
    public func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) async throws
        -> [Payment]
    {
        try await read { try $0.payments(matching: query, after: cursor, limit: limit) }
    }

    // MARK: - ActivityLog

    /// One page of the activity log, ordered by position.
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - position: The position of the last activity of the previous page, or `nil`.
    ///   - limit: The page size.
    /// - Returns: Up to `limit` activities.
    /// - Throws: ``Cobranza/StoreError``.
    public func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) async throws
        -> [LoggedActivity]
    {
        try await read { try $0.activities(matching: query, after: position, limit: limit) }
    }

    // MARK: - TaskStore

    /// The tasks matching a query, ordered by (due date, id).
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The tasks.
    /// - Throws: ``Cobranza/StoreError``.
    public func tasks(matching query: TaskQuery) async throws -> [FollowUpTask] {
        try await read { try $0.tasks(matching: query) }
    }

    // MARK: - Outbox

    /// The outbox entries matching a query, ordered by (creation instant, key).
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The entries.
    /// - Throws: ``Cobranza/StoreError``.
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
        try await write(small: claim.limit <= Self.inlineRecordLimit) { try $0.claimOutboxEntries(claim) }
    }

    // MARK: - AlertCursorStore

    /// The alert cursor last committed.
    ///
    /// - Returns: The cursor, or `nil` when none was ever committed.
    /// - Throws: ``Cobranza/StoreError``.
    public func alertCursor() async throws -> AlertCursor? {
        try await read { try $0.alertCursor() }
    }

    // MARK: - CustomerPartitionStore

    /// Claims the lowest-numbered claimable partition of a day in one `BEGIN IMMEDIATE` transaction, so
    /// claims from every process are serialized.
    ///
    /// - Parameter claim: The day, partition count, claimant and lease.
    /// - Returns: The partition now claimed, or `nil` when none is claimable.
    /// - Throws: ``Cobranza/StoreError``.
    public func claimCustomerPartition(_ claim: CustomerPartitionClaim) async throws -> CustomerPartition? {
        try await write(small: true) { try $0.claimCustomerPartition(claim) }
    }

    /// Marks a partition finished.
    ///
    /// - Parameters:
    ///   - partition: The partition.
    ///   - instant: When it finished.
    /// - Throws: ``Cobranza/StoreError``, `invalidRecord` when the day has no such partition.
    public func finishCustomerPartition(_ partition: CustomerPartition, at instant: Date) async throws {
        try await write(small: true) { try $0.finishCustomerPartition(partition, at: instant) }
    }

    /// The partitions of a day, ordered by number.
    ///
    /// - Parameter date: The day.
    /// - Returns: The partitions; empty before the day's first claim.
    /// - Throws: ``Cobranza/StoreError``.
    public func customerPartitions(on date: CivilDate) async throws -> [CustomerPartition] {
        try await read { try $0.customerPartitions(on: date) }
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
        return try await write(small: Self.recordCount(changes) <= Self.inlineRecordLimit) { try $0.commit(changes) }
    }

    /// The records a unit of work writes, for choosing the fast path.
    static func recordCount(_ changes: ChangeSet) -> Int {
        changes.customers.count + changes.collectors.count + changes.departments.count + changes.invoices.count
            + changes.payments.count + changes.activities.count + changes.tasks.count + changes.outboxEntries.count
            + changes.outboxUpdates.count
    }
}
