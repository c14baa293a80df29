/// A message the dispatch could not deliver: given up (``isFinal``), or waiting for a retry.
///
/// Encodes with the keys `key`, `recipient`, `channel`, `reason`, `attempts`, `final`.
public struct RunFailure: Sendable, Hashable, Codable {
    /// The message's idempotency key.
    public var key: IdempotencyKey
    /// Who the message was for.
    public var recipient: MessageRecipient?
    /// The channel.
    public var channel: Channel?
    /// The provider's reason.
    public var reason: String
    /// Attempts made so far.
    public var attempts: Int
    /// `true` when the message was given up (a permanent failure or too many attempts): it was logged as an
    /// activity and, for a customer, became a call task for the collector. `false` when it will be retried.
    public var isFinal: Bool

    private enum CodingKeys: String, CodingKey {
        case key, recipient, channel, reason, attempts
        case isFinal = "final"
    }

    /// Creates a failure line.
    ///
    /// - Parameters:
    ///   - key: The message's key.
    ///   - recipient: Who it was for.
    ///   - channel: The channel.
    ///   - reason: Why it failed.
    ///   - attempts: Attempts so far.
    ///   - isFinal: Whether it was given up.
    public init(
        key: IdempotencyKey, recipient: MessageRecipient?, channel: Channel?, reason: String, attempts: Int,
        isFinal: Bool
    ) {
        self.key = key
        self.recipient = recipient
        self.channel = channel
        self.reason = reason
        self.attempts = attempts
        self.isFinal = isFinal
    }

    /// Decodes a failure line.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let recipient = try container.decodeIfPresent(String.self, forKey: .recipient)
        self.init(
            key: try container.decode(IdempotencyKey.self, forKey: .key),
            recipient: recipient.flatMap(MessageRecipient.init(text:)),
            channel: try container.decodeIfPresent(Channel.self, forKey: .channel),
            reason: try container.decode(String.self, forKey: .reason),
            attempts: try container.decode(Int.self, forKey: .attempts),
            isFinal: try container.decode(Bool.self, forKey: .isFinal))
    }

    /// Encodes the failure line.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(recipient?.text, forKey: .recipient)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encode(reason, forKey: .reason)
        try container.encode(attempts, forKey: .attempts)
        try container.encode(isFinal, forKey: .isFinal)
    }
}
