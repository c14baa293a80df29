import Foundation

extension MeasuresComputation {
    /// Reads the open tasks for collectors due on or before the queue's day.
    mutating func readTasks(_ tasks: [FollowUpTask]) {
        for task in tasks where task.isOpen && task.dueDate <= asOf {
            guard case .collector = task.assignee else { continue }
            updateCandidate(ledger(of: task.customerID)) { candidate in
                candidate.tasksDue += 1
                if let oldest = candidate.oldestTask, (oldest.dueDate, oldest.id) <= (task.dueDate, task.id) { return }
                candidate.oldestTask = task
            }
        }
    }

    /// Scores every candidate and ranks each collector's queue.
    func workQueues() -> [WorkQueue] {
        var entries: [CollectorID?: [WorkQueueEntry]] = [:]
        for ledger in ledgers {
            guard let candidate = ledger.candidate, let entry = entry(ledger, candidate) else { continue }
            entries[ledger.facts?.collectorID, default: []].append(entry)
        }
        var queues: [WorkQueue] = []
        for (collectorID, list) in entries {
            var ranked = list.sorted {
                ($1.score, $1.daysLate, $0.customerID) < ($0.score, $0.daysLate, $1.customerID)
            }
            if let maximum = request.workQueue.maximumEntries, ranked.count > maximum {
                ranked.removeLast(ranked.count - maximum)
            }
            for index in ranked.indices { ranked[index].rank = index + 1 }
            queues.append(
                WorkQueue(
                    collectorID: collectorID, collectorName: collectorID.flatMap { collectorNames[$0] }, date: asOf,
                    entries: ranked))
        }
        return queues.sorted { Self.precedes($0.collectorID, $1.collectorID) }
    }

    /// Orders optional keys with `nil` last.
    static func precedes<Key: Comparable>(_ lhs: Key?, _ rhs: Key?) -> Bool {
        switch (lhs, rhs) {
        case (let lhs?, let rhs?): return lhs < rhs
        case (.some, .none): return true
        default: return false
        }
    }

    private func entry(_ ledger: CustomerLedger, _ candidate: QueueCandidate) -> WorkQueueEntry? {
        let policy = request.workQueue
        let today = asOf
        let overdue = candidate.overdue.filter { $0.value > 0 }.sorted { $0.key < $1.key }
            .map { Money(minorUnits: $0.value, currency: $0.key) }
        var broken: String?
        if let passed = candidate.passedPromise {
            broken = "promised to pay \(passed.invoice) by \(passed.date); not paid"
        } else if candidate.hasOpenBalance, let last = ledger.lastBrokenPromise,
            last.date >= today.adding(days: -policy.brokenPromiseLookbackDays),
            ledger.lastPromiseObtained.map({ $0 < last.timestamp }) ?? true
        {
            broken = "promise broken on \(last.date)"
        }
        guard !overdue.isEmpty || broken != nil || !candidate.promisesDueToday.isEmpty || candidate.tasksDue > 0
        else { return nil }

        var reasons: [WorkQueueReason] = []
        if !overdue.isEmpty {
            let units = overdue.reduce(0.0) { $0 + Double($1.minorUnits) / Double(policy.unit(for: $1.currency)) }
            let count = candidate.overdueInvoices.count
            reasons.append(
                WorkQueueReason(
                    factor: .overdueAmount, points: policy.overdueAmountWeight * log10(1 + units),
                    detail: "\(count) \(count == 1 ? "invoice" : "invoices") overdue: "
                        + overdue.map { "\($0.currency) \($0.plainDecimalString)" }.joined(separator: ", ")))
        }
        if candidate.daysLate > 0 {
            reasons.append(
                WorkQueueReason(
                    factor: .daysLate,
                    points: policy.daysLateWeight * Double(Swift.min(candidate.daysLate, policy.daysLateCap)),
                    detail: "oldest overdue invoice \(candidate.daysLate) days late"))
        }
        let tier = ledger.facts?.tier
        let tierPoints = policy.points(for: tier)
        if tierPoints != 0 {
            reasons.append(
                WorkQueueReason(
                    factor: .riskTier, points: tierPoints, detail: tier.map { "risk tier \($0)" } ?? "no risk tier"))
        }
        if let broken {
            reasons.append(WorkQueueReason(factor: .brokenPromise, points: policy.brokenPromisePoints, detail: broken))
        }
        if !candidate.promisesDueToday.isEmpty {
            let invoices = candidate.promisesDueToday.sorted().map(\.rawValue).joined(separator: ", ")
            reasons.append(
                WorkQueueReason(
                    factor: .promiseDueToday, points: policy.promiseDueTodayPoints,
                    detail: "promise due today for \(invoices)"))
        }
        if let task = candidate.oldestTask {
            let count = candidate.tasksDue
            reasons.append(
                WorkQueueReason(
                    factor: .taskDue, points: policy.taskDuePoints,
                    detail: "\(count) \(count == 1 ? "task" : "tasks") due, oldest on \(task.dueDate): \(task.reason)"))
        }
        if let contacted = ledger.lastPersonalContact, contacted >= today.adding(days: -policy.recentContactDays) {
            reasons.append(
                WorkQueueReason(
                    factor: .recentContact, points: -policy.recentContactPenalty,
                    detail: "a collector contacted the customer on \(contacted)"))
        }
        let factorOrder = WorkQueueFactor.allCases
        reasons.sort {
            ($1.points, factorOrder.firstIndex(of: $0.factor) ?? 0) < (
                $0.points, factorOrder.firstIndex(of: $1.factor) ?? 0
            )
        }
        return WorkQueueEntry(
            rank: 0, customerID: ledger.customerID, customerName: ledger.facts?.name,
            score: reasons.reduce(0) { $0 + $1.points }, reasons: reasons, overdueBalances: overdue,
            daysLate: candidate.daysLate, riskTier: tier,
            overdueInvoiceIDs: candidate.overdueInvoices.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.map(\.id),
            lastContact: ledger.lastContact)
    }
}
