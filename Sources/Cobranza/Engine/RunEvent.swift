/// What a run reports to its ``RunObserver`` as it goes. Durations are measured with the engine's
/// ``Clock`` (a `ManualClock` in tests gives zero unless advanced).
public enum RunEvent: Sendable, Hashable {
    /// A run (or a dry run) began.
    case runStarted(date: CivilDate, dryRun: Bool)
    /// A stage began.
    case stageStarted(RunStage)
    /// A stage ended: how many things it did (status findings, customers classified, messages and tasks
    /// recorded, digests recorded, messages claimed) and how long it took.
    case stageFinished(RunStage, count: Int, duration: Duration)
    /// A stage's unit of work met a concurrent writer (another engine, a person recording an outcome); the
    /// stage read the store again and planned again.
    case stageRetried(RunStage, attempt: Int, reason: String)
    /// A customer message was recorded in the outbox.
    case messageQueued(RunMessage)
    /// A task was created.
    case taskCreated(RunTask)
    /// An alert digest was recorded in the outbox.
    case alertQueued(RunAlert)
    /// The provider accepted a message.
    case messageSent(key: IdempotencyKey)
    /// A message failed (final or to be retried).
    case messageFailed(RunFailure)
    /// The engine claimed a partition of the day's customers (``WorkSharingPolicy``).
    case partitionClaimed(CustomerPartition)
    /// The engine committed the status review, risk and cadence stages of a partition and marked it finished.
    case partitionFinished(CustomerPartition)
    /// Other engines still hold partitions of the day; the one that finishes the last runs the alerts.
    case alertsLeftToOtherEngines(unfinishedPartitions: [Int])
    /// A run ended.
    case runFinished(date: CivilDate, duration: Duration)
}
