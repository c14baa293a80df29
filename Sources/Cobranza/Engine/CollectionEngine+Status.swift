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
        let byCustomer = Self.groupedByCustomer(invoices)
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

    /// Invoices grouped by customer, each group in the order given; stores list a customer's invoices together,
    /// so a customer is looked up once per run of its invoices rather than once per invoice.
    ///
    /// - Parameter invoices: Invoices, usually ordered by customer.
    /// - Returns: Each customer's invoices.
    static func groupedByCustomer(_ invoices: [Invoice]) -> [CustomerID: [Invoice]] {
        var groups: [CustomerID: [Invoice]] = [:]
        var start = 0
        while start < invoices.count {
            let customerID = invoices[start].customerID
            var end = start + 1
            while end < invoices.count, invoices[end].customerID == customerID { end += 1 }
            groups[customerID, default: []] += invoices[start..<end]
            start = end
        }
        return groups
    }
}
