import Foundation

/// An earlier contact with the customer, as a message cites it: "we wrote to you on 15/03/2024 by email".
///
/// The *direct* tone cites the last one and the *formal* tone lists them all. The summary is shown to the
/// customer, so it is never taken from a collector's internal comment: pass a customer-facing sentence or
/// none.
public struct PreviousContact: Sendable, Hashable, Codable {
    /// The day of the contact.
    public var date: CivilDate
    /// The channel used.
    public var channel: Channel
    /// A customer-facing summary ("you told us payment was scheduled for the 20th"), if any.
    public var summary: String?

    /// Creates a previous contact.
    ///
    /// - Parameters:
    ///   - date: The day of the contact.
    ///   - channel: The channel used.
    ///   - summary: A customer-facing summary.
    public init(date: CivilDate, channel: Channel, summary: String? = nil) {
        self.date = date
        self.channel = channel
        self.summary = summary
    }

    /// The contact an activity records, when it records one: a contact, an outcome or a message sent, on a
    /// channel; `nil` for other activities and for activities without a channel. The activity's comment is
    /// internal and is not used; pass `summary` to cite something.
    ///
    /// - Parameters:
    ///   - activity: An activity from the log.
    ///   - timeZone: The company's time zone, which decides the activity's civil date.
    ///   - summary: A customer-facing summary.
    public init?(activity: Activity, timeZone: TimeZone, summary: String? = nil) {
        guard let channel = activity.channel,
            activity.kind == .contact || activity.kind == .outcome || activity.kind == .messageSent
        else { return nil }
        self.init(date: CivilDate(instant: activity.timestamp, in: timeZone), channel: channel, summary: summary)
    }
}
