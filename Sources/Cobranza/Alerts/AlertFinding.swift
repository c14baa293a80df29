/// What a rule found for one item: the item and who must read it.
///
/// The evaluator groups findings into one digest per recipient, keeping the order the rule gave.
public struct AlertFinding: Sendable, Hashable {
    /// The item.
    public var item: AlertItem
    /// Who must read it: collectors, departments or policy roles. Empty when the item has nobody (a customer
    /// without a collector): the evaluator sends it to the policy's fallback role, or reports it unrouted.
    public var recipients: [MessageRecipient]
    /// The highest activity-log position that triggered the item, for event rules; `nil` for state-based items.
    public var sourcePosition: Int64?

    /// Creates a finding.
    ///
    /// - Parameters:
    ///   - item: The item.
    ///   - recipients: Who must read it.
    ///   - sourcePosition: The highest triggering log position, if events triggered it.
    public init(item: AlertItem, recipients: [MessageRecipient], sourcePosition: Int64? = nil) {
        self.item = item
        self.recipients = recipients
        self.sourcePosition = sourcePosition
    }
}
