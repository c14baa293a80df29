import Cobranza
import PostgresNIO

extension RecordCodec {
    static let activityColumns = [
        "id", "customer_id", "timestamp_at", "kind", "performer_collector_id", "invoice_ids", "channel",
        "overdue_balances", "days_late", "portfolio_stage", "previous_status", "new_status", "next_action_day",
        "amount_minor", "amount_currency", "comment", "cadence_step_id",
    ]

    /// The columns of activities, after their positions (the first column).
    func columns(_ activities: [Activity], positions: [Int64]) throws -> Columns {
        var columns = Columns()
        columns.bigint(positions)
        columns.text(activities.map(\.id.rawValue))
        columns.text(activities.map(\.customerID.rawValue))
        columns.double(activities.map { Self.seconds($0.timestamp) })
        columns.text(activities.map(\.kind.rawValue))
        columns.text(activities.map(\.performedBy.collectorID?.rawValue))
        columns.text(try activities.map { try ids($0.invoiceIDs, .activity, id: $0.id.rawValue) })
        columns.text(activities.map(\.channel?.rawValue))
        columns.text(
            try activities.map {
                $0.overdueBalances.isEmpty ? "[]" : try json($0.overdueBalances, .activity, id: $0.id.rawValue)
            })
        columns.integer(activities.map(\.daysLate))
        columns.text(activities.map(\.portfolioStage?.rawValue))
        columns.text(try activities.map { try optionalJSON($0.previousStatus, .activity, id: $0.id.rawValue) })
        columns.text(try activities.map { try optionalJSON($0.newStatus, .activity, id: $0.id.rawValue) })
        columns.integer(activities.map(\.nextActionDate?.daysSinceEpoch))
        columns.bigint(activities.map(\.amount?.minorUnits))
        columns.text(activities.map(\.amount?.currency.code))
        columns.text(activities.map(\.comment))
        columns.text(activities.map(\.cadenceStepID))
        return columns
    }

    /// A logged activity from a row of `position, <activityColumns>`.
    func loggedActivity(_ row: PostgresRandomAccessRow) throws -> LoggedActivity {
        let id = try row.text(1)
        let overdue = try row.text(8)
        let activity = Activity(
            id: ActivityID(id), timestamp: Self.instant(try row.double(3)),
            performedBy: try row.optionalText(5).map { .collector(CollectorID($0)) } ?? .system,
            customerID: CustomerID(try row.text(2)),
            invoiceIDs: try decodeIDs(try row.text(6), .activity, id: id, column: "invoice_ids"),
            kind: try Self.value(ActivityKind.self, try row.text(4), .activity, id: id, column: "kind"),
            channel: try row.optionalText(7).map {
                try Self.value(Channel.self, $0, .activity, id: id, column: "channel")
            },
            overdueBalances: overdue == "[]"
                ? [] : try decode([Money].self, overdue, .activity, id: id, column: "overdue_balances"),
            daysLate: try row.optionalInt(9),
            portfolioStage: try row.optionalText(10).map {
                try Self.value(PortfolioStage.self, $0, .activity, id: id, column: "portfolio_stage")
            },
            previousStatus: try decodeOptional(
                CollectionStatus.self, try row.optionalText(11), .activity, id: id, column: "previous_status"),
            newStatus: try decodeOptional(
                CollectionStatus.self, try row.optionalText(12), .activity, id: id, column: "new_status"),
            nextActionDate: try row.optionalInt(13).map(CivilDate.init(daysSinceEpoch:)),
            amount: try money(try row.optionalInt64(14), try row.optionalText(15), .activity, id: id),
            comment: try row.optionalText(16), cadenceStepID: try row.optionalText(17))
        return LoggedActivity(position: try row.int64(0), activity: activity)
    }
}
