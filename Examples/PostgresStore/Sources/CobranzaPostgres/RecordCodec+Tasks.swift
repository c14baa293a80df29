import Cobranza
import PostgresNIO

extension RecordCodec {
    static let taskColumns = [
        "id", "customer_id", "invoice_ids", "assignee_kind", "assignee", "due_day", "kind", "reason", "created_at",
        "completed_at",
    ]

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

    func columns(_ tasks: [FollowUpTask]) throws -> Columns {
        let assignees = tasks.map { Self.columns(of: $0.assignee) }
        var columns = Columns()
        columns.text(tasks.map(\.id.rawValue))
        columns.text(tasks.map(\.customerID.rawValue))
        columns.text(try tasks.map { try ids($0.invoiceIDs, .task, id: $0.id.rawValue) })
        columns.text(assignees.map(\.kind))
        columns.text(assignees.map(\.value))
        columns.integer(tasks.map(\.dueDate.daysSinceEpoch))
        columns.text(tasks.map(\.kind.rawValue))
        columns.text(tasks.map(\.reason))
        columns.double(tasks.map { Self.seconds($0.createdAt) })
        columns.double(tasks.map { $0.completedAt.map(Self.seconds) })
        return columns
    }

    func task(_ row: PostgresRandomAccessRow) throws -> FollowUpTask {
        let id = try row.text(0)
        return FollowUpTask(
            id: TaskID(id), customerID: CustomerID(try row.text(1)),
            invoiceIDs: try decodeIDs(try row.text(2), .task, id: id, column: "invoice_ids"),
            assignee: try Self.assignee(kind: try row.text(3), value: try row.text(4), id: id),
            dueDate: CivilDate(daysSinceEpoch: try row.int(5)),
            kind: try Self.value(TaskKind.self, try row.text(6), .task, id: id, column: "kind"),
            reason: try row.text(7), createdAt: Self.instant(try row.double(8)),
            completedAt: try row.optionalDouble(9).map(Self.instant))
    }
}
