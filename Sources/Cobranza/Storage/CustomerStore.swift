/// Reads customers, collectors and departments.
///
/// ## Implementation requirements
/// - ``customers(ids:)`` returns the customers that exist, ordered by id; missing ids are omitted.
/// - ``customers(after:limit:)`` pages through every customer ordered by id, starting strictly after the
///   cursor; a page shorter than `limit` is the last.
/// - Reads see only committed units of work, never part of one.
/// - Map backend failures to ``StoreError``.
public protocol CustomerStore: Sendable {
    /// The customers with these ids, ordered by id.
    ///
    /// - Parameter ids: The ids; duplicates are read once.
    /// - Returns: The customers found.
    /// - Throws: ``StoreError``.
    func customers(ids: [CustomerID]) async throws -> [Customer]

    /// One page of all customers, ordered by id.
    ///
    /// - Parameters:
    ///   - cursor: The id of the last customer of the previous page, or `nil` for the first page.
    ///   - limit: The page size, at least 1.
    /// - Returns: Up to `limit` customers.
    /// - Throws: ``StoreError``.
    func customers(after cursor: CustomerID?, limit: Int) async throws -> [Customer]

    /// Every collector, ordered by id.
    ///
    /// - Returns: The collectors.
    /// - Throws: ``StoreError``.
    func collectors() async throws -> [Collector]

    /// Every department, ordered by id.
    ///
    /// - Returns: The departments.
    /// - Throws: ``StoreError``.
    func departments() async throws -> [Department]
}

extension CustomerStore {
    /// All customers, read in pages.
    ///
    /// - Parameter pageSize: The page size.
    /// - Returns: An async sequence of pages.
    public func customerPages(pageSize: Int = 1_000) -> StorePages<Customer, CustomerID> {
        StorePages(pageSize: pageSize, cursor: \.id) { cursor, limit in
            try await self.customers(after: cursor, limit: limit)
        }
    }

    /// Every customer.
    ///
    /// - Returns: All customers ordered by id.
    /// - Throws: ``StoreError``.
    public func allCustomers() async throws -> [Customer] {
        try await customerPages().collect()
    }
}
