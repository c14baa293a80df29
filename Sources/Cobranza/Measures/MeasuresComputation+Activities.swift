extension MeasuresComputation {
    /// Reads the activity log once, in time order (sorting a copy of the positions only if the log is not
    /// already in order): closures, contacts, promises, disputes, cadence-step sends and the last contacts.
    mutating func readActivities(_ activities: [Activity]) {
        let inOrder = activities.indices.dropFirst().allSatisfy {
            activities[$0 - 1].timestamp <= activities[$0].timestamp
        }
        if inOrder {
            for index in activities.indices { read(activities[index]) }
        } else {
            let order = activities.indices.sorted {
                (activities[$0].timestamp, $0) < (activities[$1].timestamp, $1)
            }
            for index in order { read(activities[index]) }
        }
        for (invoiceID, dispute) in openDisputes {
            departmentAccumulators[dispute.departmentID, default: DepartmentAccumulator()].open += 1
            departmentAccumulators[dispute.departmentID, default: DepartmentAccumulator()].openAgeSum +=
                dispute.openedOn.days(to: asOf)
            ledgers[ledger(of: dispute.customerID)].openDisputes.append((invoiceID, dispute))
        }
    }

    private mutating func read(_ activity: Activity) {
        let date = converter.day(of: activity.timestamp)
        // A closing status explains a balance no payment allocation explains (a credit note applied or a
        // write-off in the source system); it is dated even after the report's date, which it then does not
        // affect.
        if activity.kind != .paymentApplied, let newStatus = activity.newStatus, newStatus.isClosed {
            for id in activity.invoiceIDs where closureDates[id] == nil { closureDates[id] = date }
        }
        guard date <= asOf else { return }
        let inPeriod = period.contains(date)
        let ledger = ledger(of: activity.customerID)
        let performer = activity.performedBy.collectorID
        let responsible = performer ?? collector(ofLedger: ledger)
        switch activity.kind {
        case .contact, .outcome:
            if let performer {
                ledgers[ledger].lastPersonalContact = date
                if inPeriod {
                    contactKeys.insert(
                        ContactKey(
                            collectorID: performer, customerID: activity.customerID, day: date.daysSinceEpoch,
                            channel: activity.channel))
                }
            }
            ledgers[ledger].lastContact = lastContact(activity, on: date)
        case .messageSent:
            ledgers[ledger].lastContact = lastContact(activity, on: date)
            if inPeriod { recordSend(activity, on: date, ledger: ledger) }
        case .promiseKept, .promiseBroken:
            recordSettledPromise(activity, on: date, inPeriod: inPeriod, fallback: responsible, ledger: ledger)
        default:
            break
        }
        if activity.kind == .outcome, activity.newStatus?.kind == .promised {
            for id in activity.invoiceIDs { promiseOwners[id] = responsible }
            ledgers[ledger].lastPromiseObtained = activity.timestamp
            if inPeriod {
                promisesObtained += 1
                collectorAccumulators[responsible, default: CollectorAccumulator()].promisesObtained += 1
            }
        }
        if activity.newStatus != nil || activity.kind == .disputeResolved {
            recordDisputes(activity, on: date, inPeriod: inPeriod, responsible: responsible)
        }
    }

    /// The dispute of a disputed or in-clarification status.
    static func dispute(of status: CollectionStatus?) -> Dispute? {
        switch status {
        case .disputed(let dispute), .inClarification(let dispute): return dispute
        default: return nil
        }
    }

    private func lastContact(_ activity: Activity, on date: CivilDate) -> LastContact {
        LastContact(
            date: date, timestamp: activity.timestamp, kind: activity.kind, channel: activity.channel,
            collectorID: activity.performedBy.collectorID, newStatus: activity.newStatus?.kind,
            comment: activity.comment)
    }

    private mutating func recordSend(_ activity: Activity, on date: CivilDate, ledger: Int) {
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
        for id in activity.invoiceIDs {
            ledgers[ledger].sends.append(InvoiceSend(invoiceID: id, send: StepSend(stepIndex: stepIndex, date: date)))
        }
    }

    private mutating func recordSettledPromise(
        _ activity: Activity, on date: CivilDate, inPeriod: Bool, fallback: CollectorID?, ledger: Int
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
        _ activity: Activity, on date: CivilDate, inPeriod: Bool, responsible: CollectorID?
    ) {
        if let dispute = Self.dispute(of: activity.newStatus) {
            for id in activity.invoiceIDs {
                if openDisputes[id] != nil {
                    openDisputes[id]?.departmentID = dispute.departmentID
                    continue
                }
                openDisputes[id] = OpenDispute(
                    customerID: activity.customerID, departmentID: dispute.departmentID, openedOn: dispute.openedOn)
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
                OpenDispute(customerID: activity.customerID, departmentID: $0.departmentID, openedOn: $0.openedOn)
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
}
