import Foundation

extension MeasuresComputation {
    /// Reads the activity log once, in time order (sorting a copy of the positions only if the log is not
    /// already in order): closures, contacts, promises, disputes, cadence-step sends and the last contacts.
    mutating func readActivities() {
        let activities = self.activities
        // One pass in the log's own order (usually customer by customer, so the customers are found by
        // comparing ids, not hashing them): each activity's time and listed customer's ledger (-1 for a
        // customer not listed, whose ledger is made when its first activity is read in time order).
        var times: [Double] = []
        times.reserveCapacity(activities.count)
        var knownLedgers: [Int32] = []
        knownLedgers.reserveCapacity(activities.count)
        var inOrder = true
        for position in activities.indices {
            let time = activities[position].timestamp.timeIntervalSince1970
            if inOrder, let last = times.last, last > time { inOrder = false }
            times.append(time)
            let known = numbering.position(of: activities[position].customerID)
            knownLedgers.append(Int32(truncatingIfNeeded: known ?? -1))
        }
        let order = inOrder ? [] : times.indices.sorted { times[$0] == times[$1] ? $0 < $1 : times[$0] < times[$1] }
        activities.withUnsafeBufferPointer { buffer in
            if inOrder {
                for position in buffer.indices { read(buffer, at: position, knownLedger: Int(knownLedgers[position])) }
            } else {
                for position in order { read(buffer, at: position, knownLedger: Int(knownLedgers[position])) }
            }
        }
        sends.finish(ledgerCount: ledgers.count)
        for (invoiceID, dispute) in openDisputes {
            departmentAccumulators[dispute.departmentID, default: DepartmentAccumulator()].open += 1
            departmentAccumulators[dispute.departmentID, default: DepartmentAccumulator()].openAgeSum +=
                dispute.openedOn.days(to: asOf)
            ledgers[dispute.ledger].openDisputes.append((invoiceID, dispute))
        }
    }

    /// The dispute of a disputed or in-clarification status.
    static func dispute(of status: CollectionStatus?) -> Dispute? {
        switch status {
        case .disputed(let dispute), .inClarification(let dispute): return dispute
        default: return nil
        }
    }

    /// Reads one activity of the log. Its fields are read in place: passing an `Activity` out of the buffer
    /// would copy it, retaining every string and array it holds.
    private mutating func read(_ activities: UnsafeBufferPointer<Activity>, at position: Int, knownLedger: Int) {
        let date = converter.day(of: activities[position].timestamp)
        let kind = activities[position].kind
        let newStatus = activities[position].newStatus
        // A closing status explains a balance no payment allocation explains (a credit note applied or a
        // write-off in the source system); it is dated even after the report's date, which it then does not
        // affect.
        if kind != .paymentApplied, let newStatus, newStatus.isClosed {
            for id in activities[position].invoiceIDs where closureDates[id] == nil { closureDates[id] = date }
        }
        guard date <= asOf else { return }
        let activity = ActivityFields(activities: activities, position: position)
        let inPeriod = period.contains(date)
        let ledger = knownLedger >= 0 ? knownLedger : ledger(of: activities[position].customerID)
        let performer = activities[position].performedBy.collectorID.map { slot(ofCollector: $0) }
        let responsible = performer ?? collectorSlot(ofLedger: ledger)
        switch kind {
        case .contact, .outcome, .promiseMade, .noCommitment, .paymentReported, .disputeOpened, .unreachable:
            // `recordOutcome` logs a contact's outcome under its own kind (promise_made, unreachable, …).
            if let performer {
                ledgers[ledger].lastPersonalContact = date
                if inPeriod {
                    contactKeys.insert(
                        ContactKey(
                            collectorSlot: performer, ledger: ledger, day: date.daysSinceEpoch,
                            channel: activities[position].channel))
                }
            }
            ledgers[ledger].lastContactActivity = position
            ledgers[ledger].lastContactDate = date
        case .messageSent:
            ledgers[ledger].lastContactActivity = position
            ledgers[ledger].lastContactDate = date
            // The daily run's cadence messages are counted per step from their cadence_step activities.
            if inPeriod, activity.cadenceStepID != nil || !activities[position].id.isCadenceMessageDelivery {
                recordSend(activity, on: date, ledger: ledger)
            }
        case .cadenceStep:
            if inPeriod, activity.cadenceStepID != nil { recordSend(activity, on: date, ledger: ledger) }
        case .promiseKept, .promiseBroken:
            recordSettledPromise(activity, on: date, inPeriod: inPeriod, fallback: responsible, ledger: ledger)
        default:
            break
        }
        if kind == .outcome || kind == .promiseMade, newStatus?.kind == .promised {
            for id in activity.invoiceIDs { promiseOwners[id] = responsible }
            ledgers[ledger].lastPromiseObtained = activity.timestamp
            if inPeriod {
                promisesObtained += 1
                collectorAccumulators[responsible, default: CollectorAccumulator()].promisesObtained += 1
            }
        }
        if newStatus != nil || kind == .disputeResolved {
            recordDisputes(activity, on: date, inPeriod: inPeriod, responsible: responsible, ledger: ledger)
        }
    }

