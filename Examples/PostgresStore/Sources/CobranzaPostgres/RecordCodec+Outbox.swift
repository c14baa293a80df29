import Cobranza
import PostgresNIO

extension RecordCodec {
    static let outboxColumns = [
        "key", "created_at", "state", "claimant", "ready_at", "state_detail", "attempts", "message",
    ]

    /// The queryable columns of a state: its kind, the claimant, and the instant it becomes claimable
    /// (a lease's end or a retry's date; `nil` for pending and final states).
    static func columns(of state: OutboxState) -> (kind: String, claimant: String?, readyAt: Double?) {
        switch state {
        case .pending: return ("pending", nil, nil)
        case .claimed(let claimant, let until): return ("claimed", claimant, seconds(until))
        case .delivered: return ("delivered", nil, nil)
        case .retrying(let after, _): return ("retrying", nil, seconds(after))
        case .failed: return ("failed", nil, nil)
        }
    }

    func columns(_ entries: [OutboxEntry]) throws -> Columns {
        let states = entries.map { Self.columns(of: $0.state) }
        var columns = Columns()
        columns.text(entries.map(\.key.rawValue))
        columns.double(entries.map { Self.seconds($0.createdAt) })
        columns.text(states.map(\.kind))
        columns.text(states.map(\.claimant))
        columns.double(states.map(\.readyAt))
        columns.text(try entries.map { try json($0.state, .outboxEntry, id: $0.key.rawValue) })
        columns.integer(entries.map(\.attempts))
        columns.text(try entries.map { try json($0.message, .outboxEntry, id: $0.key.rawValue) })
        return columns
    }

    func outboxEntry(_ row: PostgresRandomAccessRow) throws -> OutboxEntry {
        let key = try row.text(0)
        return OutboxEntry(
            key: IdempotencyKey(key),
            message: try decode(OutgoingMessage.self, try row.text(7), .outboxEntry, id: key, column: "message"),
            state: try decode(OutboxState.self, try row.text(5), .outboxEntry, id: key, column: "state_detail"),
            attempts: try row.int(6), createdAt: Self.instant(try row.double(1)))
    }
}
