/// Replays the activity log: the statuses it says every invoice went through, and whether it hangs
/// together. The log is the evidence of the collection effort; replaying it must give the stored statuses.
///
/// ```swift
/// let logged = try await store.activities(matching: ActivityQuery(customerIDs: ["C-1"]))
/// let replay = ActivityLogReplay(initial: [:]).replaying(logged.map(\.activity))
/// replay.statuses["FA-1"]   // .paid
/// replay.problems           // [] for a consistent log
/// ```
public struct ActivityLogReplay: Sendable, Hashable {
    /// Something in the log that does not hang together.
    public enum Problem: Sendable, Hashable {
        /// An activity's previous status is not the status the log had reached for the invoice.
        case previousStatusMismatch(ActivityID, invoice: InvoiceID)
        /// An activity records a change no event of the state machine makes.
        case transitionNotInTable(ActivityID, from: CollectionStatusKind, to: CollectionStatusKind)
    }

    /// The status of every invoice the log mentions, as the log leaves it.
    public private(set) var statuses: [InvoiceID: CollectionStatus]
    /// What did not hang together, in log order.
    public private(set) var problems: [Problem] = []

    /// Starts a replay.
    ///
    /// - Parameter initial: The invoices' statuses before the first activity replayed (empty when the log
    ///   starts with the invoices' creation or import).
    public init(initial: [InvoiceID: CollectionStatus] = [:]) {
        self.statuses = initial
    }

    /// Applies one activity: each of its invoices takes its new status, if it records one.
    ///
    /// - Parameter activity: The next activity in log order.
    public mutating func apply(_ activity: Activity) {
        guard let new = activity.newStatus else { return }
        if let previous = activity.previousStatus, previous.kind != new.kind,
            !CollectionEventKind.allCases.contains(where: {
                CollectionStateMachine.target(of: $0, from: previous.kind) == new.kind
            })
        {
            problems.append(.transitionNotInTable(activity.id, from: previous.kind, to: new.kind))
        }
        for id in activity.invoiceIDs {
            if let known = statuses[id], let previous = activity.previousStatus, known != previous {
                problems.append(.previousStatusMismatch(activity.id, invoice: id))
            }
            statuses[id] = new
        }
    }

    /// The replay after a sequence of activities.
    ///
    /// - Parameter activities: Activities in log order.
    /// - Returns: The replay with them applied.
    public func replaying(_ activities: some Sequence<Activity>) -> ActivityLogReplay {
        var copy = self
        for activity in activities { copy.apply(activity) }
        return copy
    }
}
