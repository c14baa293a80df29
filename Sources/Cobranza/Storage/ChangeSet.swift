/// A unit of work: everything that must land together or not at all.
///
/// The engine is pure: it turns state, policy and a date into a plan, and the plan into a change set.
/// A store's ``CollectionStore/commit(_:)`` applies the whole set atomically — a status change, the
/// activity that records it and the message it causes are never half-written.
///
/// ```swift
/// var changes = ChangeSet()
/// changes.upsert(customer)
/// changes.upsert(invoice)
/// changes.append(activity)
/// changes.enqueue(OutboxEntry(key: "cadence/FA-1/friendly", message: message, createdAt: clock.now))
/// let result = try await store.commit(changes)
/// ```
///
/// Rules every store applies (the conformance suite checks them):
/// - customers, collectors, departments, invoices (``InvoiceChange/upsert(_:)``) and tasks are upserted by id;
/// - ``InvoiceChange/update(_:expected:)`` is conditional on the stored invoice being unchanged;
/// - payments and activities are inserted; an id that exists, or appears twice in the set, fails the commit;
/// - references must exist in the store or in the same set (invoice → customer, payment → customer and
///   allocated invoices, activity and task → customer, customer → collector);
/// - outbox entries are inserted unless their key exists, in which case they are skipped and reported in
///   ``CommitResult/skippedOutboxKeys`` (a re-run records no second intent);
/// - outbox updates require the entry to be claimed by the updating worker;
/// - the alert cursor (``alertCursor``) replaces the stored one only if that is still the one expected.
public struct ChangeSet: Sendable, Hashable {
    /// Customers to insert or replace.
    public var customers: [Customer] = []
    /// Collectors to insert or replace.
    public var collectors: [Collector] = []
    /// Departments to insert or replace.
    public var departments: [Department] = []
    /// Invoice writes.
    public var invoices: [InvoiceChange] = []
    /// Payments to insert.
    public var payments: [Payment] = []
    /// Activities to append to the log, in order.
    public var activities: [Activity] = []
    /// Tasks to insert or replace.
    public var tasks: [FollowUpTask] = []
    /// Messages to record for delivery.
    public var outboxEntries: [OutboxEntry] = []
    /// Delivery results of claimed entries.
    public var outboxUpdates: [OutboxUpdate] = []
    /// The alert cursor to store, conditional on the stored one (see ``AlertCursorStore``).
    public var alertCursor: AlertCursorChange?

    /// Creates an empty change set.
    public init() {}

    /// Whether the set writes nothing.
    public var isEmpty: Bool {
        customers.isEmpty && collectors.isEmpty && departments.isEmpty && invoices.isEmpty && payments.isEmpty
            && activities.isEmpty && tasks.isEmpty && outboxEntries.isEmpty && outboxUpdates.isEmpty
            && alertCursor == nil
    }

    /// Adds a customer to insert or replace.
    ///
    /// - Parameter customer: The customer.
    public mutating func upsert(_ customer: Customer) { customers.append(customer) }

    /// Adds a collector to insert or replace.
    ///
    /// - Parameter collector: The collector.
    public mutating func upsert(_ collector: Collector) { collectors.append(collector) }

    /// Adds a department to insert or replace.
    ///
    /// - Parameter department: The department.
    public mutating func upsert(_ department: Department) { departments.append(department) }

    /// Adds an invoice to insert or replace unconditionally.
    ///
    /// - Parameter invoice: The invoice.
    public mutating func upsert(_ invoice: Invoice) { invoices.append(.upsert(invoice)) }

    /// Adds an invoice replacement conditional on the stored invoice still equalling `expected`.
    ///
    /// - Parameters:
    ///   - invoice: The new invoice.
    ///   - expected: The invoice as it was read.
    public mutating func update(_ invoice: Invoice, expected: Invoice) {
        invoices.append(.update(invoice, expected: expected))
    }

    /// Adds a payment to insert.
    ///
    /// - Parameter payment: The payment.
    public mutating func insert(_ payment: Payment) { payments.append(payment) }

    /// Adds an activity to append to the log.
    ///
    /// - Parameter activity: The activity.
    public mutating func append(_ activity: Activity) { activities.append(activity) }

    /// Adds a task to insert or replace.
    ///
    /// - Parameter task: The task.
    public mutating func upsert(_ task: FollowUpTask) { tasks.append(task) }

    /// Adds a message to record for delivery (skipped if its key exists).
    ///
    /// - Parameter entry: The outbox entry.
    public mutating func enqueue(_ entry: OutboxEntry) { outboxEntries.append(entry) }

    /// Adds the delivery result of a claimed entry.
    ///
    /// - Parameter update: The update.
    public mutating func record(_ update: OutboxUpdate) { outboxUpdates.append(update) }

    /// Sets the alert cursor to store, replacing the one read.
    ///
    /// - Parameters:
    ///   - cursor: The new cursor.
    ///   - expected: The cursor as it was read (`nil` when none was stored).
    public mutating func replaceAlertCursor(with cursor: AlertCursor, expected: AlertCursor?) {
        alertCursor = AlertCursorChange(cursor: cursor, expected: expected)
    }

    /// Appends all of another change set's writes after this one's (its alert cursor, if any, wins).
    ///
    /// - Parameter other: Another change set.
    public mutating func merge(_ other: ChangeSet) {
        customers += other.customers
        collectors += other.collectors
        departments += other.departments
        invoices += other.invoices
        payments += other.payments
        activities += other.activities
        tasks += other.tasks
        outboxEntries += other.outboxEntries
        outboxUpdates += other.outboxUpdates
        if let cursor = other.alertCursor { alertCursor = cursor }
    }
}
