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
        self.customers = Dictionary(customers.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.invoices = Dictionary(invoices.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.invoicesByCustomer = Dictionary(grouping: self.invoices.values, by: \.customerID).mapValues {
            $0.sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
        }
        self.collectors = Dictionary(collectors.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.departments = Dictionary(departments.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        self.tasks = tasks
    }

    /// The open invoices among some identifiers, in the order given; unknown and closed ones are left out.
    ///
    /// - Parameter ids: Invoice identifiers.
    /// - Returns: The open invoices.
    public func openInvoices(_ ids: [InvoiceID]) -> [Invoice] {
        var seen = Set<InvoiceID>()
        return ids.compactMap { id in
            guard seen.insert(id).inserted, let invoice = invoices[id], invoice.isOpen else { return nil }
            return invoice
        }
    }

    /// A customer's open invoices, by due date.
    ///
    /// - Parameter customerID: The customer.
    /// - Returns: The open invoices.
    public func openInvoices(of customerID: CustomerID) -> [Invoice] {
        invoicesByCustomer[customerID, default: []].filter(\.isOpen)
    }
}
