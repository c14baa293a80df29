/// A change of an outbox entry's state in a ``ChangeSet``, made by the worker that claimed it.
public struct OutboxUpdate: Sendable, Hashable {
    /// The entry's key.
    public var key: IdempotencyKey
    /// The worker that holds the claim; the update fails with ``StoreError/conflict(_:id:reason:)`` if the
    /// entry is not claimed by it (its lease ran out and another worker took the entry over).
    public var claimant: String
    /// The new state.
    public var state: OutboxState

    /// Creates an update.
    ///
    /// - Parameters:
    ///   - key: The entry's key.
    ///   - claimant: The worker holding the claim.
    ///   - state: The new state.
    public init(key: IdempotencyKey, claimant: String, state: OutboxState) {
        self.key = key
        self.claimant = claimant
        self.state = state
    }
}
