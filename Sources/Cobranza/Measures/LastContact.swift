import Foundation

/// The last time the customer was contacted: by a collector (a contact or an outcome) or by an automatic
/// message.
public struct LastContact: Sendable, Hashable, Codable {
    /// The day, in the company's time zone.
    public var date: CivilDate
    /// The instant.
    public var timestamp: Date
    /// The kind of activity: ``ActivityKind/contact``, ``ActivityKind/outcome`` or
    /// ``ActivityKind/messageSent``.
    public var kind: ActivityKind
    /// The channel, if recorded.
    public var channel: Channel?
    /// The collector who made it; `nil` for an automatic message.
    public var collectorID: CollectorID?
    /// The status the contact left the invoices in, if it changed it.
    public var newStatus: CollectionStatusKind?
    /// The comment recorded.
    public var comment: String?

    /// Creates a last contact.
    ///
    /// - Parameters:
    ///   - date: The day.
    ///   - timestamp: The instant.
    ///   - kind: The kind of activity.
    ///   - channel: The channel.
    ///   - collectorID: The collector.
    ///   - newStatus: The status afterwards.
    ///   - comment: The comment.
    public init(
        date: CivilDate, timestamp: Date, kind: ActivityKind, channel: Channel? = nil,
        collectorID: CollectorID? = nil, newStatus: CollectionStatusKind? = nil, comment: String? = nil
    ) {
        self.date = date
        self.timestamp = timestamp
        self.kind = kind
        self.channel = channel
        self.collectorID = collectorID
        self.newStatus = newStatus
        self.comment = comment
    }
}
