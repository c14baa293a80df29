extension AlertSnapshot {
    /// Reads what the built-in rules need from a store: every customer, collector and department, the open
    /// invoices and the open tasks.
    ///
    /// ```swift
    /// let snapshot = try await AlertSnapshot.load(from: store)
    /// ```
    ///
    /// - Parameter store: The store.
    /// - Returns: The snapshot.
    /// - Throws: ``StoreError`` from the store.
    public static func load(from store: any CollectionStore) async throws -> AlertSnapshot {
        async let customers = store.allCustomers()
        async let invoices = store.invoices(matching: .open)
        async let collectors = store.collectors()
        async let departments = store.departments()
        async let tasks = store.tasks(matching: TaskQuery(openOnly: true))
        return try await AlertSnapshot(
            customers: customers, invoices: invoices, collectors: collectors, departments: departments, tasks: tasks)
    }
}
