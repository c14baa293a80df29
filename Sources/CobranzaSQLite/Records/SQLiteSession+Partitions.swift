import Cobranza
import Foundation

extension SQLiteSession {
    /// Claims the lowest-numbered claimable partition of a day, recording the day's partitions first when
    /// this is its first claim. Runs inside the caller's `BEGIN IMMEDIATE` transaction, so claims from every
    /// process are serialized by SQLite's write lock.
    func claimCustomerPartition(_ claim: CustomerPartitionClaim) throws -> CustomerPartition? {
        let day = claim.date.daysSinceEpoch
        let recorded = try customerPartitions(on: claim.date)
        if recorded.isEmpty {
            let sql = "INSERT INTO customer_partitions (run_day, number, partition_count) VALUES (?, ?, ?)"
            try connection.withStatement(sql) { statement in
                for number in 0..<max(1, claim.count) {
                    statement.reset()
                    try statement.bind(day, at: 1)
                    try statement.bind(number, at: 2)
                    try statement.bind(max(1, claim.count), at: 3)
                    try statement.run()
                }
            }
        }
        let partitions = recorded.isEmpty ? try customerPartitions(on: claim.date) : recorded
        guard var partition = partitions.first(where: { $0.state.isClaimable(at: claim.now) }) else { return nil }
        partition.state = .claimed(by: claim.claimant, until: claim.leaseUntil)
        let sql = "UPDATE customer_partitions SET claimant = ?, lease_until_at = ? WHERE run_day = ? AND number = ?"
        try connection.withStatement(sql) { statement in
            try statement.bind(claim.claimant, at: 1)
            try statement.bind(Self.seconds(claim.leaseUntil), at: 2)
            try statement.bind(day, at: 3)
            try statement.bind(partition.number, at: 4)
            try statement.run()
        }
        return partition
    }

    /// Marks a partition finished (a finished one stays as it is).
    func finishCustomerPartition(_ partition: CustomerPartition, at instant: Date) throws {
        let day = partition.date.daysSinceEpoch
        let exists = try connection.withStatement(
            "SELECT 1 FROM customer_partitions WHERE run_day = ? AND number = ?"
        ) { statement in
            try statement.bind(day, at: 1)
            try statement.bind(partition.number, at: 2)
            return try statement.step()
        }
        guard exists else {
            throw StoreError.invalidRecord(
                .customerPartition, id: "\(partition.date)/\(partition.number)",
                reason: "the day has no customer partition \(partition.number)")
        }
        let sql = """
            UPDATE customer_partitions SET finished_by = ?, finished_at = ?
            WHERE run_day = ? AND number = ? AND finished_at IS NULL
            """
        try connection.withStatement(sql) { statement in
            try statement.bind(partition.finisher, at: 1)
            try statement.bind(Self.seconds(instant), at: 2)
            try statement.bind(day, at: 3)
            try statement.bind(partition.number, at: 4)
            try statement.run()
        }
    }

    /// The day's partitions, ordered by number.
    func customerPartitions(on date: CivilDate) throws -> [CustomerPartition] {
        let sql = """
            SELECT number, partition_count, claimant, lease_until_at, finished_by, finished_at
            FROM customer_partitions WHERE run_day = ? ORDER BY number
            """
        return try connection.withStatement(sql) { statement in
            try statement.bind(date.daysSinceEpoch, at: 1)
            var partitions: [CustomerPartition] = []
            while try statement.step() {
                let state: CustomerPartitionState
                if !statement.isNull(5) {
                    state = .finished(by: statement.text(4), at: Self.instant(statement.double(5)))
                } else if !statement.isNull(2) {
                    state = .claimed(by: statement.text(2), until: Self.instant(statement.double(3)))
                } else {
                    state = .open
                }
                partitions.append(
                    CustomerPartition(date: date, number: statement.int(0), count: statement.int(1), state: state))
            }
            return partitions
        }
    }
}
