/// A collector's contacts through one channel in a period.
public struct ChannelContacts: Sendable, Hashable, Codable {
    /// The channel; `nil` for contacts recorded without one.
    public var channel: Channel?
    /// The contacts: distinct (customer, day) pairs reached through the channel.
    public var contacts: Int
    /// ``contacts`` ÷ the business days of the period; `nil` when the period has none.
    public var perBusinessDay: Double?

    /// Creates a count.
    ///
    /// - Parameters:
    ///   - channel: The channel.
    ///   - contacts: The contacts.
    ///   - perBusinessDay: The contacts per business day.
    public init(channel: Channel?, contacts: Int, perBusinessDay: Double?) {
        self.channel = channel
        self.contacts = contacts
        self.perBusinessDay = perBusinessDay
    }
}
