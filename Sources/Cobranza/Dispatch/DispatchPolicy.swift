/// How the outbox dispatcher claims, retries and gives up.
///
/// ```json
/// {"maxAttempts": 5, "firstRetryDelaySeconds": 900, "maxRetryDelaySeconds": 86400,
///  "leaseSeconds": 600, "batchSize": 50, "resultsPerCommit": 1}
/// ```
public struct DispatchPolicy: Sendable, Hashable, Codable {
    /// Attempts (claims) after which a transiently failing message is given up as failed.
    public var maxAttempts: Int
    /// The wait before the first retry; it doubles with each further attempt.
    public var firstRetryDelaySeconds: Double
    /// The longest wait between retries.
    public var maxRetryDelaySeconds: Double
    /// How long a claim lasts; a worker that dies holding one releases it when it lapses. It must be longer
    /// than delivering one batch takes.
    public var leaseSeconds: Double
    /// How many entries a worker claims at a time.
    public var batchSize: Int
    /// How many send results the dispatcher records in one unit of work. With 1 (the default) each result is
    /// recorded right after its send, so a crash can re-send at most the one message in flight; with more,
    /// a crash can re-send up to this many (with the same idempotency keys), in exchange for far fewer
    /// commits on a store where a commit is costly. A result is never recorded later than the end of its
    /// claimed batch.
    public var resultsPerCommit: Int

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - maxAttempts: Attempts before giving up.
    ///   - firstRetryDelaySeconds: The first retry's wait.
    ///   - maxRetryDelaySeconds: The longest wait.
    ///   - leaseSeconds: How long a claim lasts.
    ///   - batchSize: Entries claimed at a time.
    ///   - resultsPerCommit: Send results recorded in one unit of work.
    public init(
        maxAttempts: Int = 5, firstRetryDelaySeconds: Double = 900, maxRetryDelaySeconds: Double = 86_400,
        leaseSeconds: Double = 600, batchSize: Int = 50, resultsPerCommit: Int = 1
    ) {
        self.maxAttempts = maxAttempts
        self.firstRetryDelaySeconds = firstRetryDelaySeconds
        self.maxRetryDelaySeconds = maxRetryDelaySeconds
        self.leaseSeconds = leaseSeconds
        self.batchSize = batchSize
        self.resultsPerCommit = resultsPerCommit
    }

    /// The wait before the next attempt after `attempts` failed ones: exponential, capped, and never
    /// shorter than the provider's hint.
    ///
    /// - Parameters:
    ///   - attempts: The attempts made so far (at least 1).
    ///   - hint: The provider's `retryAfter`, if any.
    /// - Returns: Seconds to wait.
    public func retryDelay(afterAttempts attempts: Int, hint: Double? = nil) -> Double {
        var delay = firstRetryDelaySeconds
        for _ in 1..<Swift.max(1, attempts) where delay < maxRetryDelaySeconds { delay *= 2 }
        return Swift.max(Swift.min(delay, maxRetryDelaySeconds), hint ?? 0)
    }

    /// Checks the values make sense.
    ///
    /// - Throws: ``PolicyError`` naming the field.
    public func validate() throws(PolicyError) {
        guard maxAttempts >= 1 else { throw .invalidValue(field: "maxAttempts", reason: "must be at least 1") }
        guard firstRetryDelaySeconds > 0 else {
            throw .invalidValue(field: "firstRetryDelaySeconds", reason: "must be positive")
        }
        guard maxRetryDelaySeconds >= firstRetryDelaySeconds else {
            throw .invalidValue(field: "maxRetryDelaySeconds", reason: "must be at least firstRetryDelaySeconds")
        }
        guard leaseSeconds > 0 else { throw .invalidValue(field: "leaseSeconds", reason: "must be positive") }
        guard batchSize >= 1 else { throw .invalidValue(field: "batchSize", reason: "must be at least 1") }
        guard resultsPerCommit >= 1 else {
            throw .invalidValue(field: "resultsPerCommit", reason: "must be at least 1")
        }
    }
}

extension DispatchPolicy {
    private enum CodingKeys: String, CodingKey {
        case maxAttempts, firstRetryDelaySeconds, maxRetryDelaySeconds, leaseSeconds, batchSize, resultsPerCommit
    }

    /// Decodes a policy, filling missing fields with their defaults, and validates it.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for malformed JSON, ``PolicyError`` naming the field for a value that makes
    ///   no sense.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = DispatchPolicy()
        self.init(
            maxAttempts: try container.decodeIfPresent(Int.self, forKey: .maxAttempts) ?? defaults.maxAttempts,
            firstRetryDelaySeconds: try container.decodeIfPresent(Double.self, forKey: .firstRetryDelaySeconds)
                ?? defaults.firstRetryDelaySeconds,
            maxRetryDelaySeconds: try container.decodeIfPresent(Double.self, forKey: .maxRetryDelaySeconds)
                ?? defaults.maxRetryDelaySeconds,
            leaseSeconds: try container.decodeIfPresent(Double.self, forKey: .leaseSeconds) ?? defaults.leaseSeconds,
            batchSize: try container.decodeIfPresent(Int.self, forKey: .batchSize) ?? defaults.batchSize,
            resultsPerCommit: try container.decodeIfPresent(Int.self, forKey: .resultsPerCommit)
                ?? defaults.resultsPerCommit)
        try validate()
    }
}
