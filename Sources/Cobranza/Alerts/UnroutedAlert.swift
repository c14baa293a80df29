/// An item that could not reach one of its recipients, reported instead of dropped.
public struct UnroutedAlert: Sendable, Hashable {
    /// Why it could not be delivered.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// The item has nobody to go to: the customer has no collector (or no supervisor) assigned.
        case noRecipient
        /// The recipient has no address: a collector without email, a department without one.
        case noAddress(MessageRecipient)

        /// A sentence describing the problem.
        public var description: String {
            switch self {
            case .noRecipient: return "no recipient: the customer has no collector assigned"
            case .noAddress(let recipient): return "no email address for \(recipient.alertKeyComponent)"
            }
        }
    }

    /// The rule.
    public var rule: String
    /// The item.
    public var item: AlertItem
    /// What went wrong.
    public var problem: Problem
    /// Whether the item went to the policy's fallback role instead.
    public var sentToFallback: Bool

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - rule: The rule.
    ///   - item: The item.
    ///   - problem: What went wrong.
    ///   - sentToFallback: Whether the fallback role received it.
    public init(rule: String, item: AlertItem, problem: Problem, sentToFallback: Bool) {
        self.rule = rule
        self.item = item
        self.problem = problem
        self.sentToFallback = sentToFallback
    }
}
