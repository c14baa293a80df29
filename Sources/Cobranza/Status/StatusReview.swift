import Foundation

/// The time-driven transitions, evaluated for a date as a pure function of one customer's invoices.
///
/// In this order, each step seeing the previous ones' results:
/// 1. **Broken promises** — an invoice promised for a date is broken from the day after the date plus
///    ``StatusPolicy/promiseGraceDays`` if the promise is still unmet (the status is still promised): back to
///    normal, with a ``ActivityKind/promiseBroken`` activity (`review/promise-broken/<invoice>/<date>`) that
///    the risk classifier and the alerts read.
/// 2. **Uncredited reported payments** — an invoice whose reported payment date is more than
///    ``StatusPolicy/uncreditedAfterDays`` days ago is flagged once: a
///    ``ActivityKind/reportedPaymentUncredited`` activity (`review/uncredited/<invoice>/<date>`; ids already
///    in the log are skipped) and a follow-up task for the customer's collector. The status stays.
/// 3. **Payment plan defaults** — an installment unpaid more than ``StatusPolicy/planGraceDays`` days after
///    its due date, in a status that does not hold reminders, defaults its plan (see ``PaymentPlan``), with
///    ``ActivityKind/paymentPlanDefaulted`` activities (`plan/<id>/defaulted…`).
///
/// A kept promise is recorded when the payment that keeps it is recorded (see
/// ``PaymentApplication/settled(against:policy:)``), since that is when it is known.
///
/// Running the review again on the same day finds nothing new: every finding changes the state it was
/// found in, or is already in the log.
public enum StatusReview {
    /// Whether an invoice needs the review on a date: a cheap test for scanning a whole portfolio.
    ///
    /// - Parameters:
    ///   - invoice: An open invoice.
    ///   - date: The review date.
    ///   - policy: The policy.
    /// - Returns: Whether ``plan(for:customer:alreadyFlagged:on:at:policy:)`` may find something about it.
    public static func needsReview(_ invoice: Invoice, on date: CivilDate, policy: StatusPolicy) -> Bool {
        switch invoice.status {
        case .promised(let promise):
            return date > policy.promiseDeadline(for: promise.date)
        case .paymentReported(let reportedOn):
            return date > reportedOn.adding(days: policy.uncreditedAfterDays)
        default:
            return isMissedInstallment(invoice, on: date, policy: policy)
        }
    }

    /// Plans the review of one customer.
    ///
    /// ```swift
    /// let review = StatusReview.plan(for: invoices, customer: customer, alreadyFlagged: [],
    ///                                on: today, at: clock.now, policy: policy)
    /// try await store.commit(review.plan.changeSet)
    /// ```
    ///
    /// - Parameters:
    ///   - invoices: All the customer's invoices (originals in a plan included).
    ///   - customer: The customer, for its collector.
    ///   - alreadyFlagged: Ids of ``ActivityKind/reportedPaymentUncredited`` activities already logged.
    ///   - date: The review date.
    ///   - timestamp: When the review runs, for the activities.
    ///   - policy: The policy.
    /// - Returns: The writes and the findings; empty when nothing is due.
    public static func plan(
        for invoices: [Invoice], customer: Customer, alreadyFlagged: Set<ActivityID>, on date: CivilDate,
        at timestamp: Date, policy: StatusPolicy
    ) -> StatusReviewPlan {
        var review = StatusReviewPlan()
        var workspace = InvoiceWorkspace(invoices.filter { $0.customerID == customer.id })
        let draft = ActivityDraft(
            baseID: "", timestamp: timestamp, performedBy: .system, customerID: customer.id, kind: .statusChange,
            channel: nil,
            snapshot: CustomerSnapshot(invoices: invoices, customer: customer.id, asOf: date, stages: policy.stages),
            nextActionDate: nil, amount: nil, comment: nil)
        func log(_ id: String, _ kind: ActivityKind, _ transitions: [LoggedTransition], comment: String, amount: Money?)
        {
            var entry = draft
            entry.baseID = id
            entry.kind = kind
            entry.comment = comment
            entry.amount = amount
            review.plan.activities += entry.activities(for: transitions)
        }

        for invoice in workspace.all {
            guard case .promised(let promise) = invoice.status, date > policy.promiseDeadline(for: promise.date),
                let after = try? invoice.applying(.breakPromise)
            else { continue }
            workspace.set(after)
            log(
                "review/promise-broken/\(invoice.id)/\(promise.date)", .promiseBroken, [(invoice.status, after)],
                comment: "Promised for \(promise.date); not met by \(policy.promiseDeadline(for: promise.date)).",
                amount: promise.amount)
            review.findings.append(.promiseBroken(invoice.id, customer: customer.id, promise: promise))
        }

        for invoice in workspace.all {
            guard case .paymentReported(let reportedOn) = invoice.status,
                date > reportedOn.adding(days: policy.uncreditedAfterDays)
            else { continue }
            let id = "review/uncredited/\(invoice.id)/\(reportedOn)"
            guard !alreadyFlagged.contains(ActivityID(id)) else { continue }
            workspace.set(invoice)
            log(
                id, .reportedPaymentUncredited, [(invoice.status, invoice)],
                comment:
                    "Payment reported for \(reportedOn) still not credited after \(policy.uncreditedAfterDays) days.",
                amount: nil)
            if let collectorID = customer.collectorID {
                review.plan.tasks.append(
                    FollowUpTask(
                        id: TaskID(id), customerID: customer.id, invoiceIDs: [invoice.id],
                        assignee: .collector(collectorID), dueDate: date, kind: .followUp,
                        reason: "Check the payment the customer reported for \(reportedOn): still not credited",
                        createdAt: timestamp))
            }
            review.findings.append(
                .reportedPaymentUncredited(invoice.id, customer: customer.id, reportedOn: reportedOn))
        }

        var defaulted: Set<String> = []
        for invoice in workspace.all where isMissedInstallment(invoice, on: date, policy: policy) {
            guard let agreementID = invoice.customFields[PaymentPlan.agreementField], !defaulted.contains(agreementID),
                !PaymentPlanLedger.originals(of: agreementID, in: workspace.all).isEmpty,
                let result = try? PaymentPlanLedger.default(agreementID, in: &workspace)
            else { continue }
            defaulted.insert(agreementID)
            let reason = "Installment \(invoice.number) due \(invoice.dueDate) was missed."
            log(
                "plan/\(agreementID)/defaulted", .paymentPlanDefaulted, result.originals,
                comment: "Payment plan \(agreementID) defaulted. \(reason) The invoices are owed again.", amount: nil)
            log(
                "plan/\(agreementID)/defaulted/installments", .paymentPlanDefaulted, result.installments,
                comment: "Payment plan \(agreementID) defaulted. \(reason) Open installments cancelled.", amount: nil)
            review.findings.append(
                .paymentPlanDefaulted(agreementID: agreementID, customer: customer.id, missedInstallment: invoice.id))
        }

        review.plan.invoiceChanges = workspace.changes
        return review
    }

    private static func isMissedInstallment(_ invoice: Invoice, on date: CivilDate, policy: StatusPolicy) -> Bool {
        invoice.kind == .installment && invoice.customFields[PaymentPlan.agreementField] != nil && invoice.isOpen
            && !invoice.status.holdsAutomaticReminders && date > invoice.dueDate.adding(days: policy.planGraceDays)
    }
}
