import Cobranza
import Foundation

extension SQLiteSession {
    static let outboxColumns = [
        "key", "created_at", "state", "claimant", "ready_at", "state_detail", "attempts", "message",
    ]
    static let outboxSelect = "SELECT \(outboxColumns.joined(separator: ", ")) FROM outbox"

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

    /// Binds an entry's columns at `offset + 1 …` in ``outboxColumns`` order.
    func bind(_ entry: OutboxEntry, to statement: SQLiteStatement, offset: Int32) throws {
        let key = entry.key.rawValue
        let state = Self.columns(of: entry.state)
        try statement.bind(key, at: offset + 1)
        try statement.bind(Self.seconds(entry.createdAt), at: offset + 2)
        try statement.bind(state.kind, at: offset + 3)
        try statement.bind(state.claimant, at: offset + 4)
        try statement.bind(state.readyAt, at: offset + 5)
        try statement.bind(try stateDetail(entry.state, key: entry.key), at: offset + 6)
        try statement.bind(entry.attempts, at: offset + 7)
        try statement.bind(OutboxJSON.encode(entry.message), at: offset + 8)
    }

    /// Reads an entry from a row selected with ``outboxSelect``.
    func outboxEntry(from row: SQLiteStatement) throws -> OutboxEntry {
        let key = row.text(0)
        let message = row.text(7)
        let state = row.text(5)
        return OutboxEntry(
            key: IdempotencyKey(key),
            message: try OutboxJSON.decodeMessage(message)
                ?? decode(OutgoingMessage.self, message, .outboxEntry, id: key, column: "message"),
            state: try OutboxJSON.decodeState(state)
                ?? decode(OutboxState.self, state, .outboxEntry, id: key, column: "state_detail"),
            attempts: row.int(6), createdAt: Self.instant(row.double(1)))
    }

    /// Writes an entry's new state and attempt count.
    ///
    /// - Parameters:
    ///   - key: The entry.
    ///   - state: Its new state.
    ///   - attempts: Its new attempt count, `nil` to keep it.
    ///   - detail: The state's JSON when already encoded (one claim gives every entry the same state).
    /// - Throws: ``Cobranza/StoreError`` or ``SQLiteError``.
    func updateOutbox(key: IdempotencyKey, state: OutboxState, attempts: Int? = nil, detail: String? = nil) throws {
        let columns = Self.columns(of: state)
        let detail = try detail ?? stateDetail(state, key: key)
        try connection.withStatement(Self.updateSQL) { statement in
            try statement.bind(columns.kind, at: 1)
            try statement.bind(columns.claimant, at: 2)
            try statement.bind(columns.readyAt, at: 3)
            try statement.bind(detail, at: 4)
            try statement.bind(attempts, at: 5)
            try statement.bind(key.rawValue, at: 6)
            try statement.run()
        }
    }

    /// Writes an update's state if the entry is still claimed by the update's claimant.
    ///
    /// - Parameter update: The new state and the claimant it comes from.
    /// - Returns: Whether the entry was claimed by the claimant (and is now updated); `false` when there is
    ///   no such entry or another claimant holds it (nothing was written).
    /// - Throws: ``Cobranza/StoreError`` or ``SQLiteError``.
    func updateOutbox(_ update: OutboxUpdate) throws -> Bool {
        let columns = Self.columns(of: update.state)
        let detail = try stateDetail(update.state, key: update.key)
        return try connection.withStatement(Self.conditionalUpdateSQL) { statement in
            try statement.bind(columns.kind, at: 1)
            try statement.bind(columns.claimant, at: 2)
            try statement.bind(columns.readyAt, at: 3)
            try statement.bind(detail, at: 4)
            try statement.bind(update.key.rawValue, at: 5)
            try statement.bind(update.claimant, at: 6)
            try statement.run()
            return connection.changes > 0
        }
    }

    private static let conditionalUpdateSQL = """
        UPDATE outbox SET state = ?, claimant = ?, ready_at = ?, state_detail = ?
        WHERE key = ? AND state = 'claimed' AND claimant = ?
        """

