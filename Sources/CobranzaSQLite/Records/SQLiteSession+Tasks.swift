import Cobranza

extension SQLiteSession {
    static let taskColumns = [
        "id", "customer_id", "invoice_ids", "assignee_kind", "assignee", "due_day", "kind", "reason", "created_at",
        "completed_at",
    ]
    static let taskSelect = "SELECT \(taskColumns.joined(separator: ", ")) FROM tasks"

    /// The two columns of an assignee: its kind and its id or role name.
    static func columns(of assignee: TaskAssignee) -> (kind: String, value: String) {
        switch assignee {
        case .collector(let id): return ("collector", id.rawValue)
        case .department(let id): return ("department", id.rawValue)
        case .role(let name): return ("role", name)
        }
    }

    static func assignee(kind: String, value: String, id: String) throws -> TaskAssignee {
        switch kind {
        case "collector": return .collector(CollectorID(value))
        case "department": return .department(DepartmentID(value))
        case "role": return .role(value)
        default:
            throw StoreError.invalidRecord(
                .task, id: id, reason: "column 'assignee_kind' holds an unknown value '\(kind)'")
        }
    }

    /// Binds a task's columns at `offset + 1 …` in ``taskColumns`` order.
    func bind(_ task: FollowUpTask, to statement: SQLiteStatement, offset: Int32) throws {
        let assignee = Self.columns(of: task.assignee)
        try statement.bind(task.id.rawValue, at: offset + 1)
        try statement.bind(task.customerID.rawValue, at: offset + 2)
        try statement.bind(Self.idList(task.invoiceIDs), at: offset + 3)
        try statement.bind(assignee.kind, at: offset + 4)
        try statement.bind(assignee.value, at: offset + 5)
        try statement.bind(task.dueDate.daysSinceEpoch, at: offset + 6)
        try statement.bind(task.kind.rawValue, at: offset + 7)
        try statement.bind(task.reason, at: offset + 8)
        try statement.bind(Self.seconds(task.createdAt), at: offset + 9)
        try statement.bind(Self.seconds(task.completedAt), at: offset + 10)
    }

    /// Reads a task from a row selected with ``taskSelect``.
    func task(from row: SQLiteStatement) throws -> FollowUpTask {
        let id = row.text(0)
        return FollowUpTask(
            id: TaskID(id), customerID: CustomerID(row.text(1)),
            invoiceIDs: try Self.ids(row.text(2), .task, id: id, column: "invoice_ids"),
            assignee: try Self.assignee(kind: row.text(3), value: row.text(4), id: id),
            dueDate: CivilDate(daysSinceEpoch: row.int(5)),
            kind: try Self.value(TaskKind.self, row.text(6), .task, id: id, column: "kind"), reason: row.text(7),
            createdAt: Self.instant(row.double(8)), completedAt: row.optionalDouble(9).map(Self.instant))
    }

    // MARK: - Reads

    /// The SQL of a task read: its parameters are the assignee's kind and value (if any), the customer ids
    /// as a JSON array (if any) and the due date (if any).
    static func taskSQL(_ query: TaskQuery) -> String {
        var conditions: [String] = []
        if query.assignee != nil { conditions.append("assignee_kind = ? AND assignee = ?") }
        if query.customerIDs != nil { conditions.append("customer_id IN (SELECT value FROM temp.wanted_ids)") }
        if query.openOnly { conditions.append("completed_at IS NULL") }
        if query.dueOnOrBefore != nil { conditions.append("due_day <= ?") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "\(taskSelect)\(filter) ORDER BY due_day, id"
    }

    func tasks(matching query: TaskQuery) throws -> [FollowUpTask] {
        if let customerIDs = query.customerIDs { try stage(customerIDs) }
        return try connection.withStatement(Self.taskSQL(query)) { statement in
            var index: Int32 = 0
            func next() -> Int32 {
                index += 1
                return index
            }
            if let assignee = query.assignee {
                let columns = Self.columns(of: assignee)
                try statement.bind(columns.kind, at: next())
                try statement.bind(columns.value, at: next())
            }

            if let due = query.dueOnOrBefore { try statement.bind(due.daysSinceEpoch, at: next()) }
            var tasks: [FollowUpTask] = []
            while try statement.step() { tasks.append(try task(from: statement)) }
            return tasks
        }
    }
}
