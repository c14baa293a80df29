import Foundation

/// One activity as exported for evidence: flat text fields under stable names, the same in JSON and CSV.
///
/// | column | content |
/// |---|---|
/// | `position` | the position in the log |
/// | `id` | the activity id |
/// | `timestamp` | UTC, `yyyy-MM-ddTHH:mm:ss.SSSZ` |
/// | `performed_by` | `system` or `collector:<id>` |
/// | `customer_id` | the customer |
/// | `invoice_ids` | the invoices (CSV: separated by `;`) |
/// | `kind` | the ``ActivityKind`` raw value, such as `promise_made` |
/// | `channel` | the ``Channel`` raw value, such as `phone_call` |
/// | `overdue_balances` | the overdue balance per currency, `1234.56 ARS` (CSV: separated by `;`) |
/// | `days_late` | the worst days late at that moment |
/// | `portfolio_stage` | the ``PortfolioStage`` raw value |
/// | `previous_status` | the ``CollectionStatusKind`` raw value before |
/// | `new_status` | the ``CollectionStatusKind`` raw value after |
/// | `status_detail` | the new status's data: `promise_date=…; promise_amount=…`, `reported_on=…`, `department=…; reason=…; opened_on=…`, `agreement_id=…` |
/// | `next_action_date` | the promise or next-action date, `yyyy-MM-dd` |
/// | `amount` | the amount involved, `1234.56 ARS` |
/// | `comment` | the comment |
public struct ActivityLogRow: Sendable, Hashable, Codable {
    /// The column names, in CSV order.
    public static let columns = [
        "position", "id", "timestamp", "performed_by", "customer_id", "invoice_ids", "kind", "channel",
        "overdue_balances", "days_late", "portfolio_stage", "previous_status", "new_status", "status_detail",
        "next_action_date", "amount", "comment",
    ]

    /// The position in the log.
    public var position: Int64
    /// The activity id.
    public var id: String
    /// When, in UTC.
    public var timestamp: String
    /// `system` or `collector:<id>`.
    public var performedBy: String
    /// The customer.
    public var customerID: String
    /// The invoices.
    public var invoiceIDs: [String]
    /// The kind.
    public var kind: String
    /// The channel.
    public var channel: String?
    /// The overdue balances.
    public var overdueBalances: [String]
    /// The worst days late.
    public var daysLate: Int?
    /// The portfolio stage.
    public var portfolioStage: String?
    /// The status before.
    public var previousStatus: String?
    /// The status after.
    public var newStatus: String?
    /// The new status's data.
    public var statusDetail: String?
    /// The promise or next-action date.
    public var nextActionDate: String?
    /// The amount involved.
    public var amount: String?
    /// The comment.
    public var comment: String?

    private enum CodingKeys: String, CodingKey {
        case position, id, timestamp
        case performedBy = "performed_by"
        case customerID = "customer_id"
        case invoiceIDs = "invoice_ids"
        case kind, channel
        case overdueBalances = "overdue_balances"
        case daysLate = "days_late"
        case portfolioStage = "portfolio_stage"
        case previousStatus = "previous_status"
        case newStatus = "new_status"
        case statusDetail = "status_detail"
        case nextActionDate = "next_action_date"
        case amount, comment
    }

    /// The row of a logged activity.
    ///
    /// - Parameter logged: The activity and its position.
    public init(_ logged: LoggedActivity) {
        let activity = logged.activity
        position = logged.position
        id = activity.id.rawValue
        timestamp = Self.utcString(activity.timestamp)
        switch activity.performedBy {
        case .system: performedBy = "system"
        case .collector(let collector): performedBy = "collector:\(collector)"
        }
        customerID = activity.customerID.rawValue
        invoiceIDs = activity.invoiceIDs.map(\.rawValue)
        kind = activity.kind.rawValue
        channel = activity.channel?.rawValue
        overdueBalances = activity.overdueBalances.map(Self.moneyString)
        daysLate = activity.daysLate
        portfolioStage = activity.portfolioStage?.rawValue
        previousStatus = activity.previousStatus?.kind.rawValue
        newStatus = activity.newStatus?.kind.rawValue
        statusDetail = activity.newStatus.flatMap(Self.detail)
        nextActionDate = activity.nextActionDate?.description
        amount = activity.amount.map(Self.moneyString)
        comment = activity.comment
    }

    /// The row's fields as CSV text, in ``columns`` order (lists joined by `;`, absent values empty).
    public var fields: [String] {
        [
            String(position), id, timestamp, performedBy, customerID, invoiceIDs.joined(separator: ";"), kind,
            channel ?? "", overdueBalances.joined(separator: ";"), daysLate.map(String.init) ?? "",
            portfolioStage ?? "", previousStatus ?? "", newStatus ?? "", statusDetail ?? "", nextActionDate ?? "",
            amount ?? "", comment ?? "",
        ]
    }

    static func moneyString(_ money: Money) -> String { "\(money.plainDecimalString) \(money.currency.code)" }

    static func detail(of status: CollectionStatus) -> String? {
        switch status {
        case .promised(let promise):
            return "promise_date=\(promise.date)" + (promise.amount.map { "; promise_amount=\(moneyString($0))" } ?? "")
        case .paymentReported(let date):
            return "reported_on=\(date)"
        case .disputed(let dispute), .inClarification(let dispute):
            return "department=\(dispute.departmentID); reason=\(dispute.reason); opened_on=\(dispute.openedOn)"
        case .paymentPlan(let agreementID):
            return "agreement_id=\(agreementID)"
        case .normal, .paying, .negotiating, .refusedToPay, .legal, .uncollectible, .paid, .cancelled:
            return nil
        }
    }

    /// An instant as `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC, without a formatter.
    static func utcString(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1_000).rounded(.down))
        let perDay: Int64 = 86_400_000
        let days = milliseconds >= 0 ? milliseconds / perDay : (milliseconds - perDay + 1) / perDay
        let rest = milliseconds - days * perDay
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: Swift.max(0, width - text.count)) + text
        }
        let time =
            "\(pad(rest / 3_600_000, 2)):\(pad(rest / 60_000 % 60, 2)):\(pad(rest / 1_000 % 60, 2)).\(pad(rest % 1_000, 3))"
        return "\(CivilDate(daysSinceEpoch: Int(days)))T\(time)Z"
    }
}
