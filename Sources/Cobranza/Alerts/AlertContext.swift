import Foundation

/// What a rule sees on one run: the state, the day, the period, the events it has not seen yet and the
/// policy, with helpers to route and build items.
public struct AlertContext: Sendable {
    /// The name of the rule being evaluated.
    public let ruleName: String
    /// The day of the run.
    public let date: CivilDate
    /// The company's time zone, which decides the day an activity happened on.
    public let timeZone: TimeZone
    /// The period of the run (for event rules, the day; the evaluator refines it per recipient).
    public let period: AlertPeriod
    /// The day of the rule's previous run, if it ran before.
    public let previousRunDate: CivilDate?
    /// The activity-log events after the rule's last position, in log order.
    public let events: [LoggedActivity]
    /// The state.
    public let snapshot: AlertSnapshot
    /// The policy.
    public let policy: AlertPolicy

    /// Creates a context; the evaluator does this for each rule it runs.
    ///
    /// - Parameters:
    ///   - ruleName: The rule's name.
    ///   - date: The day of the run.
    ///   - timeZone: The company's time zone.
    ///   - period: The period of the run.
    ///   - previousRunDate: The day of the rule's previous run.
    ///   - events: The new events, in log order.
    ///   - snapshot: The state.
    ///   - policy: The policy.
    public init(
        ruleName: String, date: CivilDate, timeZone: TimeZone, period: AlertPeriod, previousRunDate: CivilDate?,
        events: [LoggedActivity], snapshot: AlertSnapshot, policy: AlertPolicy
    ) {
        self.ruleName = ruleName
        self.date = date
        self.timeZone = timeZone
        self.period = period
        self.previousRunDate = previousRunDate
        self.events = events
        self.snapshot = snapshot
        self.policy = policy
    }

    /// The collector assigned to a customer, as a recipient.
    ///
    /// - Parameter customerID: The customer.
    /// - Returns: `.collector(id)`, or `nil` when the customer is unknown or has no collector.
    public func collector(of customerID: CustomerID) -> MessageRecipient? {
        snapshot.customers[customerID]?.collectorID.map { .collector($0) }
    }

    /// The supervisor of the collector assigned to a customer, as a recipient.
    ///
    /// - Parameter customerID: The customer.
    /// - Returns: `.collector(supervisorID)`, or `nil` when there is no collector or it has no supervisor.
    public func supervisor(of customerID: CustomerID) -> MessageRecipient? {
        guard let collectorID = snapshot.customers[customerID]?.collectorID,
            let supervisorID = snapshot.collectors[collectorID]?.supervisorID
        else { return nil }
        return .collector(supervisorID)
    }

    /// The recipients an audience names for a customer: its collector, the collector's supervisor, and
    /// policy roles, without repeats.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - audience: Who to notify.
    /// - Returns: The recipients, collector first.
    public func recipients(for customerID: CustomerID, audience: AlertAudience) -> [MessageRecipient] {
        var result: [MessageRecipient] = []
        if audience.collector, let collector = collector(of: customerID) { result.append(collector) }
        if audience.supervisor, let supervisor = supervisor(of: customerID), !result.contains(supervisor) {
            result.append(supervisor)
        }
        for role in audience.roles where !result.contains(.role(role)) { result.append(.role(role)) }
        return result
    }

    /// An item for a customer and some invoices, with lines as of the run's day.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - invoices: The invoices concerned (open ones).
    ///   - reason: Why the item is listed.
    /// - Returns: The item, or `nil` when `invoices` is empty (nothing is owed: nothing to report).
    public func item(_ customerID: CustomerID, invoices: [Invoice], reason: AlertReason) -> AlertItem? {
        guard !invoices.isEmpty else { return nil }
        let customer = snapshot.customers[customerID]
        return AlertItem(
            customerID: customerID, customerName: customer?.name ?? customerID.rawValue,
            collectorID: customer?.collectorID, reason: reason,
            invoices: invoices.map { AlertInvoiceLine($0, on: date) })
    }

    /// The day an activity happened on, in the company's time zone.
    ///
    /// - Parameter activity: An activity.
    /// - Returns: Its civil date.
    public func day(of activity: Activity) -> CivilDate {
        CivilDate(instant: activity.timestamp, in: timeZone)
    }
}
