import Foundation

/// Plans the resolution of a disputed invoice (or one in clarification) as a pure function.
///
/// The invoice's status and balance change as ``DisputeResolution`` says; a
/// ``ActivityKind/disputeResolved`` activity (id given by the caller) records the department, the days it
/// took and the outcome, with the dispute in its previous status; the department's open
/// ``TaskKind/resolveDispute`` tasks about the invoice are completed; and if the invoice is an installment
/// whose closing completes its payment plan, the plan's originals close too.
public enum DisputeResolutionPlanner {
    /// Plans a resolution.
    ///
    /// ```swift
    /// let resolved = try DisputeResolutionPlanner.plan(
    ///     .creditNote(Money(minorUnits: 20_000, currency: .ars)), of: "FA-1", invoices: invoices,
    ///     openTasks: tasks, by: .collector("ana"), at: clock.now, resolutionID: "dispute/FA-1/1",
    ///     context: context)
    /// resolved.daysToResolve   // 6
    /// ```
    ///
    /// - Parameters:
    ///   - resolution: How it was resolved.
    ///   - invoiceID: The disputed invoice.
    ///   - invoices: The customer's invoices.
    ///   - openTasks: The customer's open tasks (the department's dispute tasks among them are completed).
    ///   - performer: Who records the resolution.
    ///   - timestamp: When.
    ///   - resolutionID: The activity id.
    ///   - context: Policy and time zone.
    ///   - comment: Details, for the log.
    /// - Returns: The resolution with its writes.
    /// - Throws: ``StatusError``: no dispute open, an amount in another currency or not positive, a credit
    ///   note above the balance, an adjustment not lower than billed or below what was paid.
    public static func plan(
        _ resolution: DisputeResolution, of invoiceID: InvoiceID, invoices: [Invoice], openTasks: [FollowUpTask],
        by performer: Performer, at timestamp: Date, resolutionID: String, context: StatusContext,
        comment: String? = nil
    ) throws(StatusError) -> ResolvedDispute {
        let invoice = try InvoiceSelection.select([invoiceID], from: invoices)[0]
        let dispute: Dispute
        switch invoice.status {
        case .disputed(let open), .inClarification(let open): dispute = open
        default:
            throw .transitionForbidden(
                invoiceID,
                TransitionError(
                    from: invoice.status.kind, event: .resolveDispute,
                    reason: CollectionStateMachine.reason(.resolveDispute, from: invoice.status.kind)))
        }
        let today = context.today(at: timestamp)
        var after: Invoice
        var amount: Money?
        let outcome: String
        switch resolution {
        case .notInCustomersFavour:
            after = try invoice.applying(.resolveDispute)
            outcome = "not in the customer's favour; collection resumes"
        case .cancelInvoice:
            after = try invoice.applying(.cancel)
            after.balance.minorUnits = 0
            outcome = "in the customer's favour; invoice cancelled"
        case .creditNote(let credit):
            guard credit.currency == invoice.currency else {
                throw .currencyMismatch(field: "creditNote", expected: invoice.currency, found: credit.currency)
            }
            guard credit.isPositive else { throw .nonPositiveAmount(field: "creditNote") }
            guard credit.minorUnits <= invoice.balance.minorUnits else {
                throw .invalidAdjustment(invoiceID, reason: "the credit note is more than the balance")
            }
            let left = invoice.balance.minorUnits - credit.minorUnits
            after = try invoice.applying(left == 0 ? .cancel : .resolveDispute)
            after.balance.minorUnits = left
            amount = credit
            outcome = "in the customer's favour; credit note" + (left == 0 ? ", nothing left owed" : "")
        case .adjustAmount(let corrected):
            guard corrected.currency == invoice.currency else {
                throw .currencyMismatch(field: "adjustAmount", expected: invoice.currency, found: corrected.currency)
            }
            guard corrected.isPositive else { throw .nonPositiveAmount(field: "adjustAmount") }
            guard corrected.minorUnits < invoice.amount.minorUnits else {
                throw .invalidAdjustment(invoiceID, reason: "the corrected amount is not lower than the billed amount")
            }
            let paid = invoice.amount.minorUnits - invoice.balance.minorUnits
            guard corrected.minorUnits >= paid else {
                throw .invalidAdjustment(invoiceID, reason: "the corrected amount is below what was already paid")
            }
            let left = corrected.minorUnits - paid
            after = try invoice.applying(left == 0 ? .payInFull : .resolveDispute)
            after.amount = corrected
            after.balance.minorUnits = left
            amount = corrected
            outcome = "in the customer's favour; amount corrected" + (left == 0 ? ", nothing left owed" : "")
        }

        var workspace = InvoiceWorkspace(invoices)
        workspace.set(after)
        var result = StatusPlan()
        let days = dispute.openedOn.days(to: today)
        let draft = ActivityDraft(
            baseID: resolutionID, timestamp: timestamp, performedBy: performer, customerID: invoice.customerID,
            kind: .disputeResolved, channel: nil,
            snapshot: CustomerSnapshot(
                invoices: invoices, customer: invoice.customerID, asOf: today, stages: context.policy.stages),
            nextActionDate: nil, amount: amount,
            comment: [
                "Resolved by department \(dispute.departmentID) in \(days) day\(days == 1 ? "" : "s"), \(outcome).",
                comment,
            ].compactMap { $0 }.joined(separator: " "))
        result.activities = draft.activities(for: [(invoice.status, after)])

        if after.status.isClosed, after.kind == .installment,
            let agreementID = after.customFields[PaymentPlan.agreementField]
        {
            let transitions = try PaymentPlanLedger.complete(agreementID, in: &workspace)
            var planDraft = draft
            planDraft.baseID = "\(resolutionID)/plan"
            planDraft.kind = .statusChange
            planDraft.amount = nil
            planDraft.comment = "Payment plan \(agreementID) completed: every installment is closed."
            result.activities += planDraft.activities(for: transitions)
        }
        result.invoiceChanges = workspace.changes
        func stillDisputed(_ id: InvoiceID) -> Bool {
            let kind = workspace[id]?.status.kind
            return kind == .disputed || kind == .inClarification
        }
        result.tasks = openTasks.filter { task in
            task.isOpen && task.kind == .resolveDispute && task.assignee == .department(dispute.departmentID)
                && task.invoiceIDs.contains(invoiceID) && !task.invoiceIDs.contains(where: stillDisputed)
        }.map { task in
            var done = task
            done.completedAt = timestamp
            return done
        }
        return ResolvedDispute(
            plan: result, invoiceID: invoiceID, departmentID: dispute.departmentID, openedOn: dispute.openedOn,
            resolvedOn: today, resolution: resolution)
    }
}
