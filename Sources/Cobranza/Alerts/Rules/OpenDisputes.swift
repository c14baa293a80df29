/// The open disputes (and, optionally, clarifications) in a snapshot, one per customer and dispute, oldest
/// first: what ``DisputesByDepartmentRule`` and ``DisputesByCollectorRule`` list.
struct OpenDisputes {
    /// One dispute: a customer's invoices sharing a dispute record.
    struct Entry {
        var customerID: CustomerID
        var dispute: Dispute
        var isClarification: Bool
        var invoices: [Invoice]
    }

    /// The entries, oldest opened first.
    let entries: [Entry]

    /// Collects the open disputes.
    ///
    /// - Parameters:
    ///   - snapshot: The state.
    ///   - includeClarifications: Whether invoices in clarification count too.
    init(in snapshot: AlertSnapshot, includeClarifications: Bool) {
        struct Group: Hashable {
            var customerID: CustomerID
            var dispute: Dispute
            var isClarification: Bool
        }
        var groups: [Group: [Invoice]] = [:]
        for invoice in snapshot.invoices.values where invoice.isOpen {
            switch invoice.status {
            case .disputed(let dispute):
                groups[Group(customerID: invoice.customerID, dispute: dispute, isClarification: false), default: []]
                    .append(invoice)
            case .inClarification(let dispute) where includeClarifications:
                groups[Group(customerID: invoice.customerID, dispute: dispute, isClarification: true), default: []]
                    .append(invoice)
            default: continue
            }
        }
        entries = groups.map {
            Entry(
                customerID: $0.key.customerID, dispute: $0.key.dispute, isClarification: $0.key.isClarification,
                invoices: $0.value)
        }.sorted {
            (
                $0.dispute.openedOn, $0.customerID, $0.dispute.departmentID.rawValue, $0.dispute.reason,
                $0.isClarification ? 1 : 0
            )
                < (
                    $1.dispute.openedOn, $1.customerID, $1.dispute.departmentID.rawValue, $1.dispute.reason,
                    $1.isClarification ? 1 : 0
                )
        }
    }

    /// The item for an entry, with the department's name and the dispute's age on the day of the run.
    ///
    /// - Parameters:
    ///   - entry: The dispute.
    ///   - context: The run.
    /// - Returns: The item, or `nil` without invoices.
    static func item(for entry: Entry, in context: AlertContext) -> AlertItem? {
        let departmentID = entry.dispute.departmentID
        let name =
            context.snapshot.departments[departmentID]?.name ?? context.policy.departments[departmentID.rawValue]?.name
            ?? departmentID.rawValue
        let reason = AlertReason.disputeOpen(
            departmentID: departmentID, departmentName: name, openedOn: entry.dispute.openedOn,
            ageDays: max(0, entry.dispute.openedOn.days(to: context.date)), reason: entry.dispute.reason,
            isClarification: entry.isClarification)
        return context.item(entry.customerID, invoices: entry.invoices, reason: reason)
    }
}
