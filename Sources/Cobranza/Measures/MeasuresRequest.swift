/// What to measure: the date the portfolio is seen from, the period of the period measures, the aging
/// buckets, the payment window of the cadence-step effectiveness, and the work-queue policy.
///
/// ```swift
/// let today = try CivilDate(iso: "2024-04-05")
/// let request = MeasuresRequest(asOf: today, period: .month(containing: try CivilDate(iso: "2024-03-01")))
/// ```
///
/// ```json
/// {"asOf": "2024-04-05", "period": {"start": "2024-03-01", "end": "2024-03-31"},
///  "agingBuckets": {"upperBounds": [0, 30, 60, 90, 120]}, "paymentWindowDays": 7, "workQueue": {}}
/// ```
///
/// Every field but `asOf` and `period` is optional in JSON; the request is validated when decoded.
public struct MeasuresRequest: Sendable, Hashable, Codable {
    /// The day the portfolio is seen from (normally today): the aging date and the work-queue day. Nothing
    /// recorded after the end of this day is used.
    public var asOf: CivilDate
    /// The period of the period measures (DSO, CEI, promises, productivity, disputes, cadence steps); it
    /// must end on or before ``asOf``.
    public var period: MeasurePeriod
    /// The aging buckets.
    public var agingBuckets: AgingBuckets
    /// N for the cadence-step effectiveness: a send on day s counts as followed by a payment made on days
    /// s … s + N.
    public var paymentWindowDays: Int
    /// How the work queue ranks customers.
    public var workQueue: WorkQueuePolicy

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - asOf: The day the portfolio is seen from.
    ///   - period: The period of the period measures.
    ///   - agingBuckets: The aging buckets.
    ///   - paymentWindowDays: The cadence-step payment window in days.
    ///   - workQueue: The work-queue policy.
    public init(
        asOf: CivilDate, period: MeasurePeriod, agingBuckets: AgingBuckets = .standard, paymentWindowDays: Int = 7,
        workQueue: WorkQueuePolicy = WorkQueuePolicy()
    ) {
        self.asOf = asOf
        self.period = period
        self.agingBuckets = agingBuckets
        self.paymentWindowDays = paymentWindowDays
        self.workQueue = workQueue
    }

    private enum CodingKeys: String, CodingKey {
        case asOf, period, agingBuckets, paymentWindowDays, workQueue
    }

    /// Decodes a request, with the defaults for absent optional fields, and validates it.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError`, or ``PolicyError`` naming the field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        /// Decodes a nested policy, naming its fields from the request (`workQueue.daysLateCap`).
        func nested<T: Decodable>(_ type: T.Type, _ key: CodingKeys) throws -> T? {
            do {
                return try container.decodeIfPresent(type, forKey: key)
            } catch let error as PolicyError {
                throw Self.nest(error, in: key.stringValue)
            }
        }
        self.init(
            asOf: try container.decode(CivilDate.self, forKey: .asOf),
            period: try container.decode(MeasurePeriod.self, forKey: .period),
            agingBuckets: try nested(AgingBuckets.self, .agingBuckets) ?? .standard,
            paymentWindowDays: try container.decodeIfPresent(Int.self, forKey: .paymentWindowDays) ?? 7,
            workQueue: try nested(WorkQueuePolicy.self, .workQueue) ?? WorkQueuePolicy())
        try validate()
    }

    /// Checks the period and the window.
    ///
    /// - Throws: ``PolicyError`` naming the field.
    public func validate() throws(PolicyError) {
        guard period.start <= period.end else {
            throw .invalidValue(field: "period.end", reason: "must not be before period.start (\(period.start))")
        }
        guard period.end <= asOf else {
            throw .invalidValue(field: "period.end", reason: "must not be after asOf (\(asOf))")
        }
        guard paymentWindowDays >= 0 else {
            throw .invalidValue(field: "paymentWindowDays", reason: "must be at least 0")
        }
        do {
            try workQueue.validate()
        } catch {
            throw Self.nest(error, in: "workQueue")
        }
    }

    /// The same error with its field named from an enclosing field (`workQueue.daysLateCap`).
    private static func nest(_ error: PolicyError, in parent: String) -> PolicyError {
        switch error {
        case .invalidValue(let field, let reason): return .invalidValue(field: "\(parent).\(field)", reason: reason)
        case .missingValue(let field): return .missingValue(field: "\(parent).\(field)")
        }
    }
}
