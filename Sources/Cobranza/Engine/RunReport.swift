/// What one daily run did: what it recorded (messages, tasks, alerts), what it skipped and why, what it
/// delivered and what failed.
///
/// ``messages``, ``tasks`` and ``alerts`` list what *this* invocation recorded; a second run of the same
/// date lists nothing new in them. ``delivered`` and ``failures`` cover every message this run's dispatch
/// claimed, including ones recorded by earlier runs (retries, messages left by a crash).
///
/// Encodes with snake_case keys: `date`, `messages`, `tasks`, `alerts`, `skipped`, `delivered`, `failures`,
/// `lost_claims`, `status_changes`, `risk_assessed`, `reclassified`, `partitions`.
public struct RunReport: Sendable, Hashable, Codable {
    /// The run's date.
    public var date: CivilDate
    /// Customer messages recorded in the outbox by this run.
    public var messages: [RunMessage]
    /// Tasks created by this run: cadence calls, visits and letters, action items, review follow-ups.
    public var tasks: [RunTask]
    /// Alert digests recorded in the outbox by this run.
    public var alerts: [RunAlert]
    /// Due cadence steps that were not carried out, and why.
    public var skipped: [RunSkip]
    /// Keys of the messages the provider accepted during this run.
    public var delivered: [IdempotencyKey]
    /// Messages that failed during this run: given up, or waiting for a retry.
    public var failures: [RunFailure]
    /// Messages whose claim lapsed while this run delivered them; another worker records their outcome.
    public var lostClaims: [IdempotencyKey]
    /// Time-driven status transitions found and committed (broken promises, uncredited payments, defaults).
    public var statusChanges: Int
    /// Customers whose risk was assessed by this run.
    public var riskAssessed: Int
    /// Customers whose risk tier changed.
    public var reclassified: Int
    /// The customer partitions this run claimed and finished, in order, when engines share the day's
    /// customers (``WorkSharingPolicy``); empty otherwise. Decodes as empty when absent.
    public var partitions: [Int]

    private enum CodingKeys: String, CodingKey {
        case date, messages, tasks, alerts, skipped, delivered, failures
        case lostClaims = "lost_claims"
        case statusChanges = "status_changes"
        case riskAssessed = "risk_assessed"
        case reclassified, partitions
    }

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - date: The run's date.
    ///   - messages: Messages recorded.
    ///   - tasks: Tasks created.
    ///   - alerts: Digests recorded.
    ///   - skipped: Steps not carried out.
    ///   - delivered: Keys delivered.
    ///   - failures: Failed messages.
    ///   - lostClaims: Claims lost to another worker.
    ///   - statusChanges: Status transitions.
    ///   - riskAssessed: Customers assessed.
    ///   - reclassified: Tier changes.
    ///   - partitions: Customer partitions carried out.
    public init(
        date: CivilDate, messages: [RunMessage] = [], tasks: [RunTask] = [], alerts: [RunAlert] = [],
        skipped: [RunSkip] = [], delivered: [IdempotencyKey] = [], failures: [RunFailure] = [],
        lostClaims: [IdempotencyKey] = [], statusChanges: Int = 0, riskAssessed: Int = 0, reclassified: Int = 0,
        partitions: [Int] = []
    ) {
        self.date = date
        self.messages = messages
        self.tasks = tasks
        self.alerts = alerts
        self.skipped = skipped
        self.delivered = delivered
        self.failures = failures
        self.lostClaims = lostClaims
        self.statusChanges = statusChanges
        self.riskAssessed = riskAssessed
        self.reclassified = reclassified
        self.partitions = partitions
    }

    /// Decodes a report; `partitions` may be absent (reports written before work sharing).
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            date: try container.decode(CivilDate.self, forKey: .date),
            messages: try container.decode([RunMessage].self, forKey: .messages),
            tasks: try container.decode([RunTask].self, forKey: .tasks),
            alerts: try container.decode([RunAlert].self, forKey: .alerts),
            skipped: try container.decode([RunSkip].self, forKey: .skipped),
            delivered: try container.decode([IdempotencyKey].self, forKey: .delivered),
            failures: try container.decode([RunFailure].self, forKey: .failures),
            lostClaims: try container.decode([IdempotencyKey].self, forKey: .lostClaims),
            statusChanges: try container.decode(Int.self, forKey: .statusChanges),
            riskAssessed: try container.decode(Int.self, forKey: .riskAssessed),
            reclassified: try container.decode(Int.self, forKey: .reclassified),
            partitions: try container.decodeIfPresent([Int].self, forKey: .partitions) ?? [])
    }
}
