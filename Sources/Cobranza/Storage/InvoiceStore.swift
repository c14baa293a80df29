/// Reads invoices, in batches: the engine walks a whole portfolio without one query per invoice.
///
/// ## Implementation requirements
/// - ``invoices(ids:)`` returns the invoices that exist, ordered by (customer id, invoice id).
/// - ``invoices(matching:after:limit:)`` returns the invoices that satisfy ``InvoiceQuery/matches(_:)``,
///   ordered by (customer id, invoice id), strictly after the cursor. A customer's invoices are therefore
///   contiguous, which lets the engine consolidate per customer while streaming.
/// - Serve it with an index on (customer id, id) and one on open invoices by due date.
public protocol InvoiceStore: Sendable {
    /// The invoices with these ids.
    ///
    /// - Parameter ids: The ids; duplicates are read once.
    /// - Returns: The invoices found, ordered by (customer id, invoice id).
    /// - Throws: ``StoreError``.
    func invoices(ids: [InvoiceID]) async throws -> [Invoice]

    /// One page of the invoices matching a query.
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - cursor: The position of the last invoice of the previous page, or `nil` for the first page.
    ///   - limit: The page size, at least 1.
    /// - Returns: Up to `limit` invoices ordered by (customer id, invoice id).
    /// - Throws: ``StoreError``.
    func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) async throws -> [Invoice]

    /// Every invoice matching a query, in one read.
    ///
    /// A default reads ``invoices(matching:after:limit:)`` page by page; a store that can answer in one pass
    /// (the in-memory store) implements it to save the pages and their copies.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The invoices ordered by (customer id, invoice id).
    /// - Throws: ``StoreError``.
    func invoices(matching query: InvoiceQuery) async throws -> [Invoice]
}

extension InvoiceStore {
    /// The invoices matching a query, read in pages.
    ///
    /// ```swift
    /// for try await page in store.invoicePages(matching: .open) {
    ///     for invoice in page { total += invoice.balance.minorUnits }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - query: The conditions.
    ///   - pageSize: The page size.
    /// - Returns: An async sequence of pages.
    public func invoicePages(matching query: InvoiceQuery = .all, pageSize: Int = 5_000)
        -> StorePages<Invoice, InvoiceCursor>
    {
        StorePages(pageSize: pageSize, cursor: InvoiceCursor.init(after:)) { cursor, limit in
            try await self.invoices(matching: query, after: cursor, limit: limit)
        }
    }

    /// Every invoice matching a query, read in pages of 5 000.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The invoices ordered by (customer id, invoice id).
    /// - Throws: ``StoreError``.
    public func invoices(matching query: InvoiceQuery) async throws -> [Invoice] {
        try await invoicePages(matching: query).collect()
    }
}
