/// What an import wrote, by kind of record.
public struct ImportSummary: Sendable, Hashable, Codable {
    /// Counts for one kind of record.
    public struct Counts: Sendable, Hashable, Codable {
        /// Records that did not exist before.
        public var created = 0
        /// Records that existed and changed.
        public var updated = 0
        /// Records that existed and were the same (importing a file twice leaves everything here).
        public var unchanged = 0

        /// Creates counts.
        ///
        /// - Parameters:
        ///   - created: New records.
        ///   - updated: Changed records.
        ///   - unchanged: Records that were the same.
        public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
            self.created = created
            self.updated = updated
            self.unchanged = unchanged
        }
    }

    /// Collectors.
    public var collectors = Counts()
    /// Customers.
    public var customers = Counts()
    /// Invoices (payments of the same import that change their balances are not counted here).
    public var invoices = Counts()
    /// Payments: `created` were applied now, `unchanged` were recorded by an earlier import.
    public var payments = Counts()
    /// Money of the new payments left as unapplied customer credit, one amount per currency.
    public var unappliedCredit: [Money] = []

    /// Creates an empty summary.
    public init() {}
}
