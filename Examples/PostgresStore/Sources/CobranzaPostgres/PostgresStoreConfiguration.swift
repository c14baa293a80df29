/// How a ``PostgresCollectionStore`` retries and what it lets tests observe.
public struct PostgresStoreConfiguration: Sendable {
    /// How many times a transaction that lost a deadlock or a serialization check is run again before the
    /// commit fails with ``Cobranza/StoreError/unavailable(reason:)``.
    public var transactionRetries: Int
    /// Called inside every write transaction just before `COMMIT`, with the server process id of the
    /// transaction's connection (tests use it to drop the connection mid-transaction).
    public var beforeCommit: (@Sendable (Int32) async -> Void)?

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - transactionRetries: Retries of a transaction that lost a deadlock.
    ///   - beforeCommit: Called just before each `COMMIT`.
    public init(transactionRetries: Int = 5, beforeCommit: (@Sendable (Int32) async -> Void)? = nil) {
        self.transactionRetries = Swift.max(0, transactionRetries)
        self.beforeCommit = beforeCommit
    }
}
