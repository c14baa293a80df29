/// One factor of a work-queue priority score (see ``WorkQueuePolicy``).
public enum WorkQueueFactor: String, Sendable, Hashable, Codable, CaseIterable {
    /// The actionable overdue balance.
    case overdueAmount = "overdue_amount"
    /// The days late of the oldest actionable overdue invoice.
    case daysLate = "days_late"
    /// The customer's risk tier.
    case riskTier = "risk_tier"
    /// A promise broken recently, or a promised date already past.
    case brokenPromise = "broken_promise"
    /// A promise due today.
    case promiseDueToday = "promise_due_today"
    /// A follow-up task due today or earlier.
    case taskDue = "task_due"
    /// A collector already contacted the customer recently (subtracts points).
    case recentContact = "recent_contact"
}
