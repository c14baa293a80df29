/// What a status operation will write: invoice changes, activities, tasks and messages, ready to commit as
/// one unit of work. Every planner in the status workflow is a pure function returning one.
///
/// ```swift
/// let plan = try OutcomePlanner.plan(.noCommitment(), request: request, invoices: invoices,
///                                    customer: customer, collector: nil, departments: [], context: context)
/// try await store.commit(plan.changeSet)
/// ```
public struct StatusPlan: Sendable, Hashable {
    /// Invoice writes: conditional updates of existing invoices, upserts of new installments.
    public var invoiceChanges: [InvoiceChange]
    /// Activities to append, in order.
    public var activities: [Activity]
    /// Tasks to create or complete.
    public var tasks: [FollowUpTask]
    /// Messages to record for delivery.
    public var outboxEntries: [OutboxEntry]

    /// Creates a plan.
    ///
    /// - Parameters:
    ///   - invoiceChanges: Invoice writes.
    ///   - activities: Activities to append.
    ///   - tasks: Tasks to create or complete.
    ///   - outboxEntries: Messages to record.
    public init(
        invoiceChanges: [InvoiceChange] = [], activities: [Activity] = [], tasks: [FollowUpTask] = [],
        outboxEntries: [OutboxEntry] = []
    ) {
        self.invoiceChanges = invoiceChanges
        self.activities = activities
        self.tasks = tasks
        self.outboxEntries = outboxEntries
    }

    /// The invoices as they will be after the plan.
    public var updatedInvoices: [Invoice] { invoiceChanges.map(\.invoice) }

    /// Whether the plan writes nothing.
    public var isEmpty: Bool {
        invoiceChanges.isEmpty && activities.isEmpty && tasks.isEmpty && outboxEntries.isEmpty
    }

    /// The unit of work that carries out the plan.
    public var changeSet: ChangeSet {
        var changes = ChangeSet()
        changes.invoices = invoiceChanges
        changes.activities = activities
        changes.tasks = tasks
        changes.outboxEntries = outboxEntries
        return changes
    }

    /// Appends another plan's writes after this one's.
    ///
    /// - Parameter other: Another plan.
    public mutating func merge(_ other: StatusPlan) {
        invoiceChanges += other.invoiceChanges
        activities += other.activities
        tasks += other.tasks
        outboxEntries += other.outboxEntries
    }
}
