/// Who a contact is at the customer, which decides who a message addresses.
public enum ContactRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The accounts-payable or billing contact: the first addressee of notices and reminders.
    case billing
    /// A higher-ranking contact (manager, finance head) addressed from the *formal* stage on.
    case escalation
    /// The owner or legal representative, for final notices and legal steps.
    case owner
}
