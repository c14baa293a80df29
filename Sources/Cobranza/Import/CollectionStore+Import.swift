import Foundation

extension CollectionStore {
    /// Imports CSV files exported by an ERP or a spreadsheet, all or nothing.
    ///
    /// Reads what the store holds of the files' records, plans the upserts and payment applications (see
    /// ``PortfolioFiles`` for the columns and ``ImportError`` for the problems), and commits everything as
    /// one unit of work. Importing the same files twice changes nothing the second time.
    ///
    /// ```swift
    /// let files = try PortfolioFiles.read(
    ///     customers: folder.appending(path: "customers.csv"), invoices: folder.appending(path: "invoices.csv"))
    /// let summary = try await store.importCSV(files, at: clock.now)
    /// print(summary.invoices.created, "new invoices")
    /// ```
    ///
    /// - Parameters:
    ///   - files: The files, read with ``PortfolioFiles/read(customers:invoices:payments:collectors:)``.
    ///   - timestamp: When the import happens, for the activities of applied payments.
    /// - Returns: What was created, updated and left unchanged.
    /// - Throws: ``ImportError/rejected(_:)`` listing every problem with file, row and column (nothing is
    ///   written); ``StoreError`` from the store.
    @discardableResult
    public func importCSV(_ files: PortfolioFiles, at timestamp: Date) async throws -> ImportSummary {
        let records = ImportedRecords(files)
        let payingCustomers = Array(Set(records.payments.map(\.record.customerID))).sorted()
        var invoices = try await self.invoices(ids: Array(records.invoiceIDs).sorted())
        if !payingCustomers.isEmpty {
            invoices += try await self.invoices(
                matching: InvoiceQuery(customerIDs: Set(payingCustomers), openOnly: true))
        }
        let existing = PortfolioImport.Existing(
            collectors: Dictionary(try await collectors().map { ($0.id, $0) }) { first, _ in first },
            customers: Dictionary(try await customers(ids: Array(records.customerIDs).sorted()).map { ($0.id, $0) }) {
                first, _ in first
            },
            invoices: Dictionary(invoices.map { ($0.id, $0) }) { first, _ in first },
            paymentIDs: Set(try await payments(ids: records.payments.map(\.record.id)).map(\.id)))
        let plan = try PortfolioImport.plan(records, existing: existing, at: timestamp)
        try await commit(plan.changes)
        return plan.summary
    }
}
