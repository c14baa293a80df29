/// What one dispatch pass did with each message it claimed.
public struct DispatchReport: Sendable, Hashable, Codable {
    /// A message that was not delivered, and why.
    public struct Failure: Sendable, Hashable, Codable {
        /// The message's key.
        public var key: IdempotencyKey
        /// The provider's reason.
        public var reason: String
        /// Attempts made so far.
        public var attempts: Int
    }

    /// Messages the provider accepted.
    public var delivered: [IdempotencyKey] = []
    /// Messages that failed transiently and will be retried on a later pass.
    public var retrying: [Failure] = []
    /// Messages given up: permanent failures, or transient ones past the attempt limit. Each became an
    /// activity and, for a customer, a task for a person.
    public var failed: [Failure] = []
    /// Messages whose claim lapsed and was taken over by another worker before the result was recorded.
    /// The other worker records the outcome; such a message may have been sent twice (see
    /// ``OutboxDispatcher``).
    public var lostClaims: [IdempotencyKey] = []

    /// Creates an empty report.
    public init() {}

    /// Adds another pass's results.
    ///
    /// - Parameter other: Another report.
    public mutating func merge(_ other: DispatchReport) {
        delivered += other.delivered
        retrying += other.retrying
        failed += other.failed
        lostClaims += other.lostClaims
    }
}
