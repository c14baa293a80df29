/// What one collector did in a period and what it yielded (productividad del gestor).
///
/// - *contacts*: activities of kind ``ActivityKind/contact`` or ``ActivityKind/outcome`` performed by the
///   collector, counted once per customer, day and channel (a call logged as a contact and as its outcome is
///   one contact);
/// - *contacts per business day* = contacts ÷ business days in the period (by the report's
///   ``BusinessCalendar``); *active days* are the days with at least one contact;
/// - *promises*: see ``PromiseSummary``;
/// - *amount recovered*: the payment allocations dated in the period on the invoices of the collector's
///   customers, one amount per currency;
/// - *disputes opened*: invoices the collector (or, for activities by the system, the customer's collector)
///   moved into ``CollectionStatus/disputed(_:)`` or ``CollectionStatus/inClarification(_:)`` in the period.
public struct CollectorPerformance: Sendable, Hashable, Codable {
    /// The collector; `nil` for what is not attributable to one (customers without a collector).
    public var collectorID: CollectorID?
    /// The collector's name, when known.
    public var name: String?
    /// The contacts in the period.
    public var contacts: Int
    /// ``contacts`` ÷ the business days of the period; `nil` when the period has none.
    public var contactsPerBusinessDay: Double?
    /// The days with at least one contact.
    public var activeDays: Int
    /// The contacts per channel, ordered by channel (`nil` last).
    public var contactsByChannel: [ChannelContacts]
    /// The collector's promises obtained, kept and broken, and the kept rate.
    public var promises: PromiseSummary
    /// The payments applied in the period to the collector's customers' invoices, one per currency.
    public var amountRecovered: [Money]
    /// The invoices put in dispute or clarification in the period.
    public var disputesOpened: Int

    /// Creates a performance row.
    ///
    /// - Parameters:
    ///   - collectorID: The collector.
    ///   - name: The collector's name.
    ///   - contacts: The contacts.
    ///   - contactsPerBusinessDay: The contacts per business day.
    ///   - activeDays: The days with contacts.
    ///   - contactsByChannel: The contacts per channel.
    ///   - promises: The promises.
    ///   - amountRecovered: The amount recovered per currency.
    ///   - disputesOpened: The disputes opened.
    public init(
        collectorID: CollectorID?, name: String? = nil, contacts: Int = 0, contactsPerBusinessDay: Double? = nil,
        activeDays: Int = 0, contactsByChannel: [ChannelContacts] = [], promises: PromiseSummary = PromiseSummary(),
        amountRecovered: [Money] = [], disputesOpened: Int = 0
    ) {
        self.collectorID = collectorID
        self.name = name
        self.contacts = contacts
        self.contactsPerBusinessDay = contactsPerBusinessDay
        self.activeDays = activeDays
        self.contactsByChannel = contactsByChannel
        self.promises = promises
        self.amountRecovered = amountRecovered
        self.disputesOpened = disputesOpened
    }
}
