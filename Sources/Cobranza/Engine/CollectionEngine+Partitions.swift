import Foundation

extension CollectionEngine {
    /// Claims the day's customer partitions one at a time and runs the status review, risk and cadence stages
    /// for each partition's customers.
    ///
    /// - Parameters:
    ///   - partitions: The store's partitions.
    ///   - date: The day.
    ///   - report: The run's report.
    /// - Returns: Whether every partition of the day is finished, so the alerts can be evaluated over the
    ///   whole portfolio.
    /// - Throws: ``StoreError``; a partition claimed and not finished is taken over when its lease ends.
    func runPartitions(
        of partitions: any CustomerPartitionStore, on date: CivilDate, into report: inout RunReport
    ) async throws -> Bool {
        let count = policy.sharing.customerPartitions
        let customerIDs = try await store.allCustomers().map(\.id)
        while true {
            let now = clock.now
            let claim = CustomerPartitionClaim(
                date: date, count: count, claimant: workerID, now: now,
                leaseUntil: now.addingTimeInterval(policy.sharing.leaseSeconds))
            guard let partition = try await partitions.claimCustomerPartition(claim) else { break }
            observer?.observe(.partitionClaimed(partition))
            let members = Set(customerIDs.lazy.filter { partition.contains($0) })
            var state = try await EngineState.load(from: store, customers: members)
            try await run([.statusReview, .risk, .cadence], on: date, state: &state, into: &report) {
                try await EngineState.load(from: store, customers: members)
            }
            try await partitions.finishCustomerPartition(partition, at: clock.now)
            report.partitions.append(partition.number)
            observer?.observe(.partitionFinished(partition))
        }
        let unfinished = try await partitions.customerPartitions(on: date).filter { !$0.state.isFinished }
        guard unfinished.isEmpty else {
            observer?.observe(.alertsLeftToOtherEngines(unfinishedPartitions: unfinished.map(\.number)))
            return false
        }
        return true
    }
}
