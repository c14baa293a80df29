import Cobranza
import Foundation
import PostgresNIO

extension PostgresCollectionStore {
    /// The statement recording a day's partitions, run by the day's first claim: rows 0 ..< count, unless the
    /// day already has rows (a later claim keeps the first claim's count). Parameters: the run day, the count.
    var recordPartitionsSQL: String {
        let partitions = table("customer_partitions")
        return """
            INSERT INTO \(partitions) (run_day, number, partition_count)
            SELECT $1, number, $2 FROM generate_series(0, $2 - 1) AS number
            WHERE NOT EXISTS (SELECT 1 FROM \(partitions) WHERE run_day = $1)
            ON CONFLICT DO NOTHING
            """
    }

    /// The claim statement: the lowest-numbered claimable partition of the day that no other transaction has
    /// locked (`FOR UPDATE SKIP LOCKED`), claimed in the same statement. A partition is claimable when it is
    /// not finished and nobody claimed it, or its claim's lease has ended. Parameters: the run day, the
    /// claim's instant, the claimant, the lease's end.
    var claimPartitionSQL: String {
        let partitions = table("customer_partitions")
        return """
            WITH picked AS (
                SELECT run_day, number FROM \(partitions)
                WHERE run_day = $1 AND finished_at IS NULL AND (claimant IS NULL OR lease_until_at <= $2)
                ORDER BY number
                LIMIT 1
                FOR UPDATE SKIP LOCKED
            )
            UPDATE \(partitions) AS p
            SET claimant = $3, lease_until_at = $4
            FROM picked WHERE p.run_day = picked.run_day AND p.number = picked.number
            RETURNING p.number, p.partition_count
            """
    }

    /// Atomically claims the lowest-numbered claimable partition of a day, in one transaction: the day's first
    /// claim records its partitions (under a transaction-scoped advisory lock on the day, so racing first
    /// claims record one count), then one `UPDATE … FROM (SELECT … FOR UPDATE SKIP LOCKED)` takes a partition:
    /// concurrent engines never wait for, nor take, each other's partitions.
    ///
    /// - Parameter claim: The day, the count for its first claim, who claims, when, until when.
    /// - Returns: The partition, claimed by `claim.claimant`; `nil` when every partition is finished or leased.
    /// - Throws: ``Cobranza/StoreError``.
    public func claimCustomerPartition(_ claim: CustomerPartitionClaim) async throws -> CustomerPartition? {
        let day = claim.date.daysSinceEpoch
        let count = Swift.max(1, claim.count)
        let partitions = table("customer_partitions")
        let schema = self.schema
        let recordSQL = recordPartitionsSQL
        let claimSQL = claimPartitionSQL
        var dayBinds = PostgresBindings()
        dayBinds.append(day)
        var lockBinds = PostgresBindings()
        lockBinds.append("cobranza-partitions/\(schema)/\(day)")
        var recordBinds = PostgresBindings()
        recordBinds.append(day)
        recordBinds.append(count)
        var claimBinds = PostgresBindings()
        claimBinds.append(day)
        claimBinds.append(RecordCodec.seconds(claim.now))
        claimBinds.append(claim.claimant)
        claimBinds.append(RecordCodec.seconds(claim.leaseUntil))
        let claimed = try await transaction { connection in
            let recorded =
                try await rows(connection, "SELECT count(*) FROM \(partitions) WHERE run_day = $1", dayBinds) {
                    try $0.int(0)
                }.first ?? 0
            if recorded == 0 {
                try await run(connection, "SELECT pg_advisory_xact_lock(hashtext($1))", lockBinds)
                try await run(connection, recordSQL, recordBinds)
            }
            return try await rows(connection, claimSQL, claimBinds) { (number: try $0.int(0), count: try $0.int(1)) }
                .first
        }
        guard let claimed else { return nil }
        return CustomerPartition(
            date: claim.date, number: claimed.number, count: claimed.count,
            state: .claimed(by: claim.claimant, until: claim.leaseUntil))
    }

    /// Marks a partition finished by its ``Cobranza/CustomerPartition/finisher``; a finished one stays as it
    /// is.
    ///
    /// - Parameters:
    ///   - partition: The partition (its date and number).
    ///   - instant: When it finished.
    /// - Throws: ``Cobranza/StoreError/invalidRecord(_:id:reason:)`` (`customer_partition`) when the day has no
    ///   such partition, or another ``Cobranza/StoreError``.
    public func finishCustomerPartition(_ partition: CustomerPartition, at instant: Date) async throws {
        let partitions = table("customer_partitions")
        var binds = PostgresBindings()
        binds.append(partition.date.daysSinceEpoch)
        binds.append(partition.number)
        var finishBinds = binds
        finishBinds.append(partition.finisher)
        finishBinds.append(RecordCodec.seconds(instant))
        let exists = try await read { connection in
            let finished = try await rows(
                connection,
                """
                UPDATE \(partitions) SET finished_by = $3, finished_at = $4
                WHERE run_day = $1 AND number = $2 AND finished_at IS NULL
                RETURNING number
                """,
                finishBinds
            ) { try $0.int(0) }
            if !finished.isEmpty { return true }
            return try await rows(
                connection, "SELECT number FROM \(partitions) WHERE run_day = $1 AND number = $2", binds
            ) { try $0.int(0) }.isEmpty == false
        }
        guard exists else {
            throw StoreError.invalidRecord(
                .customerPartition, id: "\(partition.date)/\(partition.number)",
                reason: "the day has no customer partition \(partition.number)")
        }
    }

    /// The partitions of a day.
    ///
    /// - Parameter date: The day.
    /// - Returns: Its partitions ordered by number; empty before the day's first claim.
    /// - Throws: ``Cobranza/StoreError``.
    public func customerPartitions(on date: CivilDate) async throws -> [CustomerPartition] {
        var binds = PostgresBindings()
        binds.append(date.daysSinceEpoch)
        let sql = """
            SELECT number, partition_count, claimant, lease_until_at, finished_by, finished_at
            FROM \(table("customer_partitions")) WHERE run_day = $1 ORDER BY number
            """
        return try await read { connection in
            try await rows(connection, sql, binds) { row in
                let state: CustomerPartitionState
                if let finishedAt = try row.optionalDouble(5) {
                    state = .finished(by: try row.optionalText(4) ?? "", at: RecordCodec.instant(finishedAt))
                } else if let claimant = try row.optionalText(2) {
                    state = .claimed(by: claimant, until: RecordCodec.instant(try row.optionalDouble(3) ?? 0))
                } else {
                    state = .open
                }
                return CustomerPartition(date: date, number: try row.int(0), count: try row.int(1), state: state)
            }
        }
    }
}
