/// What a committed ``ChangeSet`` did beyond writing everything in it.
public struct CommitResult: Sendable, Hashable {
    /// Outbox keys that already existed, so their entries were not recorded again.
    public var skippedOutboxKeys: [IdempotencyKey]
    /// The log positions given to the set's activities, in the order they were appended.
    public var activityPositions: [Int64]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - skippedOutboxKeys: Keys that already existed.
    ///   - activityPositions: The positions given to the appended activities.
    public init(skippedOutboxKeys: [IdempotencyKey] = [], activityPositions: [Int64] = []) {
        self.skippedOutboxKeys = skippedOutboxKeys
        self.activityPositions = activityPositions
    }
}