    private mutating func recordSend(_ activity: ActivityFields, on date: CivilDate, ledger: Int) {
        guard let stepID = activity.cadenceStepID else {
            sendsWithoutStep += 1
            return
        }
        let stepIndex: Int
        if let known = stepIndexes[stepID] {
            stepIndex = known
        } else {
            stepIndex = stepIDs.count
            stepIndexes[stepID] = stepIndex
            stepIDs.append(stepID)
            stepAccumulators.append(StepAccumulator())
        }
        for index in activity.invoiceIDs.indices {
            sends.append(
                SendRef(
                    invoiceID: activity.invoiceIDs[index],
                    step: Int32(truncatingIfNeeded: stepIndex), date: date),
                to: ledger)
        }
    }

    private mutating func recordSettledPromise(
        _ activity: ActivityFields, on date: CivilDate, inPeriod: Bool, fallback: Int, ledger: Int
    ) {
        let kept = activity.kind == .promiseKept
        var owner = fallback
        for id in activity.invoiceIDs {
            guard let obtainer = promiseOwners[id] else { continue }
            owner = obtainer
            break
        }
        if !kept { ledgers[ledger].lastBrokenPromise = (date, activity.timestamp) }
        guard inPeriod else { return }
        if kept {
            promisesKept += 1
            collectorAccumulators[owner, default: CollectorAccumulator()].promisesKept += 1
        } else {
            promisesBroken += 1
            collectorAccumulators[owner, default: CollectorAccumulator()].promisesBroken += 1
        }
    }

    private mutating func recordDisputes(
        _ activity: ActivityFields, on date: CivilDate, inPeriod: Bool, responsible: Int, ledger: Int
    ) {
        if let dispute = Self.dispute(of: activity.newStatus) {
            for id in activity.invoiceIDs {
                if openDisputes[id] != nil {
                    openDisputes[id]?.departmentID = dispute.departmentID
                    continue
                }
                openDisputes[id] = OpenDispute(
                    ledger: ledger, departmentID: dispute.departmentID, openedOn: dispute.openedOn)
                if inPeriod {
                    departmentAccumulators[dispute.departmentID, default: DepartmentAccumulator()].opened += 1
                    collectorAccumulators[responsible, default: CollectorAccumulator()].disputesOpened += 1
                }
            }
            return
        }
        let leavesDispute = Self.dispute(of: activity.previousStatus) != nil && activity.newStatus != nil
        guard activity.kind == .disputeResolved || leavesDispute else { return }
        for id in activity.invoiceIDs {
            let previous = Self.dispute(of: activity.previousStatus).map {
                OpenDispute(ledger: ledger, departmentID: $0.departmentID, openedOn: $0.openedOn)
            }
            guard let dispute = openDisputes.removeValue(forKey: id) ?? previous, inPeriod else { continue }
            let days = dispute.openedOn.days(to: date)
            var department = departmentAccumulators[dispute.departmentID, default: DepartmentAccumulator()]
            department.resolved += 1
            department.daysToResolveSum += days
            department.maximumDaysToResolve = Swift.max(department.maximumDaysToResolve ?? days, days)
            departmentAccumulators[dispute.departmentID] = department
        }
    }

    /// The fields of an activity the passes after the first use, read from the log in place when asked
    /// (copying them all for every activity would retain its arrays, texts and statuses). Only valid inside
    /// ``readActivities()``, which holds the log's buffer.
    struct ActivityFields {
        let activities: UnsafeBufferPointer<Activity>
        let position: Int

        var kind: ActivityKind { activities[position].kind }
        var timestamp: Date { activities[position].timestamp }
        var invoiceIDs: [InvoiceID] { activities[position].invoiceIDs }
        var cadenceStepID: String? { activities[position].cadenceStepID }
        var previousStatus: CollectionStatus? { activities[position].previousStatus }
        var newStatus: CollectionStatus? { activities[position].newStatus }
    }
}
