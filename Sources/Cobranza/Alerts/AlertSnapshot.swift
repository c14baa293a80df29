/// The state alert rules read: customers with their collector, open invoices, collectors, departments and
/// open tasks, indexed for lookups.
///
/// Build it from whatever the integrator holds, or load it from a store with
/// ``load(from:)``. Closed invoices may be left out: rules only list what is still owed.
public struct AlertSnapshot: Sendable, Hashable {
    /// Customers by identifier.
    public private(set) var customers: [CustomerID: Customer]
    /// Invoices by identifier.
    public private(set) var invoices: [InvoiceID: Invoice]
    /// Each customer's invoices, by due date then identifier.
    public private(set) var invoicesByCustomer: [CustomerID: [Invoice]]
    /// Collectors by identifier.
    public private(set) var collectors: [CollectorID: Collector]
    /// Departments by identifier.
    public private(set) var departments: [DepartmentID: Department]
    /// Follow-up tasks, in the order given.
    public private(set) var tasks: [FollowUpTask]

    /// Creates a snapshot; when an identifier appears twice, the last record wins.
    ///
    /// - Parameters:
    ///   - customers: The customers.
    ///   - invoices: The invoices (open ones at least).
    ///   - collectors: The collectors.
    ///   - departments: The departments.
    ///   - tasks: The follow-up tasks (open action tasks at least).
    public init(
        customers: [Customer], invoices: [Invoice], collectors: [Collector] = [], departments: [Department] = [],
        tasks: [FollowUpTask] = []
    ) {
        // Built in place, sized once: no intermediate arrays of pairs, no regrouping of the invoices.
        var customersByID = [CustomerID: Customer](minimumCapacity: customers.count)
        for customer in customers { customersByID[customer.id] = customer }
        var invoicesByID = [InvoiceID: Invoice](minimumCapacity: invoices.count)
        for invoice in invoices { invoicesByID[invoice.id] = invoice }
        var byCustomer: [CustomerID: [Invoice]] = [:]
        if invoicesByID.count == invoices.count {
            // No identifier twice: grouped in the order given (usually already by customer and due date).
            for invoice in invoices { byCustomer[invoice.customerID, default: []].append(invoice) }
        } else {
            for invoice in invoicesByID.values { byCustomer[invoice.customerID, default: []].append(invoice) }
        }
        for index in byCustomer.values.indices {
            byCustomer.values[index].sortIfNeeded()
        }
        self.customers = customersByID
        self.invoices = invoicesByID
        self.invoicesByCustomer = byCustomer
        var collectorsByID = [CollectorID: Collector](minimumCapacity: collectors.count)
        for collector in collectors { collectorsByID[collector.id] = collector }
        self.collectors = collectorsByID
        var departmentsByID = [DepartmentID: Department](minimumCapacity: departments.count)
        for department in departments { departmentsByID[department.id] = department }
        self.departments = departmentsByID
        self.tasks = tasks
    }

    /// The open invoices among some identifiers, in the order given; unknown and closed ones are left out.
    ///
    /// - Parameter ids: Invoice identifiers.
    /// - Returns: The open invoices.
    public func openInvoices(_ ids: [InvoiceID]) -> [Invoice] {
        var result: [Invoice] = []
        result.reserveCapacity(ids.count)
        // Usually one or a few identifiers: repeats are looked for in the result, without building a set.
        guard ids.count > 8 else {
            for (index, id) in ids.enumerated() where !ids[..<index].contains(id) {
                if let invoice = invoices[id], invoice.isOpen { result.append(invoice) }
            }
            return result
        }
        var seen = Set<InvoiceID>(minimumCapacity: ids.count)
        for id in ids where seen.insert(id).inserted {
            if let invoice = invoices[id], invoice.isOpen { result.append(invoice) }
        }
        return result
    }

    /// A customer's open invoices, by due date.
    ///
    /// - Parameter customerID: The customer.
    /// - Returns: The open invoices.
    public func openInvoices(of customerID: CustomerID) -> [Invoice] {
        invoicesByCustomer[customerID, default: []].filter(\.isOpen)
    }
}

extension Array where Element == Invoice {
    /// Sorts by due date then identifier, unless already in that order.
    fileprivate mutating func sortIfNeeded() {
        let inOrder = indices.dropFirst().allSatisfy {
            (self[$0 - 1].dueDate, self[$0 - 1].id) < (self[$0].dueDate, self[$0].id)
        }
        if !inOrder { sort { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) } }
    }
}
