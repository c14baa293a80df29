import Foundation

/// Plans a collector's manual status change — clarification, negotiating, paying, refused to pay, legal,
/// write-off, cancellation, back to normal — as a pure function.
///
/// - Every named invoice goes through the state machine; one refusal refuses the whole change.
/// - ``CollectionEvent/cancel`` also brings the balance to zero (the debt is annulled);
///   ``CollectionEvent/writeOff`` keeps it (the amount written off, for the uncollectible-debt certificate).
/// - ``CollectionEvent/requestClarification(_:)`` routes a ``TaskKind/resolveDispute`` task to the department.
/// - One ``ActivityKind/statusChange`` activity per group of invoices sharing previous and new status.
/// - Closing the last open installment of a payment plan (cancel, write-off) closes the plan's originals
///   (see ``PaymentPlan``), logged as `<changeID>/plan/<agreement>`.
public enum StatusChangePlanner {
    /// Plans a status change.
    ///
    /// ```swift
    /// let plan = try StatusChangePlanner.plan(
    ///     .negotiate, of: ["FA-1"], invoices: invoices, by: .collector("ana"), at: clock.now,
    ///     changeID: "status/ana/1", departments: [], context: context, comment: "Pide quita de intereses")
    /// ```
    ///
    /// - Parameters:
    ///   - event: A manual event (``CollectionEventKind/isManual``).
    ///   - invoiceIDs: The invoices, all of one customer.
    ///   - invoices: The named invoices and the rest of the customer's (for balances and stage).
    ///   - performer: Who changes the status.
    ///   - timestamp: When.
    ///   - changeID: The activity id of the change.
    ///   - departments: The departments that exist.
    ///   - context: Policy, calendar and time zone.
    ///   - comment: Why, for the log.
    /// - Returns: The plan.
    /// - Throws: ``StatusError``.
    public static func plan(
        _ event: CollectionEvent, of invoiceIDs: [InvoiceID], invoices: [Invoice], by performer: Performer,
        at timestamp: Date, changeID: String, departments: Set<DepartmentID>, context: StatusContext,
        comment: String? = nil
    ) throws(StatusError) -> StatusPlan {
        guard event.kind.isManual else { throw .eventNotManual(event.kind) }
        let selected = try InvoiceSelection.select(invoiceIDs, from: invoices)
        let today = context.today(at: timestamp)
        let customerID = selected[0].customerID
        var plan = StatusPlan()
        var nextActionDate: CivilDate?
        if case .requestClarification(let dispute) = event {
            guard departments.contains(dispute.departmentID) else { throw .unknownDepartment(dispute.departmentID) }
            let due = context.calendar.adding(businessDays: context.policy.disputeResolutionBusinessDays, to: today)
            plan.tasks.append(
                FollowUpTask(
                    id: TaskID("\(changeID)/clarification"), customerID: customerID, invoiceIDs: selected.map(\.id),
                    assignee: .department(dispute.departmentID), dueDate: due, kind: .resolveDispute,
                    reason: "Clarify for the customer: \(dispute.reason)", createdAt: timestamp))
            nextActionDate = due
        }
        var workspace = InvoiceWorkspace(invoices)
        var transitions: [LoggedTransition] = []
        var closedAgreements: [String] = []
        for invoice in selected {
            var after = try invoice.applying(event)
            if event.kind == .cancel { after.balance.minorUnits = 0 }
            workspace.set(after)
            transitions.append((invoice.status, after))
            if after.status.isClosed, after.kind == .installment,
                let agreementID = after.customFields[PaymentPlan.agreementField],
                !closedAgreements.contains(agreementID)
            {
                closedAgreements.append(agreementID)
            }
        }
        var draft = ActivityDraft(
            baseID: changeID, timestamp: timestamp, performedBy: performer, customerID: customerID,
            kind: .statusChange, channel: nil,
            snapshot: CustomerSnapshot(
                invoices: invoices, customer: customerID, asOf: today, stages: context.policy.stages),
            nextActionDate: nextActionDate, amount: nil, comment: comment)
        plan.activities = draft.activities(for: transitions)
        for agreementID in closedAgreements {
            let completed = try PaymentPlanLedger.complete(agreementID, in: &workspace)
            draft.baseID = "\(changeID)/plan/\(agreementID)"
            draft.nextActionDate = nil
            draft.comment = "Payment plan \(agreementID) completed: every installment is closed."
            plan.activities += draft.activities(for: completed)
        }
        plan.invoiceChanges = workspace.changes
        return plan
    }
}
