/// Who a task or an alert is for.
public enum TaskAssignee: Sendable, Hashable, Codable {
    /// A collector.
    case collector(CollectorID)
    /// A department.
    case department(DepartmentID)
    /// A role configured in the policy, such as `"actions"` for the person responsible for actions
    /// (suspend service, legal, write off).
    case role(String)
}
