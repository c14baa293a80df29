extension CollectionEngine {
    /// Delivers what the outbox holds with the ``OutboxDispatcher``, batch by batch, reporting each result.
    func dispatch(into report: inout RunReport) async throws -> Int {
        let dispatcher = OutboxDispatcher(
            store: store, sender: sender, clock: clock, policy: policy.dispatch, workerID: workerID)
        var claimed = 0
        while true {
            let batch = try await dispatcher.dispatchBatch()
            claimed += batch.claimed
            for key in batch.report.delivered { observer?.observe(.messageSent(key: key)) }
            let failures = batch.report.failed.map { ($0, true) } + batch.report.retrying.map { ($0, false) }
            if !failures.isEmpty {
                let keys = Set(failures.map(\.0.key))
                let entries = try await store.outboxEntries(matching: OutboxQuery(states: [.failed, .retrying]))
                let messages = Dictionary(
                    entries.filter { keys.contains($0.key) }.map { ($0.key, $0.message) }, uniquingKeysWith: { $1 })
                for (failure, isFinal) in failures {
                    let line = RunFailure(
                        key: failure.key, recipient: messages[failure.key]?.recipient,
                        channel: messages[failure.key]?.channel, reason: failure.reason, attempts: failure.attempts,
                        isFinal: isFinal)
                    report.failures.append(line)
                    observer?.observe(.messageFailed(line))
                }
            }
            report.delivered += batch.report.delivered
            report.lostClaims += batch.report.lostClaims
            if batch.claimed < policy.dispatch.batchSize { return claimed }
        }
    }
}
