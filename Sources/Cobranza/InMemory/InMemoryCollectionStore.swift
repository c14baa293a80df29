import Foundation

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
public actor InMemoryCollectionStore: CollectionStore, CustomerPartitionStore {
    /// The customers in the order first recorded, found through ``customerPositions`` (an array and an index
    /// of positions, like the payments).
    private var storedCustomers: [Customer] = []
    /// Each customer's position in ``storedCustomers``.
    private var customerPositions: [CustomerID: Int] = [:]
    private var collectorsByID: [CollectorID: Collector] = [:]
    private var departmentsByID: [DepartmentID: Department] = [:]
    /// Each customer's invoices, ordered by id unless the customer is in ``unsortedInvoiceCustomers``: a
    /// page reads them without a lookup per invoice.
    private var invoicesByCustomer: [CustomerID: [Invoice]] = [:]
    /// The customer holding each invoice.
    private var invoiceOwners: [InvoiceID: CustomerID] = [:]
    /// The payments in the order recorded, found through ``paymentPositions``: an array of payments and an
    /// index of positions take about half the memory of a dictionary of payments, whose buckets (4/3 of the
    /// count, rounded up to a power of two) would each hold a whole payment.
    private var storedPayments: [Payment] = []
    /// Each payment's position in ``storedPayments``.
    private var paymentPositions: [PaymentID: Int] = [:]
    /// The activity log in chunks of equal size: appending never copies what is logged, and the log holds at
    /// most one chunk of spare room (an array grown by doubling holds up to as much again, and copies it all
    /// at each doubling).
    private var log = ActivityChunks()
    private var activityIDs: Set<ActivityID> = []
    private var tasksByID: [TaskID: FollowUpTask] = [:]
    /// The outbox entries in the order recorded, found through ``outboxPositions`` (an array and an index of
    /// positions, like the payments): a claim walks and changes entries in place, without hashing their keys.
    private var storedOutbox: [OutboxEntry] = []
    /// Each outbox entry's position in ``storedOutbox``.
    private var outboxPositions: [IdempotencyKey: Int] = [:]
    private var storedAlertCursor: AlertCursor?
    private var partitionsByDate: [CivilDate: [CustomerPartition]] = [:]

    /// Every customer id, kept sorted when ids arrive in order (the common import) and sorted on the next
    /// read otherwise.
    private var sortedCustomerIDsCache = SortedKeys<CustomerID>()
    private var sortedInvoiceCustomerIDsCache: [CustomerID]?
    /// The positions in ``storedPayments`` ordered by payment id: a page walks them from the cursor without
    /// hashing an id per payment. Kept sorted when ids arrive in order, sorted on the next read otherwise.
    private var paymentOrder: [Int] = []
    /// Whether ``paymentOrder`` is in id order.
    private var paymentOrderIsSorted = true
    /// The positions in ``storedOutbox`` in claim order (created, then key); rebuilt after new entries.
    private var outboxOrderCache: [Int]?
    /// In ``outboxOrderCache``, every entry before this index was final when a claim last looked.
    private var outboxUnfinishedStart = 0
    private var unsortedInvoiceCustomers: Set<CustomerID> = []
    /// The customer ids of the last invoice query naming customers, sorted: the pages of one query reuse
    /// them instead of sorting the ids again per page.
    private var lastQueriedCustomers: (ids: Set<CustomerID>, sorted: [CustomerID])?

    /// Creates an empty store.
    public init() {}

    // MARK: - Customers

    public func customers(ids: [CustomerID]) -> [Customer] {
        Set(ids).compactMap { storedCustomer($0) }.sorted { $0.id < $1.id }
    }

    public func customers(after cursor: CustomerID?, limit: Int) -> [Customer] {
        let ids = sortedCustomerIDs()
        let start = cursor.map { ids.upperBound(of: $0) } ?? 0
        return ids[start..<Swift.min(ids.count, start + Swift.max(1, limit))].compactMap { storedCustomer($0) }
    }

    public func collectors() -> [Collector] { collectorsByID.values.sorted { $0.id < $1.id } }

    public func departments() -> [Department] { departmentsByID.values.sorted { $0.id < $1.id } }

    // MARK: - Invoices

    public func invoices(ids: [InvoiceID]) -> [Invoice] {
        Set(ids).compactMap { storedInvoice($0) }.sorted { InvoiceCursor(after: $0) < InvoiceCursor(after: $1) }
    }

    public func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) -> [Invoice] {
        let limit = Swift.max(1, limit)
        var page: [Invoice] = []
        let customerIDs: [CustomerID]
        if let wanted = query.customerIDs {
            if let last = lastQueriedCustomers, last.ids == wanted {
                customerIDs = last.sorted
            } else {
                customerIDs = wanted.sorted()
                lastQueriedCustomers = (wanted, customerIDs)
            }
        } else {
            customerIDs = sortedInvoiceCustomerIDs()
        }
        // Only the wanted customers are walked: each invoice is tested without looking its customer up.
        var perInvoice = query
        perInvoice.customerIDs = nil
        let firstCustomer = cursor.map { customerIDs.lowerBound(of: $0.customerID) } ?? 0
        for customerID in customerIDs[firstCustomer...] {
            let invoices = sortedInvoices(of: customerID)
            var start = 0
            if let cursor, cursor.customerID == customerID { start = invoices.upperBound(ofID: cursor.invoiceID) }
            for index in start..<invoices.count where perInvoice.matches(invoices[index]) {
                page.append(invoices[index])
                if page.count == limit { return page }
            }
        }
        return page
    }

    /// Every invoice matching a query, in one pass over the wanted customers, into an array of exactly the
    /// size found.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The invoices ordered by (customer id, invoice id).
    public func invoices(matching query: InvoiceQuery) -> [Invoice] {
        let customerIDs = query.customerIDs.map { $0.sorted() } ?? sortedInvoiceCustomerIDs()
        var perInvoice = query
        perInvoice.customerIDs = nil
        let everyInvoice = perInvoice == .all
        var count = 0
        for customerID in customerIDs {
            let invoices = sortedInvoices(of: customerID)
            if everyInvoice {
                count += invoices.count
            } else {
                for index in invoices.indices where perInvoice.matches(invoices[index]) { count += 1 }
            }
        }
        var result: [Invoice] = []
        result.reserveCapacity(count)
        for customerID in customerIDs {
            let invoices = sortedInvoices(of: customerID)
            if everyInvoice {
                result += invoices
            } else {
                for index in invoices.indices where perInvoice.matches(invoices[index]) {
                    result.append(invoices[index])
                }
            }
        }
        return result
    }

    // MARK: - Payments

    public func payments(ids: [PaymentID]) -> [Payment] {
        Set(ids).compactMap { storedPayment($0) }.sorted { $0.id < $1.id }
    }

    public func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) -> [Payment] {
        // Walks the ids in order from the cursor: a page costs what it scans, not a sort of every payment.
        let limit = Swift.max(1, limit)
        let order = sortedPaymentPositions()
        var low = 0
        if let cursor {
            var high = order.count
            while low < high {
                let mid = (low + high) / 2
                if cursor < storedPayments[order[mid]].id { high = mid } else { low = mid + 1 }
            }
        }
        var page: [Payment] = []
        for position in order[low...] where query.matches(storedPayments[position]) {
            page.append(storedPayments[position])
            if page.count == limit { break }
        }
        return page
    }

    /// Every payment matching a query, in one pass in id order.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The payments ordered by id.
    public func payments(matching query: PaymentQuery) -> [Payment] {
        let order = sortedPaymentPositions()
        if query == .all { return order.map { storedPayments[$0] } }
        var result: [Payment] = []
        for position in order where query.matches(storedPayments[position]) { result.append(storedPayments[position]) }
        return result
    }

    // MARK: - Activities

    public func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) -> [LoggedActivity] {
        // Positions are 1-based and dense, so the entry after position p is at index p. Entries are tested in
        // place: only those that match are copied.
        let limit = Swift.max(1, limit)
        var index = Int(Swift.max(0, Swift.min(Int64(log.count), position ?? 0)))
        var page: [LoggedActivity] = []
        while index < log.count, page.count < limit {
            if query.matches(log[index].activity) { page.append(log[index]) }
            index += 1
        }
        return page
    }

    /// Every activity matching a query, in log order, in one pass.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The activities ordered by position.
    public func activities(matching query: ActivityQuery) -> [LoggedActivity] {
        guard query == .all else { return activities(matching: query, after: nil, limit: log.count) }
        var result: [LoggedActivity] = []
        result.reserveCapacity(log.count)
        for index in 0..<log.count { result.append(log[index]) }
        return result
    }

    // MARK: - Tasks

    public func tasks(matching query: TaskQuery) -> [FollowUpTask] {
        tasksByID.values.filter(query.matches).sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
    }

    // MARK: - Outbox

    public func outboxEntries(matching query: OutboxQuery) -> [OutboxEntry] {
        storedOutbox.filter(query.matches).sorted(by: Self.outboxOrder)
    }

    public func claimOutboxEntries(_ claim: OutboxClaim) -> [OutboxEntry] {
        // Walks the entries in claim order from the first unfinished one: a dispatch loop of many small
        // claims costs what it delivers, not a sort of the whole outbox per claim.
        let limit = Swift.max(0, claim.limit)
        var claimed: [OutboxEntry] = []
        guard limit > 0 else { return claimed }
        let order = sortedOutboxPositions()
        var start = Swift.min(outboxUnfinishedStart, order.count)
        while start < order.count, storedOutbox[order[start]].state.isFinal { start += 1 }
        outboxUnfinishedStart = start
        for position in order[start...] where storedOutbox[position].state.isClaimable(at: claim.now) {
            storedOutbox[position].state = .claimed(by: claim.claimant, until: claim.leaseUntil)
            storedOutbox[position].attempts += 1
            claimed.append(storedOutbox[position])
            if claimed.count == limit { break }
        }
        return claimed
    }

    // MARK: - Alert cursor

    /// The alert cursor last committed.
    ///
    /// - Returns: The cursor, or `nil`.
    public func alertCursor() -> AlertCursor? { storedAlertCursor }

    // MARK: - Customer partitions

    public func claimCustomerPartition(_ claim: CustomerPartitionClaim) -> CustomerPartition? {
        var partitions =
            partitionsByDate[claim.date]
            ?? (0..<Swift.max(1, claim.count)).map {
                CustomerPartition(date: claim.date, number: $0, count: claim.count)
            }
        defer { partitionsByDate[claim.date] = partitions }
        guard let index = partitions.firstIndex(where: { $0.state.isClaimable(at: claim.now) }) else { return nil }
        partitions[index].state = .claimed(by: claim.claimant, until: claim.leaseUntil)
        return partitions[index]
    }

    public func finishCustomerPartition(_ partition: CustomerPartition, at instant: Date) throws {
        guard var partitions = partitionsByDate[partition.date], partitions.indices.contains(partition.number) else {
            throw StoreError.invalidRecord(
                .customerPartition, id: "\(partition.date)/\(partition.number)",
                reason: "the day has no customer partition \(partition.number)")
        }
        guard !partitions[partition.number].state.isFinished else { return }
        partitions[partition.number].state = .finished(by: partition.finisher, at: instant)
        partitionsByDate[partition.date] = partitions
    }

    public func customerPartitions(on date: CivilDate) -> [CustomerPartition] { partitionsByDate[date] ?? [] }

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
        // Records come grouped (a customer's activities, customers of one collector): the last reference found
        // is remembered, so a run of records naming it costs a comparison, not a hash each.
        var foundCollector: CollectorID?
        var newCollectors: Set<CollectorID>?
        for customer in changes.customers {
            guard let collectorID = customer.collectorID, collectorID != foundCollector else { continue }
            if collectorsByID[collectorID] == nil {
                if newCollectors == nil { newCollectors = Set(changes.collectors.map(\.id)) }
                guard newCollectors?.contains(collectorID) == true else {
                    throw StoreError.missingReference(
                        .customer, id: customer.id.rawValue, references: .collector,
                        referencedID: collectorID.rawValue)
                }
            }
            foundCollector = collectorID
        }
        var foundCustomer: CustomerID?
        var newCustomers: Set<CustomerID>?
        func requireCustomer(_ id: CustomerID, from kind: EntityKind, _ recordID: String) throws {
            guard id != foundCustomer else { return }
            if customerPositions[id] == nil {
                if newCustomers == nil { newCustomers = Set(changes.customers.map(\.id)) }
                guard newCustomers?.contains(id) == true else {
                    throw StoreError.missingReference(
                        kind, id: recordID, references: .customer, referencedID: id.rawValue)
                }
            }
            foundCustomer = id
        }

        // The invoices of the set are looked up only by a conditional update or a payment's allocation: without
        // either, they are not staged.
        let stagesInvoices =
            !changes.payments.isEmpty
            || changes.invoices.contains { if case .update = $0 { return true } else { return false } }
        // Each staged invoice's position in the set (not a copy of it).
        var stagedInvoices: [InvoiceID: Int] = [:]
        if stagesInvoices { stagedInvoices.reserveCapacity(changes.invoices.count) }
        for (position, change) in changes.invoices.enumerated() {
            let invoice = change.invoice
            try requireCustomer(invoice.customerID, from: .invoice, invoice.id.rawValue)
            try Self.check(invoice)
            if case .update(_, let expected) = change {
                let current =
                    stagedInvoices[invoice.id].map { changes.invoices[$0].invoice } ?? storedInvoice(invoice.id)
                guard let current else {
                    throw StoreError.conflict(.invoice, id: invoice.id.rawValue, reason: "updated but does not exist")
                }
                guard current == expected else {
                    throw StoreError.conflict(.invoice, id: invoice.id.rawValue, reason: "changed since it was read")
                }
            }
            if stagesInvoices { stagedInvoices[invoice.id] = position }
        }

        // Conditions first — conditional updates and outbox claims — so a lost race is always a conflict.
        var stagedOutbox: [IdempotencyKey: OutboxState] = [:]
        for update in changes.outboxUpdates {
            guard let state = stagedOutbox[update.key] ?? outboxPositions[update.key].map({ storedOutbox[$0].state })
            else {
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
        if changes.payments.count > 1 { newPayments.reserveCapacity(changes.payments.count) }
        for payment in changes.payments {
            guard paymentPositions[payment.id] == nil, newPayments.insert(payment.id).inserted else {
                throw StoreError.duplicateKey(.payment, id: payment.id.rawValue)
            }
            try requireCustomer(payment.customerID, from: .payment, payment.id.rawValue)
            var allocated: Int64 = 0
            for allocation in payment.allocations {
                guard stagedInvoices[allocation.invoiceID] != nil || invoiceOwners[allocation.invoiceID] != nil else {
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
        if changes.activities.count > 1 { newActivities.reserveCapacity(changes.activities.count) }
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
        for entry in changes.outboxEntries
        where outboxPositions[entry.key] != nil || !newKeys.insert(entry.key).inserted {
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
            if let position = customerPositions[customer.id] {
                storedCustomers[position] = customer
            } else {
                customerPositions[customer.id] = storedCustomers.count
                storedCustomers.append(customer)
                sortedCustomerIDsCache.insert(customer.id)
            }
        }
        for (position, change) in changes.invoices.enumerated() {
            let invoice = change.invoice
            let owner = invoiceOwners.updateValue(invoice.customerID, forKey: invoice.id)
            if let owner {
                // Found on a temporary copy, released before the array is changed in place.
                let index = sortedInvoices(of: owner).lowerBound(ofID: invoice.id)
                if owner == invoice.customerID {
                    invoicesByCustomer[owner]?[index] = invoice
                    continue
                }
                invoicesByCustomer[owner]?.remove(at: index)
            }
            if let last = invoicesByCustomer[invoice.customerID]?.last {
                if invoice.id < last.id { unsortedInvoiceCustomers.insert(invoice.customerID) }
            } else if invoicesByCustomer[invoice.customerID] == nil {
                sortedInvoiceCustomerIDsCache = nil
                // A customer's first invoices usually come together (an import, a slice of one): its array
                // is sized for the run of them, not grown by doubling (up to half of it spare capacity).
                var run = 1
                while position + run < changes.invoices.count,
                    changes.invoices[position + run].invoice.customerID == invoice.customerID
                {
                    run += 1
                }
                var invoices: [Invoice] = []
                invoices.reserveCapacity(run)
                invoicesByCustomer[invoice.customerID] = invoices
            }
            invoicesByCustomer[invoice.customerID, default: []].append(invoice)
        }
        for payment in changes.payments {
            if let position = paymentPositions[payment.id] {
                storedPayments[position] = payment
            } else {
                if let last = paymentOrder.last, payment.id < storedPayments[last].id { paymentOrderIsSorted = false }
                paymentPositions[payment.id] = storedPayments.count
                paymentOrder.append(storedPayments.count)
                storedPayments.append(payment)
            }
        }
        for activity in changes.activities {
            activityIDs.insert(activity.id)
            log.append(LoggedActivity(position: Int64(log.count) + 1, activity: activity))
        }
        for task in changes.tasks { tasksByID[task.id] = task }
        // The first entry with a new key is recorded; later ones with the same key were reported as skipped.
        for entry in changes.outboxEntries where outboxPositions[entry.key] == nil {
            outboxPositions[entry.key] = storedOutbox.count
            storedOutbox.append(entry)
            outboxOrderCache = nil
            outboxUnfinishedStart = 0
        }
        for update in changes.outboxUpdates {
            guard let position = outboxPositions[update.key] else { continue }
            storedOutbox[position].state = update.state
            if !update.state.isFinal { outboxUnfinishedStart = 0 }
        }
        if let change = changes.alertCursor { storedAlertCursor = change.cursor }
    }

    // MARK: - Sorted keys

    /// The positions in ``storedOutbox`` in claim order, compared in place.
    private func sortedOutboxPositions() -> [Int] {
        if let cached = outboxOrderCache { return cached }
        let sorted = storedOutbox.indices.sorted { Self.outboxOrder(storedOutbox[$0], storedOutbox[$1]) }
        outboxOrderCache = sorted
        return sorted
    }

    /// The positions in ``storedPayments`` ordered by payment id.
    private func sortedPaymentPositions() -> [Int] {
        if !paymentOrderIsSorted {
            paymentOrder.sort { storedPayments[$0].id < storedPayments[$1].id }
            paymentOrderIsSorted = true
        }
        return paymentOrder
    }

    private func sortedCustomerIDs() -> [CustomerID] { sortedCustomerIDsCache.sorted() }

    private func sortedInvoiceCustomerIDs() -> [CustomerID] {
        if let cached = sortedInvoiceCustomerIDsCache { return cached }
        let sorted = invoicesByCustomer.keys.sorted()
        sortedInvoiceCustomerIDsCache = sorted
        return sorted
    }

    /// A customer's invoices, ordered by id.
    private func sortedInvoices(of customerID: CustomerID) -> [Invoice] {
        if !unsortedInvoiceCustomers.isEmpty, unsortedInvoiceCustomers.remove(customerID) != nil {
            invoicesByCustomer[customerID]?.sort { $0.id < $1.id }
        }
        return invoicesByCustomer[customerID] ?? []
    }

    /// The stored customer with an id.
    private func storedCustomer(_ id: CustomerID) -> Customer? {
        customerPositions[id].map { storedCustomers[$0] }
    }

    /// The stored payment with an id.
    private func storedPayment(_ id: PaymentID) -> Payment? {
        paymentPositions[id].map { storedPayments[$0] }
    }

    /// The stored invoice with an id.
    private func storedInvoice(_ id: InvoiceID) -> Invoice? {
        guard let owner = invoiceOwners[id] else { return nil }
        let invoices = sortedInvoices(of: owner)
        let index = invoices.lowerBound(ofID: id)
        return index < invoices.count && invoices[index].id == id ? invoices[index] : nil
    }
}

/// Unique keys kept in order: appended while they arrive ascending, sorted once on a read after one did not.
private struct SortedKeys<Key: Comparable> {
    private var keys: [Key] = []
    private var isSorted = true

    /// Adds a key not held yet.
    mutating func insert(_ key: Key) {
        if let last = keys.last, key < last { isSorted = false }
        keys.append(key)
    }

    /// Every key, in order.
    mutating func sorted() -> [Key] {
        if !isSorted {
            keys.sort()
            isSorted = true
        }
        return keys
    }
}

/// The activity log: entries in chunks of ``chunkSize``, each allocated once at its full size.
private struct ActivityChunks {
    /// Entries per chunk (a power of two: an index splits into chunk and offset by shift and mask).
    private static let chunkShift = 14
    private static let chunkSize = 1 << chunkShift
    private var chunks: [[LoggedActivity]] = []

    /// The number of entries.
    private(set) var count = 0

    /// The entry at an index (its position minus 1).
    subscript(index: Int) -> LoggedActivity {
        _read { yield chunks[index >> Self.chunkShift][index & (Self.chunkSize - 1)] }
    }

    /// Appends an entry.
    mutating func append(_ entry: LoggedActivity) {
        if count & (Self.chunkSize - 1) == 0 {
            var chunk: [LoggedActivity] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(entry)
        count += 1
    }
}

extension Array where Element == Invoice {
    /// The index of the first invoice whose id is not less than `id`, in invoices ordered by id.
    fileprivate func lowerBound(ofID id: InvoiceID) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The index of the first invoice whose id is greater than `id`, in invoices ordered by id.
    fileprivate func upperBound(ofID id: InvoiceID) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if id < self[mid].id { high = mid } else { low = mid + 1 }
        }
        return low
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
