/// What a run of a date would do, computed without writing or sending anything (a dry run).
///
/// It is the same plan ``CollectionEngine/run(on:)`` carries out from the same store content: the status
/// review's findings feed the risk assessment, which feeds the cadence, which feeds the alerts.
/// ``pendingDeliveries`` lists the outbox entries the dispatch would claim now, not counting the plan's new
/// messages and digests.
///
/// Encodes with snake_case keys like ``RunReport``.
public struct RunPlan: Sendable, Hashable, Codable {
    /// The date planned for.
    public var date: CivilDate
    /// Customer messages that would be recorded.
    public var messages: [RunMessage]
    /// Tasks that would be created.
    public var tasks: [RunTask]
    /// Alert digests that would be recorded.
    public var alerts: [RunAlert]
    /// Due cadence steps that would be skipped, and why.
    public var skipped: [RunSkip]
    /// Time-driven status transitions that would be made.
    public var statusChanges: Int
    /// Customers whose risk would be assessed.
    public var riskAssessed: Int
    /// Customers whose risk tier would change.
    public var reclassified: Int
    /// Outbox entries already recorded that the dispatch would claim now.
    public var pendingDeliveries: [IdempotencyKey]

    private enum CodingKeys: String, CodingKey {
        case date, messages, tasks, alerts, skipped
        case statusChanges = "status_changes"
        case riskAssessed = "risk_assessed"
        case reclassified
        case pendingDeliveries = "pending_deliveries"
    }

    /// Creates a plan.
    ///
    /// - Parameters:
    ///   - date: The date.
    ///   - messages: Messages.
    ///   - tasks: Tasks.
    ///   - alerts: Digests.
    ///   - skipped: Skipped steps.
    ///   - statusChanges: Status transitions.
    ///   - riskAssessed: Customers assessed.
    ///   - reclassified: Tier changes.
    ///   - pendingDeliveries: Entries the dispatch would claim.
    public init(
        date: CivilDate, messages: [RunMessage] = [], tasks: [RunTask] = [], alerts: [RunAlert] = [],
        skipped: [RunSkip] = [], statusChanges: Int = 0, riskAssessed: Int = 0, reclassified: Int = 0,
        pendingDeliveries: [IdempotencyKey] = []
    ) {
        self.date = date
        self.messages = messages
        self.tasks = tasks
        self.alerts = alerts
        self.skipped = skipped
        self.statusChanges = statusChanges
        self.riskAssessed = riskAssessed
        self.reclassified = reclassified
        self.pendingDeliveries = pendingDeliveries
    }
}
