/// What one stage of a run decided: its unit of work and the report lines it will produce once committed.
struct StagePlan: Sendable {
    /// The stage.
    var stage: RunStage
    /// The unit of work.
    var changes = ChangeSet()
    /// Customer messages, with their outbox keys.
    var messages: [(key: IdempotencyKey, line: RunMessage)] = []
    /// Tasks created.
    var tasks: [RunTask] = []
    /// Digests, with their outbox keys.
    var alerts: [(key: IdempotencyKey, line: RunAlert)] = []
    /// Steps not carried out.
    var skipped: [RunSkip] = []
    /// Status transitions.
    var statusChanges = 0
    /// Customers assessed.
    var riskAssessed = 0
    /// Tier changes.
    var reclassified = 0

    /// The number the stage reports in ``RunEvent/stageFinished(_:count:duration:)``.
    var count: Int {
        switch stage {
        case .statusReview: return statusChanges
        case .risk: return riskAssessed
        case .cadence: return messages.count + tasks.count
        case .alerts: return alerts.count
        case .dispatch: return 0
        }
    }
}
