/// A collector's daily work queue: the customers to call on a day, the first to call first.
public struct WorkQueue: Sendable, Hashable, Codable {
    /// The collector; `nil` for the customers without a collector.
    public var collectorID: CollectorID?
    /// The collector's name, when known.
    public var collectorName: String?
    /// The day the queue is for.
    public var date: CivilDate
    /// The customers, ranked by score (ties: more days late first, then customer id).
    public var entries: [WorkQueueEntry]

    /// Creates a queue.
    ///
    /// - Parameters:
    ///   - collectorID: The collector.
    ///   - collectorName: The collector's name.
    ///   - date: The day.
    ///   - entries: The ranked customers.
    public init(collectorID: CollectorID?, collectorName: String? = nil, date: CivilDate, entries: [WorkQueueEntry]) {
        self.collectorID = collectorID
        self.collectorName = collectorName
        self.date = date
        self.entries = entries
    }
}
