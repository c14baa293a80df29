import Foundation

/// A message recorded for delivery: the intent, written in the same unit of work as the state change
/// that caused it, then delivered and marked. See ``Outbox``.
public struct OutboxEntry: Sendable, Hashable, Codable, Identifiable {
    /// The unique key naming the message.
    public var key: IdempotencyKey
    /// The message.
    public var message: OutgoingMessage
    /// Where the entry is in its delivery.
    public var state: OutboxState
    /// How many times delivery was attempted (claims).
    public var attempts: Int
    /// When the intent was recorded.
    public var createdAt: Date

    /// The key, as the entry's identity.
    public var id: IdempotencyKey { key }

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - key: The unique key.
    ///   - message: The message.
    ///   - state: The delivery state.
    ///   - attempts: Attempts so far.
    ///   - createdAt: When the intent was recorded.
    public init(
        key: IdempotencyKey, message: OutgoingMessage, state: OutboxState = .pending, attempts: Int = 0,
        createdAt: Date
    ) {
        self.key = key
        self.message = message
        self.state = state
        self.attempts = attempts
        self.createdAt = createdAt
    }
}
