/// The stages of a daily run, in the order they run.
public enum RunStage: String, Sendable, Hashable, Codable, CaseIterable {
    /// Time-driven status transitions: broken promises, uncredited reported payments, plan defaults.
    case statusReview = "status_review"
    /// Risk re-classification, for the customers the ``RiskSchedule`` makes due.
    case risk
    /// The cadence plan: messages rendered into the outbox, tasks and action items.
    case cadence
    /// Alert rules: digests into the outbox, with the alert cursor.
    case alerts
    /// Delivery of what the outbox holds.
    case dispatch
}
