import Foundation

extension PaymentApplication {
    /// The application with its effects on collection statuses: promises kept or broken by the payment,
    /// and payment plans it completes. Every activity also gets the customer's portfolio stage on the
    /// payment date (before the payment).
    ///
    /// - An invoice **promised** and now paid in full: ``ActivityKind/promiseKept`` if the payment date is on
    ///   or before the promised date plus ``StatusPolicy/promiseGraceDays``, else
    ///   ``ActivityKind/promiseBroken`` (paid, but late).
    /// - An invoice promised and paid in part: a payment after the deadline breaks the promise (→ normal);
    ///   otherwise a promise of an amount is reduced by the payment, and kept (→ normal) when it reaches
    ///   zero; a promise of the whole balance stays.
    /// - An **installment** closed by the payment, when every installment of its plan is now closed: the
    ///   plan's original invoices are closed as paid.
    ///
    /// Each payment activity's new status is the invoice's final status, so the payment activity records the
    /// transition. The promise activities (`payment/<payment>/<invoice>/promise`) are appended after them as
    /// records for the risk classifier and the measures, with the promise date and amount and no status
    /// fields; the plan completion activities (`payment/<payment>/plan/<agreement>/<invoice>`) record the
    /// originals' transition. Replaying the log gives the stored statuses.
    ///
    /// ```swift
    /// let application = try PaymentApplication.apply(payment, to: invoices, at: clock.now)
    ///     .settled(against: invoices, policy: policy)
    /// try await store.commit(application.changeSet)
    /// ```
    ///
    /// - Parameters:
    ///   - invoices: The customer's invoices as read before the payment (the plan's originals included).
    ///   - policy: The status policy (promise grace days).
    /// - Returns: The settled application.
    public func settled(against invoices: [Invoice], policy: StatusPolicy) -> PaymentApplication {
        var result = self
        var workspace = InvoiceWorkspace(invoices + originalInvoices)
        for invoice in updatedInvoices { workspace.set(invoice) }
        let overdue = activities.first?.overdueBalances ?? []
        let daysLate = activities.first?.daysLate
        let stage = policy.stages.stage(
            ofCustomer: (invoices + originalInvoices).filter { $0.customerID == payment.customerID }, asOf: payment.date
        )
        func activity(
            _ id: String, _ kind: ActivityKind, _ invoice: InvoiceID,
            _ transition: (CollectionStatus, CollectionStatus)?,
            promise: PaymentPromise? = nil, _ comment: String
        ) -> Activity {
            Activity(
                id: ActivityID(id), timestamp: activities.first?.timestamp ?? .distantPast,
                performedBy: activities.first?.performedBy ?? .system, customerID: payment.customerID,
                invoiceIDs: [invoice], kind: kind, overdueBalances: overdue, daysLate: daysLate, portfolioStage: stage,
                previousStatus: transition?.0, newStatus: transition?.1, nextActionDate: promise?.date,
                amount: promise?.amount, comment: comment)
        }
        var extra: [Activity] = []
        var closedAgreements: [String] = []

        for (before, paid) in zip(originalInvoices, updatedInvoices) {
            if paid.status.isClosed, paid.kind == .installment,
                let agreementID = paid.customFields[PaymentPlan.agreementField], !closedAgreements.contains(agreementID)
            {
                closedAgreements.append(agreementID)
            }
            guard case .promised(let promise) = before.status else { continue }
            let deadline = policy.promiseDeadline(for: promise.date)
            let inTime = payment.date <= deadline
            let id = "payment/\(payment.id)/\(before.id)/promise"
            if paid.status == .paid {
                extra.append(
                    inTime
                        ? activity(
                            id, .promiseKept, before.id, nil, promise: promise, "Promise for \(promise.date) kept.")
                        : activity(
                            id, .promiseBroken, before.id, nil, promise: promise,
                            "Promise for \(promise.date) broken: paid on \(payment.date), after \(deadline)."))
                continue
            }
            let applied = before.balance.minorUnits - paid.balance.minorUnits
            var after = paid
            if !inTime {
                after.status = .normal
                extra.append(
                    activity(
                        id, .promiseBroken, before.id, nil, promise: promise,
                        "Promise for \(promise.date) broken: partial payment on \(payment.date), after \(deadline)."))
            } else if let promised = promise.amount {
                let left = promised.minorUnits - applied
                if left <= 0 {
                    after.status = .normal
                    extra.append(
                        activity(
                            id, .promiseKept, before.id, nil, promise: promise, "Promise of part of the balance kept."))
                } else {
                    after.status = .promised(
                        PaymentPromise(date: promise.date, amount: Money(minorUnits: left, currency: promised.currency))
                    )
                }
            }
            workspace.set(after)
        }

        for agreementID in closedAgreements {
            guard let transitions = try? PaymentPlanLedger.complete(agreementID, in: &workspace), !transitions.isEmpty
            else { continue }
            for (before, after) in transitions {
                extra.append(
                    activity(
                        "payment/\(payment.id)/plan/\(agreementID)/\(after.id)", .statusChange, after.id,
                        (before ?? after.status, after.status),
                        "Payment plan \(agreementID) completed: every installment is closed."))
            }
        }

        let changes = workspace.changes
        result.updatedInvoices = changes.map(\.invoice)
        result.originalInvoices = changes.map { change in
            if case .update(_, let expected) = change { return expected }
            return change.invoice
        }
        result.activities =
            activities.map { entry in
                var entry = entry
                entry.portfolioStage = entry.portfolioStage ?? stage
                if entry.kind == .paymentApplied, let id = entry.invoiceIDs.first, let final = workspace[id] {
                    entry.newStatus = final.status
                }
                return entry
            } + extra
        return result
    }
}
