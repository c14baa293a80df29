/// The stored history the measures are computed from: everything a ``CollectionStore`` holds that matters.
///
/// Arrays in any order; invoices read from a store come grouped by customer, which makes the one pass over
/// them a little faster. Collectors and departments only supply names.
///
/// ```swift
/// let input = MeasuresInput(customers: customers, invoices: invoices, payments: payments,
///                           activities: activities, tasks: tasks)
/// ```
public struct MeasuresInput: Sendable {
    /// The customers (collector, risk tier, name).
    public var customers: [Customer]
    /// The collectors, for names.
    public var collectors: [Collector]
    /// The departments, for names.
    public var departments: [Department]
    /// Every invoice, installment, debit note and credit note, open or closed.
    public var invoices: [Invoice]
    /// Every payment, with its allocations.
    public var payments: [Payment]
    /// The activity log.
    public var activities: [Activity]
    /// The follow-up tasks (only open ones matter).
    public var tasks: [FollowUpTask]

    /// Creates an input.
    ///
    /// - Parameters:
    ///   - customers: The customers.
    ///   - collectors: The collectors.
    ///   - departments: The departments.
    ///   - invoices: Every invoice and credit note.
    ///   - payments: Every payment.
    ///   - activities: The activity log.
    ///   - tasks: The follow-up tasks.
    public init(
        customers: [Customer] = [], collectors: [Collector] = [], departments: [Department] = [],
        invoices: [Invoice] = [], payments: [Payment] = [], activities: [Activity] = [], tasks: [FollowUpTask] = []
    ) {
        self.customers = customers
        self.collectors = collectors
        self.departments = departments
        self.invoices = invoices
        self.payments = payments
        self.activities = activities
        self.tasks = tasks
    }
}
