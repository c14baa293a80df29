/// The kind of a follow-up task.
public enum TaskKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Call the customer.
    case call
    /// Visit the customer.
    case visit
    /// Prepare and sign a letter.
    case letter
    /// Follow up after a contact with no commitment.
    case followUp = "follow_up"
    /// Act on the debt: suspend service, start legal action, write off.
    case action
    /// Resolve a dispute or clarification (for a department).
    case resolveDispute = "resolve_dispute"
}
