extension CollectionEngine {
    /// Plans the time-driven status review of every customer with an open invoice that needs it
    /// (``StatusReview``), as one unit of work.
    func planStatusReview(on date: CivilDate, state: EngineState) async throws -> StagePlan {
        var plan = StagePlan(stage: .statusReview)
        var candidates: [CustomerID] = []
        var seen: Set<CustomerID> = []
        var last: CustomerID?
        for invoice in state.openInvoices where StatusReview.needsReview(invoice, on: date, policy: policy.status) {
            guard invoice.customerID != last else { continue }
            last = invoice.customerID
            if seen.insert(invoice.customerID).inserted { candidates.append(invoice.customerID) }
        }
        guard !candidates.isEmpty else { return plan }
        candidates.sort()
        async let storedInvoices = store.invoices(matching: InvoiceQuery(customerIDs: seen))
        async let flagged = store.activities(
            matching: ActivityQuery(customerIDs: seen, kinds: [.reportedPaymentUncredited]))
        let invoices = state.overlaying(try await storedInvoices)
        var flaggedIDs = Set(try await flagged.map(\.activity.id))
        for activity in state.plannedActivities where activity.kind == .reportedPaymentUncredited {
            flaggedIDs.insert(activity.id)
        }
        let byCustomer = Dictionary(grouping: invoices, by: \.customerID)
        let customers = state.customers(seen)
        let now = clock.now
        for customerID in candidates {
            guard let customer = customers[customerID] else { continue }
            let review = StatusReview.plan(
                for: byCustomer[customerID] ?? [], customer: customer, alreadyFlagged: flaggedIDs, on: date, at: now,
                policy: policy.status)
            guard !review.plan.isEmpty else { continue }
            plan.changes.merge(review.plan.changeSet)
            plan.statusChanges += review.findings.count
            plan.tasks += review.plan.tasks.map(RunTask.init)
        }
        return plan
    }
}
