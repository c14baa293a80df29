import Foundation

/// Identifies an ``Activity`` in the activity log.
public typealias ActivityID = Identifier<Activity>

/// One entry of the append-only activity log (historial de gestiones): the evidence of every collection
/// effort, for audits and uncollectible-debt certificates.
///
/// It records what seed 004 asks a collections CRM to keep: the date and time, who acted, the customer,
/// the overdue balance and days late at that moment, the portfolio stage, the status before and after,
/// the kind of contact, the promise or next-action date, and a comment.
public struct Activity: Sendable, Hashable, Codable, Identifiable {
    /// The identifier; unique in the log. Derive it from what caused the entry so a retry cannot log twice.
    public var id: ActivityID
    /// When it happened.
    public var timestamp: Date
    /// Who did it.
    public var performedBy: Performer
    /// The customer concerned.
    public var customerID: CustomerID
    /// The invoices concerned, if any.
    public var invoiceIDs: [InvoiceID]
    /// What happened.
    public var kind: ActivityKind
    /// The channel of the contact or message, if any.
    public var channel: Channel?
    /// The customer's overdue balance at that moment, one amount per currency.
    public var overdueBalances: [Money]
    /// The customer's worst days late at that moment.
    public var daysLate: Int?
    /// The customer's portfolio stage at that moment.
    public var portfolioStage: PortfolioStage?
    /// The invoices' status before.
    public var previousStatus: CollectionStatus?
    /// The invoices' status after.
    public var newStatus: CollectionStatus?
    /// The promise date or the date of the next action.
    public var nextActionDate: CivilDate?
    /// An amount involved (a payment applied, an amount promised).
    public var amount: Money?
    /// A free comment.
    public var comment: String?
    /// The cadence step that produced an automatic message (``ActivityKind/messageSent``), if any — how the
    /// measures tell which step a payment followed. Absent in JSON written before the field existed.
    public var cadenceStepID: String?

    /// Creates an activity.
    ///
    /// - Parameters:
    ///   - id: The unique identifier.
    ///   - timestamp: When it happened.
    ///   - performedBy: Who did it.
    ///   - customerID: The customer concerned.
    ///   - invoiceIDs: The invoices concerned.
    ///   - kind: What happened.
    ///   - channel: The channel used.
    ///   - overdueBalances: The overdue balance at that moment, per currency.
    ///   - daysLate: The worst days late at that moment.
    ///   - portfolioStage: The portfolio stage at that moment.
    ///   - previousStatus: The status before.
    ///   - newStatus: The status after.
    ///   - nextActionDate: The promise or next-action date.
    ///   - amount: An amount involved.
    ///   - comment: A free comment.
    ///   - cadenceStepID: The cadence step that produced the message, for ``ActivityKind/messageSent``.
    public init(
        id: ActivityID, timestamp: Date, performedBy: Performer, customerID: CustomerID, invoiceIDs: [InvoiceID] = [],
        kind: ActivityKind, channel: Channel? = nil, overdueBalances: [Money] = [], daysLate: Int? = nil,
        portfolioStage: PortfolioStage? = nil, previousStatus: CollectionStatus? = nil,
        newStatus: CollectionStatus? = nil, nextActionDate: CivilDate? = nil, amount: Money? = nil,
        comment: String? = nil, cadenceStepID: String? = nil
    ) {
        self.id = id
        self.timestamp = timestamp
        self.performedBy = performedBy
        self.customerID = customerID
        self.invoiceIDs = invoiceIDs
        self.kind = kind
        self.channel = channel
        self.overdueBalances = overdueBalances
        self.daysLate = daysLate
        self.portfolioStage = portfolioStage
        self.previousStatus = previousStatus
        self.newStatus = newStatus
        self.nextActionDate = nextActionDate
        self.amount = amount
        self.comment = comment
        self.cadenceStepID = cadenceStepID
    }
}
