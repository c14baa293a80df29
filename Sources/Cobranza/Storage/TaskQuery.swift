/// Which tasks to read. Every condition given must hold; `nil` means no condition.
public struct TaskQuery: Sendable, Hashable {
    /// Only tasks for this assignee.
    public var assignee: TaskAssignee?
    /// Only these customers' tasks.
    public var customerIDs: Set<CustomerID>?
    /// Only tasks not yet done.
    public var openOnly: Bool
    /// Only tasks due on or before this date.
    public var dueOnOrBefore: CivilDate?

    /// Creates a query.
    ///
    /// - Parameters:
    ///   - assignee: Only tasks for this assignee.
    ///   - customerIDs: Only these customers' tasks.
    ///   - openOnly: Only tasks not yet done.
    ///   - dueOnOrBefore: Only tasks due on or before this date.
    public init(
        assignee: TaskAssignee? = nil, customerIDs: Set<CustomerID>? = nil, openOnly: Bool = false,
        dueOnOrBefore: CivilDate? = nil
    ) {
        self.assignee = assignee
        self.customerIDs = customerIDs
        self.openOnly = openOnly
        self.dueOnOrBefore = dueOnOrBefore
    }

    /// Whether a task satisfies the query.
    ///
    /// - Parameter task: A task.
    /// - Returns: Whether every condition holds.
    public func matches(_ task: FollowUpTask) -> Bool {
        if let assignee, task.assignee != assignee { return false }
        if let customerIDs, !customerIDs.contains(task.customerID) { return false }
        if openOnly && !task.isOpen { return false }
        if let dueOnOrBefore, task.dueDate > dueOnOrBefore { return false }
        return true
    }
}
