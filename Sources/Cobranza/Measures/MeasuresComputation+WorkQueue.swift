import Foundation

extension MeasuresComputation {
    /// A candidate's score and the facts behind it, before any text is written.
    struct ScoredCandidate {
        var ledger: Int
        var score: Double
        var daysLate: Int
        var overdue: [Money]
        var amountPoints: Double?
        var daysPoints: Double?
        var tierPoints: Double?
        var broken: BrokenPromise?
        var recentContact: CivilDate?
    }

    /// Why a promise counts as broken.
    enum BrokenPromise {
        /// An invoice is still promised for a date already past.
        case passed(InvoiceID, CivilDate)
        /// A ``ActivityKind/promiseBroken`` activity on that day.
        case logged(CivilDate)

        var detail: String {
            switch self {
            case .passed(let invoice, let date): return "promised to pay \(invoice) by \(date); not paid"
            case .logged(let date): return "promise broken on \(date)"
            }
        }
    }

    /// Reads the open tasks for collectors due on or before the queue's day.
    mutating func readTasks(_ tasks: [FollowUpTask]) {
        for task in tasks where task.isOpen && task.dueDate <= asOf {
            guard case .collector = task.assignee else { continue }
            let ledger = ledger(of: task.customerID)
            var candidate = ledgers[ledger].candidate ?? QueueCandidate()
            ledgers[ledger].candidate = nil
            candidate.tasksDue += 1
            if candidate.oldestTask.map({ (task.dueDate, task.id) < ($0.dueDate, $0.id) }) ?? true {
                candidate.oldestTask = (task.id, task.dueDate, task.reason)
            }
            ledgers[ledger].candidate = candidate
        }
    }

