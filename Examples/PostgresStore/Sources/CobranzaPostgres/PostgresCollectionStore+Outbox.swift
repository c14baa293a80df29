import Cobranza
import PostgresNIO

extension PostgresCollectionStore {
    /// The entries matching a query, ordered by (creation instant, key).
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The entries.
    /// - Throws: ``Cobranza/StoreError``.
    public func outboxEntries(matching query: OutboxQuery) async throws -> [OutboxEntry] {
        var filter = Filter()
        if let states = query.states { try filter.add("state = ANY(?)", states.map(\.rawValue)) }
        if let since = query.createdSince { try filter.add("created_at >= ?", RecordCodec.seconds(since)) }
        let sql = "\(outboxSelect)\(filter.whereClause) ORDER BY created_at, key"
        return try await read { connection in
            let codec = RecordCodec()
            return try await rows(connection, sql, filter.binds) { try codec.outboxEntry($0) }
        }
    }

    /// The claim statement: picks the oldest claimable entries that no other transaction has locked
    /// (`FOR UPDATE SKIP LOCKED`), and claims them in the same statement. Its parameters: the claim's
    /// instant, the limit, the claimant, the lease's end and the claimed state's JSON.
    ///
    /// An entry is claimable when pending, or when retrying or claimed and its `ready_at` (the retry's date
    /// or the lease's end) has come: the lease of a worker that died is taken over by the next claim after it.
    var claimSQL: String {
        let outbox = table("outbox")
        return """
            WITH picked AS (
                SELECT key FROM \(outbox)
                WHERE state IN ('pending', 'retrying', 'claimed') AND (state = 'pending' OR ready_at <= $1)
                ORDER BY created_at, key
                LIMIT $2
                FOR UPDATE SKIP LOCKED
            )
            UPDATE \(outbox) AS o
            SET state = 'claimed', claimant = $3, ready_at = $4, state_detail = $5, attempts = o.attempts + 1
            FROM picked WHERE o.key = picked.key
            RETURNING \(RecordCodec.outboxColumns.map { "o.\($0)" }.joined(separator: ", "))
            """
    }

    /// Atomically takes up to `claim.limit` claimable entries, oldest first, for one worker.
    ///
    /// - Parameter claim: Who claims, when, until when, and how many.
    /// - Returns: The entries now claimed by the worker, in their claimed state, by (creation instant, key).
    /// - Throws: ``Cobranza/StoreError``.
    public func claimOutboxEntries(_ claim: OutboxClaim) async throws -> [OutboxEntry] {
        guard claim.limit > 0 else { return [] }
        let codec = RecordCodec()
        let state = OutboxState.claimed(by: claim.claimant, until: claim.leaseUntil)
        var binds = PostgresBindings()
        binds.append(RecordCodec.seconds(claim.now))
        binds.append(claim.limit)
        binds.append(claim.claimant)
        binds.append(RecordCodec.seconds(claim.leaseUntil))
        binds.append(try codec.json(state, .outboxEntry, id: claim.claimant))
        let sql = claimSQL
        let entries = try await transaction { connection in
            try await rows(connection, sql, binds) { try codec.outboxEntry($0) }
        }
        return entries.sorted { ($0.createdAt, $0.key.rawValue) < ($1.createdAt, $1.key.rawValue) }
    }
}
