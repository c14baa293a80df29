/// The result of one alert run: the digests to send, the items that could not be routed, and the cursor to
/// keep for the next run.
public struct AlertEvaluation: Sendable, Hashable {
    /// The digests, by rule (policy order, custom rules last) then recipient key. None is empty.
    public var digests: [AlertDigest]
    /// Items that could not reach a recipient, and whether the fallback role received them.
    public var unrouted: [UnroutedAlert]
    /// The cursor to store once the digests are committed to the outbox.
    public var cursor: AlertCursor

    /// Creates an evaluation.
    ///
    /// - Parameters:
    ///   - digests: The digests.
    ///   - unrouted: The unrouted items.
    ///   - cursor: The cursor for the next run.
    public init(digests: [AlertDigest] = [], unrouted: [UnroutedAlert] = [], cursor: AlertCursor) {
        self.digests = digests
        self.unrouted = unrouted
        self.cursor = cursor
    }
}
