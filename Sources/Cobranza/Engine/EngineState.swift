import Foundation

/// What a run reads once and carries from stage to stage: the customers, the open invoices, collectors and
/// departments, updated in memory with each stage's writes so no stage reads them again.
struct EngineState: Sendable {
    /// Every customer, ordered by id.
    var customers: [Customer]
    /// The open invoices, in store order (by customer, then id); new open invoices are appended.
    var openInvoices: [Invoice]
    /// Every collector.
    var collectors: [Collector]
    /// Every department.
    var departments: [Department]
    /// The customers this state covers when it holds one partition of the portfolio; `nil` for the whole
    /// portfolio. Stages read the store for these customers only.
    var scope: Set<CustomerID>? = nil
    /// Dry run only: the activities the plan would append, in order.
    var plannedActivities: [Activity] = []
    /// Dry run only: the tasks the plan would create.
    var plannedTasks: [FollowUpTask] = []
    /// Dry run only: the invoices the plan would change (open or not), by id.
    var plannedInvoices: [InvoiceID: Invoice] = [:]

    /// Reads the state from a store.
    ///
    /// - Parameter store: The store.
    /// - Returns: The state.
    /// - Throws: ``StoreError``.
    static func load(from store: any CollectionStore) async throws -> EngineState {
        async let customers = store.allCustomers()
        async let invoices = store.invoices(matching: .open)
        async let collectors = store.collectors()
        async let departments = store.departments()
        return try await EngineState(
            customers: customers, openInvoices: invoices, collectors: collectors, departments: departments)
    }

    /// Reads the state of some customers only: one partition of the portfolio.
    ///
    /// - Parameters:
    ///   - store: The store.
    ///   - customerIDs: The partition's customers.
    /// - Returns: The state, scoped to those customers.
    /// - Throws: ``StoreError``.
    static func load(from store: any CollectionStore, customers customerIDs: Set<CustomerID>) async throws
        -> EngineState
    {
        async let customers = store.customers(ids: Array(customerIDs))
        async let invoices = store.invoices(matching: InvoiceQuery(customerIDs: customerIDs, openOnly: true))
        async let collectors = store.collectors()
        async let departments = store.departments()
        return try await EngineState(
            customers: customers, openInvoices: invoices, collectors: collectors, departments: departments,
            scope: customerIDs)
    }

    /// Applies a stage's writes to the state in memory.
    ///
    /// - Parameters:
    ///   - changes: The writes.
    ///   - planned: Whether they were only planned (a dry run), to be remembered for the later stages.
    mutating func apply(_ changes: ChangeSet, planned: Bool) {
        if !changes.customers.isEmpty { replaceCustomers(with: changes.customers) }
        if !changes.invoices.isEmpty {
            // The last write of each invoice, by its position in the change set (not a copy of the invoice).
            var changed = [InvoiceID: Int](minimumCapacity: changes.invoices.count)
            for (position, change) in changes.invoices.enumerated() { changed[change.invoice.id] = position }
            var touched = Set<CustomerID>(minimumCapacity: changed.count)
            for position in changed.values { touched.insert(changes.invoices[position].invoice.customerID) }
            // Replaced in place, closed ones squeezed out: no second array of the open invoices.
            var kept = 0
            var current: CustomerID?
            var isTouched = false
            for index in openInvoices.indices {
                // Invoices come grouped by customer: look the customer up once per group, not per invoice.
                if openInvoices[index].customerID != current {
                    current = openInvoices[index].customerID
                    isTouched = touched.contains(openInvoices[index].customerID)
                }
                if isTouched, let position = changed.removeValue(forKey: openInvoices[index].id) {
                    let replacement = changes.invoices[position].invoice
                    guard replacement.isOpen else { continue }
                    openInvoices[index] = replacement
                }
                if kept != index { openInvoices.swapAt(kept, index) }
                kept += 1
            }
            openInvoices.removeSubrange(kept...)
            for change in changes.invoices where changed.removeValue(forKey: change.invoice.id) != nil {
                if change.invoice.isOpen { openInvoices.append(change.invoice) }
            }
            if planned {
                for change in changes.invoices { plannedInvoices[change.invoice.id] = change.invoice }
            }
        }
        if planned {
            plannedActivities += changes.activities
            plannedTasks += changes.tasks
        }
    }

    /// Replaces the customers written by a stage; the last write of a customer wins.
    ///
    /// Stages write customers in the state's order (the risk stage writes a subsequence of it), so the two lists
    /// are first walked side by side, comparing ids; only writes left over by that walk (another order, or a
    /// customer written twice) are matched through a dictionary of all the writes.
    ///
    /// - Parameter written: The customers written, in any order.
    mutating func replaceCustomers(with written: [Customer]) {
        var next = 0
        for index in customers.indices where next < written.count && customers[index].id == written[next].id {
            customers[index] = written[next]
            next += 1
        }
        guard next < written.count else { return }
        let byID = Dictionary(written.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        for index in customers.indices {
            if let changed = byID[customers[index].id] { customers[index] = changed }
        }
    }

    /// The customers with these ids, from the state.
    ///
    /// - Parameter ids: The ids.
    /// - Returns: The customers by id.
    func customers(_ ids: Set<CustomerID>) -> [CustomerID: Customer] {
        var found: [CustomerID: Customer] = [:]
        found.reserveCapacity(ids.count)
        for customer in customers where ids.contains(customer.id) { found[customer.id] = customer }
        return found
    }

    /// Invoices read from the store with the dry run's planned changes laid over them.
    ///
    /// - Parameter invoices: Invoices as stored.
    /// - Returns: The invoices as they would be.
    func overlaying(_ invoices: [Invoice]) -> [Invoice] {
        guard !plannedInvoices.isEmpty else { return invoices }
        var pending = plannedInvoices
        var result = invoices.map { pending.removeValue(forKey: $0.id) ?? $0 }
        let wanted = Set(invoices.map(\.customerID))
        result += pending.values.filter { wanted.contains($0.customerID) }.sorted { $0.id < $1.id }
        return result
    }
}
