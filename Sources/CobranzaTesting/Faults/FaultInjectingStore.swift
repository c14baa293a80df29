import Cobranza

/// A store that forwards to another and passes a ``FaultSchedule`` point on each side of every write
/// (commits and outbox claims), so a test can "crash" a run at any of them. Reads pass through untouched.
public struct FaultInjectingStore: CollectionStore {
    /// The store written to.
    public let base: any CollectionStore
    /// Where to crash.
    public let schedule: FaultSchedule

    /// Creates the wrapper.
    ///
    /// - Parameters:
    ///   - base: The store written to.
    ///   - schedule: Where to crash.
    public init(base: any CollectionStore, schedule: FaultSchedule) {
        self.base = base
        self.schedule = schedule
    }

    /// Commits through the base, passing a point before and after.
    ///
    /// - Parameter changes: The unit of work.
    /// - Returns: The base's result.
    /// - Throws: ``SimulatedCrash`` at the scheduled point, or the base's error.
    public func commit(_ changes: ChangeSet) async throws -> CommitResult {
        try schedule.pass(.beforeCommit)
        let result = try await base.commit(changes)
        try schedule.pass(.afterCommit)
        return result
    }

    /// Claims through the base, passing a point before and after.
    ///
    /// - Parameter claim: The claim.
    /// - Returns: The claimed entries.
    /// - Throws: ``SimulatedCrash`` at the scheduled point, or the base's error.
    public func claimOutboxEntries(_ claim: OutboxClaim) async throws -> [OutboxEntry] {
        try schedule.pass(.beforeClaim)
        let entries = try await base.claimOutboxEntries(claim)
        try schedule.pass(.afterClaim)
        return entries
    }

    /// Forwards to the base.
    ///
    /// - Parameter ids: The customers.
    /// - Returns: Those that exist.
    /// - Throws: The base's error.
    public func customers(ids: [CustomerID]) async throws -> [Customer] { try await base.customers(ids: ids) }

    /// Forwards to the base.
    ///
    /// - Parameters:
    ///   - cursor: The last customer of the previous page.
    ///   - limit: The page size.
    /// - Returns: The page.
    /// - Throws: The base's error.
    public func customers(after cursor: CustomerID?, limit: Int) async throws -> [Customer] {
        try await base.customers(after: cursor, limit: limit)
    }

    /// Forwards to the base.
    ///
    /// - Returns: Every collector.
    /// - Throws: The base's error.
    public func collectors() async throws -> [Collector] { try await base.collectors() }

    /// Forwards to the base.
    ///
    /// - Returns: Every department.
    /// - Throws: The base's error.
    public func departments() async throws -> [Department] { try await base.departments() }

    /// Forwards to the base.
    ///
    /// - Parameter ids: The invoices.
    /// - Returns: Those that exist.
    /// - Throws: The base's error.
    public func invoices(ids: [InvoiceID]) async throws -> [Invoice] { try await base.invoices(ids: ids) }

    /// Forwards to the base.
    ///
    /// - Parameters:
    ///   - query: Which invoices.
    ///   - cursor: The last invoice of the previous page.
    ///   - limit: The page size.
    /// - Returns: The page.
    /// - Throws: The base's error.
    public func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) async throws
        -> [Invoice]
    {
        try await base.invoices(matching: query, after: cursor, limit: limit)
    }

    /// Forwards to the base.
    ///
    /// - Parameter ids: The payments.
    /// - Returns: Those that exist.
    /// - Throws: The base's error.
    public func payments(ids: [PaymentID]) async throws -> [Payment] { try await base.payments(ids: ids) }

    /// Forwards to the base.
    ///
    /// - Parameters:
    ///   - query: Which payments.
    ///   - cursor: The last payment of the previous page.
    ///   - limit: The page size.
    /// - Returns: The page.
    /// - Throws: The base's error.
    public func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) async throws
        -> [Payment]
    {
        try await base.payments(matching: query, after: cursor, limit: limit)
    }

    /// Forwards to the base.
    ///
    /// - Parameters:
    ///   - query: Which activities.
    ///   - position: The last position of the previous page.
    ///   - limit: The page size.
    /// - Returns: The page.
    /// - Throws: The base's error.
    public func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) async throws
        -> [LoggedActivity]
    {
        try await base.activities(matching: query, after: position, limit: limit)
    }

    /// Forwards to the base.
    ///
    /// - Parameter query: Which tasks.
    /// - Returns: The tasks.
    /// - Throws: The base's error.
    public func tasks(matching query: TaskQuery) async throws -> [FollowUpTask] {
        try await base.tasks(matching: query)
    }

    /// Forwards to the base.
    ///
    /// - Parameter query: Which entries.
    /// - Returns: The entries.
    /// - Throws: The base's error.
    public func outboxEntries(matching query: OutboxQuery) async throws -> [OutboxEntry] {
        try await base.outboxEntries(matching: query)
    }

    /// Forwards to the base.
    ///
    /// - Returns: The stored alert cursor.
    /// - Throws: The base's error.
    public func alertCursor() async throws -> AlertCursor? { try await base.alertCursor() }
}
