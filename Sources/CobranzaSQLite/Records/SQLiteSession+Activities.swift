import Cobranza

extension SQLiteSession {
    static let activityColumns = [
        "id", "customer_id", "timestamp_at", "kind", "performer_collector_id", "invoice_ids", "channel",
        "overdue_balances", "days_late", "portfolio_stage", "previous_status", "new_status", "next_action_day",
        "amount_minor", "amount_currency", "comment", "cadence_step_id",
    ]
    static let activitySelect = "SELECT position, \(activityColumns.joined(separator: ", ")) FROM activities"

    /// Appends activities to the log, in order, with multi-row `INSERT`s of up to ``batchSize(columns:)`` rows.
    ///
    /// - Parameters:
    ///   - activities: The activities.
    ///   - report: Called with the number of rows after each statement.
    /// - Returns: Their positions, in order. One statement gives its rows consecutive positions, in the order of
    ///   its values (the table's `AUTOINCREMENT` key: each new row takes the highest position so far plus one,
    ///   and the write lock keeps every other writer out), so a statement's last position gives all of them.
    /// - Throws: ``Cobranza/StoreError`` when a value cannot be encoded, or ``SQLiteError``.
    func insert(_ activities: [Activity], report: (Int) -> Void) throws -> [Int64] {
        var positions: [Int64] = []
        positions.reserveCapacity(activities.count)
        let columns = Self.activityColumns.count
        let batch = batchSize(columns: columns)
        var start = 0
        while start < activities.count {
            let count = Swift.min(batch, activities.count - start)
            let sql = insertSQL(table: "activities", columns: Self.activityColumns, conflictClause: "", rows: count)
            try connection.withStatement(sql) { statement in
                for index in 0..<count {
                    try bind(activities[start + index], to: statement, offset: Int32(index * columns))
                }
                try statement.run()
            }
            let last = connection.lastInsertedRowID
            positions.append(contentsOf: (last - Int64(count) + 1)...last)
            start += count
            report(count)
        }
        return positions
    }

    /// Binds an activity's columns at `offset + 1 …` in ``activityColumns`` order.
    private func bind(_ activity: Activity, to statement: SQLiteStatement, offset: Int32) throws {
        let id = activity.id.rawValue
        let overdue =
            activity.overdueBalances.isEmpty
            ? "[]"
            : try MoneyListJSON.encode(activity.overdueBalances) ?? json(activity.overdueBalances, .activity, id: id)
        try statement.bind(id, at: offset + 1)
        try statement.bind(activity.customerID.rawValue, at: offset + 2)
        try statement.bind(Self.seconds(activity.timestamp), at: offset + 3)
        try statement.bind(activity.kind.rawValue, at: offset + 4)
        try statement.bind(activity.performedBy.collectorID?.rawValue, at: offset + 5)
        try statement.bind(Self.idList(activity.invoiceIDs), at: offset + 6)
        try statement.bind(activity.channel?.rawValue, at: offset + 7)
        try statement.bind(overdue, at: offset + 8)
        try statement.bind(activity.daysLate, at: offset + 9)
        try statement.bind(activity.portfolioStage?.rawValue, at: offset + 10)
        try statement.bind(try optionalJSON(activity.previousStatus, .activity, id: id), at: offset + 11)
        try statement.bind(try optionalJSON(activity.newStatus, .activity, id: id), at: offset + 12)
        try statement.bind(activity.nextActionDate?.daysSinceEpoch, at: offset + 13)
        try statement.bind(activity.amount?.minorUnits, at: offset + 14)
        try statement.bind(activity.amount?.currency.code, at: offset + 15)
        try statement.bind(activity.comment, at: offset + 16)
        try statement.bind(activity.cadenceStepID, at: offset + 17)
    }

    /// Reads a logged activity from a row selected with ``activitySelect``.
    func loggedActivity(from row: SQLiteStatement) throws -> LoggedActivity {
        let id = row.text(1)
        let overdue = row.text(8)
        let activity = Activity(
            id: ActivityID(id), timestamp: Self.instant(row.double(3)),
            performedBy: row.optionalText(5).map { .collector(CollectorID($0)) } ?? .system,
            customerID: CustomerID(row.text(2)),
            invoiceIDs: try Self.ids(row.text(6), .activity, id: id, column: "invoice_ids"),
            kind: try Self.value(ActivityKind.self, row.text(4), .activity, id: id, column: "kind"),
            channel: try row.optionalText(7).map {
                try Self.value(Channel.self, $0, .activity, id: id, column: "channel")
            },
            overdueBalances: overdue == "[]"
                ? []
                : try MoneyListJSON.decode(overdue, currency: { try currency($0, .activity, id: id) })
                    ?? decode([Money].self, overdue, .activity, id: id, column: "overdue_balances"),
            daysLate: row.optionalInt(9),
            portfolioStage: try row.optionalText(10).map {
                try Self.value(PortfolioStage.self, $0, .activity, id: id, column: "portfolio_stage")
            },
            previousStatus: try decodeOptional(
                CollectionStatus.self, row.optionalText(11), .activity, id: id, column: "previous_status"),
            newStatus: try decodeOptional(
                CollectionStatus.self, row.optionalText(12), .activity, id: id, column: "new_status"),
            nextActionDate: row.optionalInt(13).map(CivilDate.init(daysSinceEpoch:)),
            amount: try money(row.optionalInt64(14), row.optionalText(15), .activity, id: id),
            comment: row.optionalText(16), cadenceStepID: row.optionalText(17))
        return LoggedActivity(position: row.int64(0), activity: activity)
    }

    // MARK: - Reads

    func activityExists(_ id: ActivityID) throws -> Bool {
        try connection.withStatement("SELECT 1 FROM activities WHERE id = ?") { statement in
            try statement.bind(id.rawValue, at: 1)
            return try statement.step()
        }
    }

    /// The SQL of one page of the log: its parameters are the position (if any), the customer ids and the
    /// kinds as JSON arrays (if any), the time window's ends (if any) and the limit.
    static func activityPageSQL(_ query: ActivityQuery, hasPosition: Bool) -> String {
        var conditions: [String] = []
        if hasPosition { conditions.append("position > ?") }
        if query.customerIDs != nil { conditions.append("customer_id IN (SELECT value FROM temp.wanted_ids)") }
        if query.kinds != nil { conditions.append("kind IN (SELECT value FROM json_each(?))") }
        if query.since != nil { conditions.append("timestamp_at >= ?") }
        if query.until != nil { conditions.append("timestamp_at < ?") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "\(activitySelect)\(filter) ORDER BY position LIMIT ?"
    }

    func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) throws -> [LoggedActivity] {
        if let customerIDs = query.customerIDs { try stage(customerIDs) }
        let sql = Self.activityPageSQL(query, hasPosition: position != nil)
        return try connection.withStatement(sql) { statement in
            var index: Int32 = 0
            func next() -> Int32 {
                index += 1
                return index
            }
            if let position { try statement.bind(position, at: next()) }

            if let kinds = query.kinds { try statement.bind(FlatJSON.encode(kinds.map(\.rawValue)), at: next()) }
            if let since = query.since { try statement.bind(Self.seconds(since), at: next()) }
            if let until = query.until { try statement.bind(Self.seconds(until), at: next()) }
            try statement.bind(Swift.max(1, limit), at: next())
            var page: [LoggedActivity] = []
            while try statement.step() { page.append(try loggedActivity(from: statement)) }
            return page
        }
    }
}