    private static let updateSQL = """
        UPDATE outbox SET state = ?, claimant = ?, ready_at = ?, state_detail = ?,
            attempts = coalesce(?, attempts)
        WHERE key = ?
        """

    /// The `state_detail` column of a state.
    func stateDetail(_ state: OutboxState, key: IdempotencyKey) throws -> String {
        try OutboxJSON.encode(state) ?? json(state, .outboxEntry, id: key.rawValue)
    }

    /// The stored state kind and claimant of an entry, `nil` when there is none.
    func outboxClaim(of key: IdempotencyKey) throws -> (kind: String, claimant: String?)? {
        try connection.withStatement("SELECT state, claimant FROM outbox WHERE key = ?") { statement in
            try statement.bind(key.rawValue, at: 1)
            return try statement.step() ? (statement.text(0), statement.optionalText(1)) : nil
        }
    }

    func outboxKeyExists(_ key: IdempotencyKey) throws -> Bool {
        try connection.withStatement("SELECT 1 FROM outbox WHERE key = ?") { statement in
            try statement.bind(key.rawValue, at: 1)
            return try statement.step()
        }
    }

    // MARK: - Reads

    /// The SQL of an outbox read: its parameters are the state kinds as a JSON array (if any) and the
    /// earliest creation instant (if any).
    static func outboxSQL(_ query: OutboxQuery) -> String {
        var conditions: [String] = []
        if query.states != nil { conditions.append("state IN (SELECT value FROM json_each(?))") }
        if query.createdSince != nil { conditions.append("created_at >= ?") }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "\(outboxSelect)\(filter) ORDER BY created_at, key"
    }

    /// The SQL that selects claimable entries, oldest first: its parameters are the claim's instant and limit.
    /// It walks the partial index of unfinished entries in creation order and stops at the limit, so a
    /// claim costs the same with ten or a hundred thousand entries waiting.
    static let claimableSQL = """
        \(outboxSelect) INDEXED BY outbox_unfinished
        WHERE state IN ('pending', 'retrying', 'claimed') AND (state = 'pending' OR ready_at <= ?)
        ORDER BY created_at, key LIMIT ?
        """

    func outboxEntries(matching query: OutboxQuery) throws -> [OutboxEntry] {
        return try connection.withStatement(Self.outboxSQL(query)) { statement in
            var index: Int32 = 0
            if let states = query.states {
                index += 1
                try statement.bind(FlatJSON.encode(states.map(\.rawValue)), at: index)
            }
            if let since = query.createdSince {
                index += 1
                try statement.bind(Self.seconds(since), at: index)
            }
            var entries: [OutboxEntry] = []
            while try statement.step() { entries.append(try outboxEntry(from: statement)) }
            return entries
        }
    }

    // MARK: - Claims

    /// Takes up to `claim.limit` claimable entries, oldest first; run inside an `IMMEDIATE` transaction so
    /// no other connection, in this process or another, can take the same entries.
    func claimOutboxEntries(_ claim: OutboxClaim) throws -> [OutboxEntry] {
        guard claim.limit > 0 else { return [] }
        var entries = try connection.withStatement(Self.claimableSQL) { statement in
            try statement.bind(Self.seconds(claim.now), at: 1)
            try statement.bind(claim.limit, at: 2)
            var entries: [OutboxEntry] = []
            while try statement.step() { entries.append(try outboxEntry(from: statement)) }
            return entries
        }
        guard let first = entries.first else { return [] }
        let claimed = OutboxState.claimed(by: claim.claimant, until: claim.leaseUntil)
        let detail = try stateDetail(claimed, key: first.key)
        for index in entries.indices {
            entries[index].state = claimed
            entries[index].attempts += 1
            try updateOutbox(
                key: entries[index].key, state: claimed, attempts: entries[index].attempts, detail: detail)
        }
        return entries
    }
}
