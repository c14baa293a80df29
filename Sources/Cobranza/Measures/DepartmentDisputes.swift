/// The disputes and clarifications routed to one department, and how long they take to resolve.
///
/// A dispute opens when an activity moves an invoice into ``CollectionStatus/disputed(_:)`` or
/// ``CollectionStatus/inClarification(_:)`` (one dispute per invoice; a move between the two, or to another
/// department, transfers it). It is resolved by a ``ActivityKind/disputeResolved`` activity or by any
/// activity that moves the invoice out of those statuses (paid in full, back to normal …).
///
/// **Days to resolve = resolution date − the dispute's ``Dispute/openedOn``.**
public struct DepartmentDisputes: Sendable, Hashable, Codable {
    /// The department.
    public var departmentID: DepartmentID
    /// The department's name, when known.
    public var name: String?
    /// Disputes opened in the period (by the date of the activity that opened them).
    public var opened: Int
    /// Disputes resolved in the period.
    public var resolved: Int
    /// Σ days to resolve ÷ ``resolved``, over the disputes resolved in the period; `nil` when none.
    public var averageDaysToResolve: Double?
    /// The longest days to resolve among those resolved in the period; `nil` when none.
    public var maximumDaysToResolve: Int?
    /// Disputes still open at the end of the report's date.
    public var open: Int
    /// The balances of the invoices in open disputes on the report's date, one per currency.
    public var openBalances: [Money]
    /// Σ (report date − opened on) ÷ ``open``: the average age of the open disputes; `nil` when none.
    public var averageOpenAgeDays: Double?

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - departmentID: The department.
    ///   - name: Its name.
    ///   - opened: Disputes opened in the period.
    ///   - resolved: Disputes resolved in the period.
    ///   - averageDaysToResolve: The average days to resolve.
    ///   - maximumDaysToResolve: The longest days to resolve.
    ///   - open: Disputes open on the report's date.
    ///   - openBalances: Their balances per currency.
    ///   - averageOpenAgeDays: Their average age.
    public init(
        departmentID: DepartmentID, name: String? = nil, opened: Int = 0, resolved: Int = 0,
        averageDaysToResolve: Double? = nil, maximumDaysToResolve: Int? = nil, open: Int = 0,
        openBalances: [Money] = [], averageOpenAgeDays: Double? = nil
    ) {
        self.departmentID = departmentID
        self.name = name
        self.opened = opened
        self.resolved = resolved
        self.averageDaysToResolve = averageDaysToResolve
        self.maximumDaysToResolve = maximumDaysToResolve
        self.open = open
        self.openBalances = openBalances
        self.averageOpenAgeDays = averageOpenAgeDays
    }
}
