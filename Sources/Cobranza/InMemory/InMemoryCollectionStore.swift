/// A ``CollectionStore`` in memory: the reference implementation of the storage contract, for tests,
/// demos and small embedded uses.
///
/// It behaves like a database: unique keys are enforced, references must exist, conditional updates
/// detect races, and a ``ChangeSet`` lands whole or not at all (every rule is checked before anything is
/// written). It is an actor, so it is safe to share between tasks and engines.
///
/// ```swift
/// let store = InMemoryCollectionStore()
/// var changes = ChangeSet()
/// changes.upsert(Customer(id: "C-001", name: "Ferretería Don Pepe SRL"))
/// try await store.commit(changes)
/// ```
///
/// - Complexity: Reads of a page are O(page size + log n) after the first read following new inserts,
///   which sorts the keys once.
public actor InMemoryCollectionStore: CollectionStore {
    private var customersByID: [CustomerID: Customer] = [:]
    private var collectorsByID: [CollectorID: Collector] = [:]
    private var departmentsByID: [DepartmentID: Department] = [:]
    private var invoicesByID: [InvoiceID: Invoice] = [:]
    private var invoiceIDsByCustomer: [CustomerID: [InvoiceID]] = [:]
    private var paymentsByID: [PaymentID: Payment] = [:]
    private var log: [LoggedActivity] = []
    private var activityIDs: Set<ActivityID> = []
    private var tasksByID: [TaskID: FollowUpTask] = [:]
    private var outboxByKey: [IdempotencyKey: OutboxEntry] = [:]
    private var storedAlertCursor: AlertCursor?

    private var sortedCustomerIDsCache: [CustomerID]?
    private var sortedInvoiceCustomerIDsCache: [CustomerID]?
    private var sortedPaymentIDsCache: [PaymentID]?
    /// Every outbox key in claim order (created, then key); rebuilt after new entries.
    private var outboxOrderCache: [IdempotencyKey]?
    /// In ``outboxOrderCache``, every entry before this index was final when a claim last looked.
    private var outboxUnfinishedStart = 0
    private var unsortedInvoiceCustomers: Set<CustomerID> = []

    /// Creates an empty store.
    public init() {}

    // MARK: - Customers

    public func customers(ids: [CustomerID]) -> [Customer] {
        Set(ids).compactMap { customersByID[$0] }.sorted { $0.id < $1.id }
    }

    public func customers(after cursor: CustomerID?, limit: Int) -> [Customer] {
        let ids = sortedCustomerIDs()
        let start = cursor.map { ids.upperBound(of: $0) } ?? 0
        return ids[start..<Swift.min(ids.count, start + Swift.max(1, limit))].compactMap { customersByID[$0] }
    }

    public func collectors() -> [Collector] { collectorsByID.values.sorted { $0.id < $1.id } }

    public func departments() -> [Department] { departmentsByID.values.sorted { $0.id < $1.id } }

    // MARK: - Invoices

    public func invoices(ids: [InvoiceID]) -> [Invoice] {
        Set(ids).compactMap { invoicesByID[$0] }.sorted { InvoiceCursor(after: $0) < InvoiceCursor(after: $1) }
    }

    public func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) -> [Invoice] {
        let limit = Swift.max(1, limit)
        var page: [Invoice] = []
        let customerIDs: [CustomerID]
        if let wanted = query.customerIDs {
            customerIDs = wanted.sorted()
        } else {
            customerIDs = sortedInvoiceCustomerIDs()
        }
        let firstCustomer = cursor.map { customerIDs.lowerBound(of: $0.customerID) } ?? 0
        for customerID in customerIDs[firstCustomer...] {
            let invoiceIDs = sortedInvoiceIDs(of: customerID)
            var start = 0
            if let cursor, cursor.customerID == customerID { start = invoiceIDs.upperBound(of: cursor.invoiceID) }
            for invoiceID in invoiceIDs[start...] {
                guard let invoice = invoicesByID[invoiceID], query.matches(invoice) else { continue }
                page.append(invoice)
                if page.count == limit { return page }
            }
        }
        return page
    }

    // MARK: - Payments

    public func payments(ids: [PaymentID]) -> [Payment] {
        Set(ids).compactMap { paymentsByID[$0] }.sorted { $0.id < $1.id }
    }

    public func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) -> [Payment] {
        // Walks the ids in order from the cursor: a page costs what it scans, not a sort of every payment.
        let limit = Swift.max(1, limit)
        let ids = sortedPaymentIDs()
        var page: [Payment] = []
        for id in ids[(cursor.map { ids.upperBound(of: $0) } ?? 0)...] {
            guard let payment = paymentsByID[id], query.matches(payment) else { continue }
            page.append(payment)
            if page.count == limit { break }
        }
        return page
    }

    // MARK: - Activities

    public func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) -> [LoggedActivity] {
        // Positions are 1-based and dense, so the entry after position p is at index p.
        let start = Int(Swift.max(0, Swift.min(Int64(log.count), position ?? 0)))
        var page: [LoggedActivity] = []
        for entry in log[start...] where query.matches(entry.activity) {
            page.append(entry)
            if page.count == Swift.max(1, limit) { break }
        }
        return page
    }

    // MARK: - Tasks

    public func tasks(matching query: TaskQuery) -> [FollowUpTask] {
        tasksByID.values.filter(query.matches).sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
    }

    // MARK: - Outbox

    public func outboxEntries(matching query: OutboxQuery) -> [OutboxEntry] {
        outboxByKey.values.filter(query.matches).sorted(by: Self.outboxOrder)
    }

    public func claimOutboxEntries(_ claim: OutboxClaim) -> [OutboxEntry] {
        // Walks the entries in claim order from the first unfinished one: a dispatch loop of many small
        // claims costs what it delivers, not a sort of the whole outbox per claim.
        let limit = Swift.max(0, claim.limit)
        var claimed: [OutboxEntry] = []
        guard limit > 0 else { return claimed }
        let order = sortedOutboxKeys()
        var start = Swift.min(outboxUnfinishedStart, order.count)
        while start < order.count, outboxByKey[order[start]]?.state.isFinal ?? true { start += 1 }
        outboxUnfinishedStart = start
        for key in order[start...] {
            guard var entry = outboxByKey[key], entry.state.isClaimable(at: claim.now) else { continue }
            entry.state = .claimed(by: claim.claimant, until: claim.leaseUntil)
            entry.attempts += 1
            outboxByKey[entry.key] = entry
            claimed.append(entry)
            if claimed.count == limit { break }
        }
        return claimed
    }

    // MARK: - Alert cursor

    /// The alert cursor last committed.
    ///
    /// - Returns: The cursor, or `nil`.
    public func alertCursor() -> AlertCursor? { storedAlertCursor }

    private static func outboxOrder(_ lhs: OutboxEntry, _ rhs: OutboxEntry) -> Bool {
        (lhs.createdAt, lhs.key) < (rhs.createdAt, rhs.key)
    }

    // MARK: - Commit

    @discardableResult
    public func commit(_ changes: ChangeSet) throws -> CommitResult {
        let plan = try validate(changes)
        apply(changes)
        let firstPosition = Int64(log.count - changes.activities.count) + 1
        return CommitResult(
            skippedOutboxKeys: plan.skippedOutboxKeys.sorted(),
            activityPositions: changes.activities.indices.map { firstPosition + Int64($0) })
    }

    private struct ValidatedCommit {
        var skippedOutboxKeys: Set<IdempotencyKey> = []
    }

    /// Checks every rule of ``ChangeSet`` against the stored state; writes nothing.
    private func validate(_ changes: ChangeSet) throws -> ValidatedCommit {
        var result = ValidatedCommit()
        let newCollectors = Set(changes.collectors.map(\.id))
        for customer in changes.customers {
            if let collectorID = customer.collectorID, collectorsByID[collectorID] == nil,
                !newCollectors.contains(collectorID)
            {
                throw StoreError.missingReference(
                    .customer, id: customer.id.rawValue, references: .collector, referencedID: collectorID.rawValue)
            }
        }
        let newCustomers = Set(changes.customers.map(\.id))
        func requireCustomer(_ id: CustomerID, from kind: EntityKind, _ recordID: String) throws {
            guard customersByID[id] != nil || newCustomers.contains(id) else {
                throw StoreError.missingReference(kind, id: recordID, references: .customer, referencedID: id.rawValue)
            }
        }

        var stagedInvoices: [InvoiceID: Invoice] = [:]
        for change in changes.invoices {
            let invoice = change.invoice
            try requireCustomer(invoice.customerID, from: .invoice, invoice.id.rawValue)
            try Self.check(invoice)
            if case .update(_, let expected) = change {
                let current = stagedInvoices[invoice.id] ?? invoicesByID[invoice.id]
                guard let current else {
                    throw StoreError.conflict(.invoice, id: invoice.id.rawValue, reason: "updated but does not exist")
                }
                guard current == expected else {
                    throw StoreError.conflict(.invoice, id: invoice.id.rawValue, reason: "changed since it was read")
                }
            }
            stagedInvoices[invoice.id] = invoice
        }

        // Conditions first — conditional updates and outbox claims — so a lost race is always a conflict.
        var stagedOutbox: [IdempotencyKey: OutboxState] = [:]
        for update in changes.outboxUpdates {
            guard let state = stagedOutbox[update.key] ?? outboxByKey[update.key]?.state else {
                throw StoreError.conflict(.outboxEntry, id: update.key.rawValue, reason: "no such entry")
            }
            guard case .claimed(let holder, _) = state, holder == update.claimant else {
                throw StoreError.conflict(
                    .outboxEntry, id: update.key.rawValue, reason: "not claimed by '\(update.claimant)'")
            }
            stagedOutbox[update.key] = update.state
        }
        if let change = changes.alertCursor, change.expected != storedAlertCursor {
            throw StoreError.conflict(.alertCursor, id: "alerts", reason: "changed since it was read")
        }

        var newPayments: Set<PaymentID> = []
        for payment in changes.payments {
            guard paymentsByID[payment.id] == nil, newPayments.insert(payment.id).inserted else {
                throw StoreError.duplicateKey(.payment, id: payment.id.rawValue)
            }
            try requireCustomer(payment.customerID, from: .payment, payment.id.rawValue)
            var allocated: Int64 = 0
            for allocation in payment.allocations {
                guard stagedInvoices[allocation.invoiceID] != nil || invoicesByID[allocation.invoiceID] != nil else {
                    throw StoreError.missingReference(
                        .payment, id: payment.id.rawValue, references: .invoice,
                        referencedID: allocation.invoiceID.rawValue)
                }
                guard allocation.amount.currency == payment.amount.currency, !allocation.amount.isNegative else {
                    throw StoreError.invalidRecord(
                        .payment, id: payment.id.rawValue,
                        reason: "allocation to '\(allocation.invoiceID)' is negative or in another currency")
                }
                allocated += allocation.amount.minorUnits
            }
            guard allocated <= payment.amount.minorUnits else {
                throw StoreError.invalidRecord(
                    .payment, id: payment.id.rawValue, reason: "allocations exceed the amount")
            }
        }

        var newActivities: Set<ActivityID> = []
        for activity in changes.activities {
            guard !activityIDs.contains(activity.id), newActivities.insert(activity.id).inserted else {
                throw StoreError.duplicateKey(.activity, id: activity.id.rawValue)
            }
            try requireCustomer(activity.customerID, from: .activity, activity.id.rawValue)
        }

        for task in changes.tasks {
            try requireCustomer(task.customerID, from: .task, task.id.rawValue)
        }

        var newKeys: Set<IdempotencyKey> = []
        for entry in changes.outboxEntries where outboxByKey[entry.key] != nil || !newKeys.insert(entry.key).inserted {
            result.skippedOutboxKeys.insert(entry.key)
        }

        return result
    }

    private static func check(_ invoice: Invoice) throws {
        guard invoice.balance.currency == invoice.amount.currency else {
            throw StoreError.invalidRecord(
                .invoice, id: invoice.id.rawValue, reason: "balance and amount are in different currencies")
        }
        guard !invoice.balance.isNegative else {
            throw StoreError.invalidRecord(.invoice, id: invoice.id.rawValue, reason: "negative balance")
        }
    }

    /// Writes a validated change set; cannot fail.
    private func apply(_ changes: ChangeSet) {
        for collector in changes.collectors { collectorsByID[collector.id] = collector }
        for department in changes.departments { departmentsByID[department.id] = department }
        for customer in changes.customers {
            if customersByID.updateValue(customer, forKey: customer.id) == nil { sortedCustomerIDsCache = nil }
        }
        for change in changes.invoices {
            let invoice = change.invoice
            let previous = invoicesByID.updateValue(invoice, forKey: invoice.id)
            if previous?.customerID != invoice.customerID {
                if let previous { invoiceIDsByCustomer[previous.customerID]?.removeAll { $0 == invoice.id } }
                if invoiceIDsByCustomer[invoice.customerID] == nil { sortedInvoiceCustomerIDsCache = nil }
                invoiceIDsByCustomer[invoice.customerID, default: []].append(invoice.id)
                unsortedInvoiceCustomers.insert(invoice.customerID)
            }
        }
        for payment in changes.payments {
            if paymentsByID.updateValue(payment, forKey: payment.id) == nil { sortedPaymentIDsCache = nil }
        }
        for activity in changes.activities {
            activityIDs.insert(activity.id)
            log.append(LoggedActivity(position: Int64(log.count) + 1, activity: activity))
        }
        for task in changes.tasks { tasksByID[task.id] = task }
        // The first entry with a new key is recorded; later ones with the same key were reported as skipped.
        for entry in changes.outboxEntries where outboxByKey[entry.key] == nil {
            outboxByKey[entry.key] = entry
            outboxOrderCache = nil
            outboxUnfinishedStart = 0
        }
        for update in changes.outboxUpdates {
            outboxByKey[update.key]?.state = update.state
            if !update.state.isFinal { outboxUnfinishedStart = 0 }
        }
        if let change = changes.alertCursor { storedAlertCursor = change.cursor }
    }

    // MARK: - Sorted keys

    private func sortedOutboxKeys() -> [IdempotencyKey] {
        if let cached = outboxOrderCache { return cached }
        let sorted = outboxByKey.values.sorted(by: Self.outboxOrder).map(\.key)
        outboxOrderCache = sorted
        return sorted
    }

    private func sortedPaymentIDs() -> [PaymentID] {
        if let cached = sortedPaymentIDsCache { return cached }
        let sorted = paymentsByID.keys.sorted()
        sortedPaymentIDsCache = sorted
        return sorted
    }

    private func sortedCustomerIDs() -> [CustomerID] {
        if let cached = sortedCustomerIDsCache { return cached }
        let sorted = customersByID.keys.sorted()
        sortedCustomerIDsCache = sorted
        return sorted
    }

    private func sortedInvoiceCustomerIDs() -> [CustomerID] {
        if let cached = sortedInvoiceCustomerIDsCache { return cached }
        let sorted = invoiceIDsByCustomer.keys.sorted()
        sortedInvoiceCustomerIDsCache = sorted
        return sorted
    }

    private func sortedInvoiceIDs(of customerID: CustomerID) -> [InvoiceID] {
        if unsortedInvoiceCustomers.remove(customerID) != nil {
            invoiceIDsByCustomer[customerID]?.sort()
        }
        return invoiceIDsByCustomer[customerID] ?? []
    }
}

extension Array where Element: Comparable {
    /// The index of the first element not less than `value`, in a sorted array.
    fileprivate func lowerBound(of value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The index of the first element greater than `value`, in a sorted array.
    fileprivate func upperBound(of value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if value < self[mid] { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
