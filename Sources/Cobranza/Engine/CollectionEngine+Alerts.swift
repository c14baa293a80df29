extension CollectionEngine {
    /// Evaluates the alert rules from the stored cursor and plans one unit of work: the digests in the
    /// outbox, an ``ActivityKind/alertRaised`` activity per customer reported, and the new cursor — stored
    /// only over the cursor that was read.
    func planAlerts(on date: CivilDate, state: EngineState) async throws -> StagePlan {
        var plan = StagePlan(stage: .alerts)
        // Digests go to people at work: on a weekend or holiday nothing is evaluated, and the cursor and the
        // previous run date make the next business day report what happened in between.
        guard calendar.isBusinessDay(date) else { return plan }
        let stored = try await store.alertCursor()
        let cursor = stored ?? AlertCursor()
        async let openTasks = store.tasks(matching: TaskQuery(openOnly: true))
        async let newEvents = alertEvaluator.newEvents(in: store, cursor: cursor)
        var tasks = try await openTasks
        var events = try await newEvents
        if !state.plannedTasks.isEmpty {
            let planned = Set(state.plannedTasks.map(\.id))
            tasks = tasks.filter { !planned.contains($0.id) } + state.plannedTasks.filter(\.isOpen)
        }
        if !state.plannedActivities.isEmpty {
            var position =
                ([events.last?.position, cursor.position] + cursor.marks.values.map(\.position))
                .compactMap { $0 }.max() ?? 0
            for activity in state.plannedActivities {
                position += 1
                events.append(LoggedActivity(position: position, activity: activity))
            }
        }
        let snapshot = AlertSnapshot(
            customers: state.customers, invoices: state.openInvoices, collectors: state.collectors,
            departments: state.departments, tasks: tasks)
        let evaluation = alertEvaluator.evaluate(
            snapshot, on: date, timeZone: clock.timeZone, events: events, cursor: cursor)
        let now = clock.now
        plan.changes = try evaluation.changeSet(createdAt: now)
        var logged: Set<String> = []
        for digest in evaluation.digests {
            // The key and the comment are the digest's: built once, not per item.
            let key = digest.key
            let comment = "Alert \(digest.rule) (\(digest.period.id)) to \(digest.recipient.text)"
            plan.alerts.append((key, RunAlert(digest)))
            for item in digest.items {
                let id = key.rawValue + "/" + item.customerID.rawValue
                guard logged.insert(id).inserted else { continue }
                plan.changes.append(
                    Activity(
                        id: ActivityID(id), timestamp: now, performedBy: .system, customerID: item.customerID,
                        invoiceIDs: item.invoices.map { $0.invoiceID }, kind: .alertRaised, comment: comment))
            }
        }
        if evaluation.cursor != stored {
            plan.changes.replaceAlertCursor(with: evaluation.cursor, expected: stored)
        }
        return plan
    }
}
