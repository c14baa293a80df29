import Cobranza

extension SQLiteSession {
    /// The stored alert cursor: the one row of `alert_cursor`, or `nil`.
    func alertCursor() throws -> AlertCursor? {
        let text: String? = try connection.withStatement("SELECT cursor FROM alert_cursor WHERE id = 1") {
            try $0.step() ? $0.text(0) : nil
        }
        return try decodeOptional(AlertCursor.self, text, .alertCursor, id: "alerts", column: "cursor")
    }

    /// Replaces the stored alert cursor.
    func storeAlertCursor(_ cursor: AlertCursor) throws {
        let text = try json(cursor, .alertCursor, id: "alerts")
        let sql =
            "INSERT INTO alert_cursor (id, cursor) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET cursor = excluded.cursor"
        try connection.withStatement(sql) { statement in
            try statement.bind(text, at: 1)
            try statement.run()
        }
    }
}