    /// Scores every candidate, ranks each collector's queue, keeps the first
    /// ``WorkQueuePolicy/maximumEntries`` and writes their reasons.
    func workQueues() -> [WorkQueue] {
        var scored: [ScoredCandidate] = []
        // At most one per ledger; sized once instead of grown (each growth copies and touches new pages).
        scored.reserveCapacity(ledgers.count)
        // Per collector slot (a handful), the candidates to rank.
        var ranks = [[(score: Double, daysLate: Int, index: Int)]](repeating: [], count: collectorKeys.count)
        for ledger in ledgers.indices {
            guard let candidate = ledgers[ledger].candidate, let score = score(ledger, candidate) else { continue }
            ranks[ledgers[ledger].collectorSlot].append((score.score, score.daysLate, scored.count))
            scored.append(score)
        }
        var queues: [WorkQueue] = []
        for collectorSlot in ranks.indices where !ranks[collectorSlot].isEmpty {
            var ranked = ranks[collectorSlot]
            ranked.sort { lhs, rhs in
                if lhs.score != rhs.score { return lhs.score > rhs.score }
                if lhs.daysLate != rhs.daysLate { return lhs.daysLate > rhs.daysLate }
                return ledgers[scored[lhs.index].ledger].customerID < ledgers[scored[rhs.index].ledger].customerID
            }
            if let maximum = request.workQueue.maximumEntries, ranked.count > maximum {
                ranked.removeLast(ranked.count - maximum)
            }
            let collectorID = collectorKeys[collectorSlot]
            queues.append(
                WorkQueue(
                    collectorID: collectorID, collectorName: collectorID.flatMap { collectorNames[$0] }, date: asOf,
                    entries: ranked.enumerated().map { entry(scored[$1.index], rank: $0 + 1) }))
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

    private func score(_ ledger: Int, _ candidate: QueueCandidate) -> ScoredCandidate? {
        let policy = request.workQueue
        let today = asOf
        var overdue = candidate.overdue.filter(\.isPositive)
        if overdue.count > 1 { overdue.sort { $0.currency < $1.currency } }
        var broken: BrokenPromise?
        if let passed = candidate.passedPromise {
            broken = .passed(passed.invoice, passed.date)
        } else if candidate.hasOpenBalance, let last = ledgers[ledger].lastBrokenPromise,
            last.date >= today.adding(days: -policy.brokenPromiseLookbackDays),
            ledgers[ledger].lastPromiseObtained.map({ $0 < last.timestamp }) ?? true
        {
            broken = .logged(last.date)
        }
        guard !overdue.isEmpty || broken != nil || !candidate.promisesDueToday.isEmpty || candidate.tasksDue > 0
        else { return nil }
        var scored = ScoredCandidate(ledger: ledger, score: 0, daysLate: candidate.daysLate, overdue: overdue)
        if !overdue.isEmpty {
            let units = overdue.reduce(0.0) { $0 + Double($1.minorUnits) / Double(policy.unit(for: $1.currency)) }
            scored.amountPoints = policy.overdueAmountWeight * log10(1 + units)
        }
        if candidate.daysLate > 0 {
            scored.daysPoints = policy.daysLateWeight * Double(Swift.min(candidate.daysLate, policy.daysLateCap))
        }
        let tierPoints = policy.points(for: tierKeys[ledgers[ledger].tierSlot].map { RiskTier($0) })
        if tierPoints != 0 { scored.tierPoints = tierPoints }
        scored.broken = broken
        if let contacted = ledgers[ledger].lastPersonalContact,
            contacted >= today.adding(days: -policy.recentContactDays)
        {
            scored.recentContact = contacted
        }
        scored.score =
            (scored.amountPoints ?? 0) + (scored.daysPoints ?? 0) + (scored.tierPoints ?? 0)
            + (broken == nil ? 0 : policy.brokenPromisePoints)
            + (candidate.promisesDueToday.isEmpty ? 0 : policy.promiseDueTodayPoints)
            + (candidate.tasksDue > 0 ? policy.taskDuePoints : 0)
            - (scored.recentContact == nil ? 0 : policy.recentContactPenalty)
        return scored
    }

    private func entry(_ scored: ScoredCandidate, rank: Int) -> WorkQueueEntry {
        let policy = request.workQueue
        let ledger = ledgers[scored.ledger]
        let candidate = ledger.candidate ?? QueueCandidate()
        var reasons: [WorkQueueReason] = []
        reasons.reserveCapacity(WorkQueueFactor.allCases.count)
        if let points = scored.amountPoints {
            let count = candidate.overdueInvoices.count
            reasons.append(
                WorkQueueReason(
                    factor: .overdueAmount, points: points,
                    detail: "\(count) \(count == 1 ? "invoice" : "invoices") overdue: "
                        + scored.overdue.map { "\($0.currency) \($0.plainDecimalString)" }.joined(separator: ", ")))
        }
        if let points = scored.daysPoints {
            reasons.append(
                WorkQueueReason(
                    factor: .daysLate, points: points, detail: "oldest overdue invoice \(scored.daysLate) days late"))
        }
        let tier = tierKeys[ledger.tierSlot].map { RiskTier($0) }
        if let points = scored.tierPoints {
            reasons.append(
                WorkQueueReason(
                    factor: .riskTier, points: points, detail: tier.map { "risk tier \($0)" } ?? "no risk tier"))
        }
        if let broken = scored.broken {
            reasons.append(
                WorkQueueReason(factor: .brokenPromise, points: policy.brokenPromisePoints, detail: broken.detail))
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
        if let contacted = scored.recentContact {
            reasons.append(
                WorkQueueReason(
                    factor: .recentContact, points: -policy.recentContactPenalty,
                    detail: "a collector contacted the customer on \(contacted)"))
        }
        let order = WorkQueueFactor.allCases
        reasons.sort {
            ($1.points, order.firstIndex(of: $0.factor) ?? 0) < ($0.points, order.firstIndex(of: $1.factor) ?? 0)
        }
        return WorkQueueEntry(
            rank: rank, customerID: ledger.customerID, customerName: ledger.name, score: scored.score,
            reasons: reasons, overdueBalances: scored.overdue, daysLate: scored.daysLate, riskTier: tier,
            overdueInvoiceIDs: candidate.overdueInvoices.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.map(\.id),
            lastContact: lastContact(of: ledger))
    }

    private func lastContact(of ledger: CustomerLedger) -> LastContact? {
        guard ledger.lastContactActivity >= 0 else { return nil }
        // Fields read in place: a copy of the activity would retain every string and array it holds.
        let position = ledger.lastContactActivity
        return LastContact(
            date: ledger.lastContactDate, timestamp: activities[position].timestamp, kind: activities[position].kind,
            channel: activities[position].channel, collectorID: activities[position].performedBy.collectorID,
            newStatus: activities[position].newStatus?.kind, comment: activities[position].comment)
    }
}
