import Cobranza

extension SQLiteCollectionStore {
    /// Loads a portfolio from an ERP in one transaction: upserts customers and invoices, inserts payments.
    ///
    /// The rules are those of ``commit(_:)`` (references, consistent records, unique payment ids), and the
    /// import lands whole or not at all. Rows go in through cached multi-row `INSERT` statements with bound
    /// values (``SQLiteStoreConfiguration/batchSize`` rows each), which is what makes a million invoices a
    /// matter of seconds rather than minutes.
    ///
    /// ```swift
    /// let store = try SQLiteCollectionStore(path: "cobranza.sqlite")
    /// try await store.importPortfolio(customers: erp.customers, invoices: erp.openInvoices, payments: [])
    /// ```
    ///
    /// - Parameters:
    ///   - customers: Customers to insert or replace (their collectors must exist).
    ///   - invoices: Invoices to insert or replace.
    ///   - payments: Payments to insert.
    /// - Throws: ``Cobranza/StoreError``; nothing was written.
    public func importPortfolio(customers: [Customer], invoices: [Invoice], payments: [Payment] = []) async throws {
        var changes = ChangeSet()
        changes.customers = customers
        changes.invoices = invoices.map(InvoiceChange.upsert)
        changes.payments = payments
        try await commit(changes)
    }
}
