/// Who a message is for: a customer, or someone inside the company (alerts and digests).
public enum MessageRecipient: Sendable, Hashable, Codable {
    /// A customer.
    case customer(CustomerID)
    /// A collector.
    case collector(CollectorID)
    /// A department.
    case department(DepartmentID)
    /// A role configured in the policy, such as `"actions"` or `"supervisor"`.
    case role(String)
}
