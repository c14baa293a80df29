/// How a ``PostgresCollectionStore`` retries.
public struct PostgresStoreConfiguration: Sendable, Hashable {
    /// How many times a transaction that lost a deadlock or a serialization check is run again before the
    /// commit fails with ``Cobranza/StoreError/unavailable(reason:)``.
    public var transactionRetries: Int

    /// Creates a configuration.
    ///
    /// - Parameter transactionRetries: Retries of a transaction that lost a deadlock.
    public init(transactionRetries: Int = 5) {
        self.transactionRetries = Swift.max(0, transactionRetries)
    }
}
