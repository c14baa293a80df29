/// Reads the append-only activity log. Activities are written only by appending them in a
/// ``ChangeSet``; nothing ever changes or removes one.
///
/// ## Implementation requirements
/// - Each appended activity gets the next position (1, 2, 3 …) in commit order; positions are never reused
///   and a later commit's positions are greater than an earlier one's.
/// - ``activities(matching:after:limit:)`` returns the activities satisfying ``ActivityQuery/matches(_:)``
///   ordered by position, strictly after the given position.
/// - Serve it with an index on (customer id, timestamp).
public protocol ActivityLog: Sendable {
    /// One page of the log.
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - position: The position of the last activity of the previous page, or `nil` to start.
    ///   - limit: The page size, at least 1.
    /// - Returns: Up to `limit` activities ordered by position.
    /// - Throws: ``StoreError``.
    func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) async throws
        -> [LoggedActivity]

    /// Every activity matching a query, in log order, in one read.
    ///
    /// A default reads ``activities(matching:after:limit:)`` page by page; a log that can answer in one pass
    /// implements it to save the pages and their copies.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The activities ordered by position.
    /// - Throws: ``StoreError``.
    func activities(matching query: ActivityQuery) async throws -> [LoggedActivity]
}

extension ActivityLog {
    /// Every activity matching a query, in log order, read in pages of 5 000.
    ///
    /// ```swift
    /// // The evidence of every collection effort for one customer:
    /// let history = try await store.activities(matching: ActivityQuery(customerIDs: ["C-001"]))
    /// ```
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The activities ordered by position.
    /// - Throws: ``StoreError``.
    public func activities(matching query: ActivityQuery) async throws -> [LoggedActivity] {
        try await StorePages(pageSize: 5_000, cursor: \LoggedActivity.position) { position, limit in
            try await self.activities(matching: query, after: position, limit: limit)
        }.collect()
    }
}
