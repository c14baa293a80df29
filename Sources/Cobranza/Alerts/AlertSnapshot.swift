/// The state alert rules read: customers with their collector, open invoices, collectors, departments and
/// open tasks, indexed for lookups.
///
/// Build it from whatever the integrator holds, or load it from a store with
/// ``load(from:)``. Closed invoices may be left out: rules only list what is still owed.
public struct AlertSnapshot: Sendable, Hashable {
    /// Customers by identifier.
    public private(set) var customers: AlertRecords<CustomerID, Customer>
    /// Invoices by identifier.
    public private(set) var invoices: AlertRecords<InvoiceID, Invoice>
    /// Collectors by identifier.
    public private(set) var collectors: [CollectorID: Collector]
    /// Departments by identifier.
    public private(set) var departments: [DepartmentID: Department]
    /// Follow-up tasks, in the order given.
    public private(set) var tasks: [FollowUpTask]
    /// Positions in `invoices.values`, each customer's together, by due date then identifier.
    private var customerInvoiceOrder: [Int32]
    /// Each customer's part of ``customerInvoiceOrder``.
    private var customerInvoiceRanges: [CustomerID: Range<Int>]

    /// Creates a snapshot; when an identifier appears twice, the last record wins.
    ///
    /// The arrays are kept as given (shared, not copied) and indexed by identifier.
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
        self.customers = AlertRecords(customers) { $0.id }
        self.invoices = AlertRecords(invoices) { $0.id }
        (customerInvoiceOrder, customerInvoiceRanges) = Self.groupByCustomer(self.invoices.values)
        var collectorsByID = [CollectorID: Collector](minimumCapacity: collectors.count)
        for collector in collectors { collectorsByID[collector.id] = collector }
        self.collectors = collectorsByID
        var departmentsByID = [DepartmentID: Department](minimumCapacity: departments.count)
        for department in departments { departmentsByID[department.id] = department }
        self.departments = departmentsByID
        self.tasks = tasks
    }

    /// Each customer's invoices, by due date then identifier.
    ///
    /// A new dictionary of every customer's invoices on each call: for one customer use ``invoices(of:)``.
    public var invoicesByCustomer: [CustomerID: [Invoice]] {
        customerInvoiceRanges.mapValues { range in customerInvoiceOrder[range].map { invoices.values[Int($0)] } }
    }

    /// A customer's invoices, by due date then identifier.
    ///
    /// - Parameter customerID: The customer.
    /// - Returns: The invoices; empty for a customer without any.
    public func invoices(of customerID: CustomerID) -> [Invoice] {
        guard let range = customerInvoiceRanges[customerID] else { return [] }
        return customerInvoiceOrder[range].map { invoices.values[Int($0)] }
    }

    /// Groups invoice positions by customer, each group by due date then identifier. A store lists each
    /// customer's invoices together (usually by due date): then every group is a run of the list, found in
    /// one pass; otherwise the positions are gathered per customer first.
    private static func groupByCustomer(_ invoices: [Invoice]) -> ([Int32], [CustomerID: Range<Int>]) {
        var order = [Int32](0..<Int32(truncatingIfNeeded: invoices.count))
        var ranges: [CustomerID: Range<Int>] = [:]
        var start = 0
        var contiguous = true
        while start < invoices.count {
            var end = start + 1
            while end < invoices.count, invoices[end].customerID == invoices[start].customerID { end += 1 }
            guard ranges.updateValue(start..<end, forKey: invoices[start].customerID) == nil else {
                contiguous = false
                break
            }
            start = end
        }
        if !contiguous {
            var positions: [CustomerID: [Int32]] = [:]
            for (position, invoice) in invoices.enumerated() {
                positions[invoice.customerID, default: []].append(Int32(truncatingIfNeeded: position))
            }
            order.removeAll(keepingCapacity: true)
            ranges.removeAll(keepingCapacity: true)
            for (customerID, members) in positions {
                ranges[customerID] = order.count..<(order.count + members.count)
                order.append(contentsOf: members)
            }
        }
        func precedes(_ left: Int32, _ right: Int32) -> Bool {
            let (first, second) = (invoices[Int(left)], invoices[Int(right)])
            return (first.dueDate, first.id) < (second.dueDate, second.id)
        }
        for range in ranges.values {
            let inOrder = range.dropFirst().allSatisfy { precedes(order[$0 - 1], order[$0]) }
            if !inOrder { order[range].sort(by: precedes) }
        }
        return (order, ranges)
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
        invoices(of: customerID).filter(\.isOpen)
    }

    /// Whether two snapshots hold the same records (the per-customer grouping follows from the invoices).
    ///
    /// - Parameters:
    ///   - lhs: A snapshot.
    ///   - rhs: Another snapshot.
    /// - Returns: `true` when customers, invoices, collectors, departments and tasks are equal.
    public static func == (lhs: AlertSnapshot, rhs: AlertSnapshot) -> Bool {
        lhs.customers == rhs.customers && lhs.invoices == rhs.invoices && lhs.collectors == rhs.collectors
            && lhs.departments == rhs.departments && lhs.tasks == rhs.tasks
    }

    /// Hashes the records.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(customers)
        hasher.combine(invoices)
        hasher.combine(collectors)
        hasher.combine(departments)
        hasher.combine(tasks)
    }
}
