/// Reads payments.
///
/// ## Implementation requirements
/// - ``payments(ids:)`` returns the payments that exist, ordered by id.
/// - ``payments(matching:after:limit:)`` pages through the payments satisfying
///   ``PaymentQuery/matches(_:)`` ordered by id, strictly after the cursor.
public protocol PaymentStore: Sendable {
    /// The payments with these ids.
    ///
    /// - Parameter ids: The ids.
    /// - Returns: The payments found, ordered by id.
    /// - Throws: ``StoreError``.
    func payments(ids: [PaymentID]) async throws -> [Payment]

    /// One page of the payments matching a query.
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - cursor: The id of the last payment of the previous page, or `nil`.
    ///   - limit: The page size, at least 1.
    /// - Returns: Up to `limit` payments ordered by id.
    /// - Throws: ``StoreError``.
    func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) async throws -> [Payment]

    /// Every payment matching a query, in one read.
    ///
    /// A default reads ``payments(matching:after:limit:)`` page by page; a store that can answer in one pass
    /// implements it to save the pages and their copies.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The payments ordered by id.
    /// - Throws: ``StoreError``.
    func payments(matching query: PaymentQuery) async throws -> [Payment]
}

extension PaymentStore {
    /// Every payment matching a query, read in pages of 5 000.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The payments ordered by id.
    /// - Throws: ``StoreError``.
    public func payments(matching query: PaymentQuery) async throws -> [Payment] {
        try await StorePages(pageSize: 5_000, cursor: \Payment.id) { cursor, limit in
            try await self.payments(matching: query, after: cursor, limit: limit)
        }.collect()
    }
}
