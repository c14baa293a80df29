extension CollectionEngine {
    /// Plans the risk assessment of the customers the ``RiskSchedule`` makes due: never classified, or last
    /// assessed before the latest scheduled day.
    func planRisk(on date: CivilDate, state: EngineState) async throws -> StagePlan {
        var plan = StagePlan(stage: .risk)
        let scheduled = policy.riskSchedule.latestScheduledDay(onOrBefore: date, calendar: calendar)
        let due = state.customers.filter { RiskSchedule.isDue($0.risk, scheduledDay: scheduled) }
        guard !due.isEmpty else { return plan }
        let everyone = due.count == state.customers.count
        let ids: Set<CustomerID>? = everyone ? state.scope : Set(due.map(\.id))
        let since = date.adding(days: 1 - policy.risk.eventWindowDays).startInstant(in: clock.timeZone)
        async let storedInvoices = store.invoices(matching: InvoiceQuery(customerIDs: ids))
        async let payments = store.payments(matching: PaymentQuery(customerIDs: ids))
        async let logged = store.activities(
            matching: ActivityQuery(customerIDs: ids, kinds: [.promiseBroken, .outcome], since: since))
        let invoices = state.overlaying(try await storedInvoices)
        var activities = try await logged.map(\.activity)
        activities += state.plannedActivities.filter { $0.kind == .promiseBroken || $0.kind == .outcome }
        let classifier = RiskClassifier(policy: policy.risk, timeZone: clock.timeZone)
        let assessments = classifier.classify(
            customers: due, invoices: invoices, payments: try await payments, activities: activities, asOf: date)
        plan.changes = classifier.changeSet(for: assessments, customers: due, at: clock.now)
        plan.riskAssessed = due.count
        plan.reclassified = plan.changes.activities.count
        return plan
    }
}
