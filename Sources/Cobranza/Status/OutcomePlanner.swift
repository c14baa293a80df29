/// Turns a collector's contact outcome into a ``StatusPlan``: a pure function of the outcome, the request,
/// the invoices as read, and the context.
///
/// The side effects of each outcome:
/// - **promise to pay** — each invoice → promised (``CollectionEvent/promise(_:)``); a promised amount is
///   spread over the invoices oldest due first (an invoice it covers whole is promised whole, one it covers
///   in part is promised that part, one it does not reach keeps its status); next action: the date.
/// - **no commitment** — status unchanged; a ``TaskKind/followUp`` task for the collector on the first
///   business day on or after today + N days; next action: that day.
/// - **says it paid** — each invoice → payment reported on the date it names; next action: the day it will
///   be flagged if still not credited.
/// - **dispute** — each invoice → disputed with the department and reason; a
///   ``TaskKind/resolveDispute`` task for the department, due in
///   ``StatusPolicy/disputeResolutionBusinessDays`` business days; next action: that day.
/// - **unreachable** — status unchanged; the statement of the invoices emailed to the customer's billing
///   contact (or the first contact with an email) through the outbox, keyed `<outcomeID>/statement`; a
///   ``TaskKind/call`` task later today or the next business day; next action: that day.
///
/// Every outcome logs one activity per group of invoices sharing their previous and new status, with the
/// collector, channel, comment, overdue balance, days late and portfolio stage before the contact. Every
/// named invoice is written back with a conditional update, so a concurrent change makes the commit fail
/// rather than log an outcome about a state that no longer holds.
public enum OutcomePlanner {
    /// Plans an outcome.
    ///
    /// ```swift
    /// let request = OutcomeRequest(invoiceIDs: ["FA-1", "FA-2"], collectorID: "ana", timestamp: clock.now,
    ///                              comment: "Pagará el viernes")
    /// let plan = try OutcomePlanner.plan(.promiseToPay(date: friday), request: request, invoices: invoices,
    ///                                    customer: customer, collector: ana, departments: [], context: context)
    /// ```
    ///
    /// - Parameters:
    ///   - outcome: The outcome.
    ///   - request: Who, when, which invoices, channel, comment.
    ///   - invoices: The named invoices and all the customer's invoices (for balances and the statement).
    ///   - customer: The customer of the invoices.
    ///   - collector: The collector, to sign the statement.
    ///   - departments: The departments that exist, to route a dispute.
    ///   - context: Policy, calendar, time zone, composer.
    /// - Returns: The plan.
    /// - Throws: ``StatusError`` (nothing is planned), or the composer's error.
    public static func plan(
        _ outcome: ContactOutcome, request: OutcomeRequest, invoices: [Invoice], customer: Customer,
        collector: Collector?, departments: Set<DepartmentID>, context: StatusContext
    ) throws -> StatusPlan {
        let selected = try InvoiceSelection.select(request.invoiceIDs, from: invoices)
        if let first = selected.first, first.customerID != customer.id {
            throw StatusError.invoicesOfDifferentCustomers(first.id, customer: first.customerID, expected: customer.id)
        }
        let today = context.today(at: request.timestamp)
        let policy = context.policy
        var plan = StatusPlan()
        var events: [InvoiceID: CollectionEvent] = [:]
        var nextActionDate: CivilDate?
        var amount: Money?
        var comment = request.comment

        switch outcome {
        case .promiseToPay(let date, let promisedAmount):
            guard date >= today else { throw StatusError.promiseDateInPast(promised: date, today: today) }
            events = try promiseEvents(date: date, amount: promisedAmount, invoices: selected)
            nextActionDate = date
            amount = promisedAmount
        case .noCommitment(let days):
            let days = days ?? policy.followUpDays
            guard days >= 1 else { throw StatusError.invalidFollowUpDays(days) }
            let due = context.calendar.nextBusinessDay(onOrAfter: today.adding(days: days))
            plan.tasks.append(
                FollowUpTask(
                    id: TaskID("\(request.outcomeID)/follow-up"), customerID: customer.id,
                    invoiceIDs: selected.map(\.id), assignee: .collector(request.collectorID), dueDate: due,
                    kind: .followUp, reason: "Follow up: the customer made no payment commitment",
                    createdAt: request.timestamp))
            nextActionDate = due
        case .saysItPaid(let date):
            guard date <= today else { throw StatusError.reportedDateInFuture(reported: date, today: today) }
            for invoice in selected { events[invoice.id] = .reportPayment(on: date) }
            nextActionDate = date.adding(days: policy.uncreditedAfterDays + 1)
        case .dispute(let departmentID, let reason):
            guard departments.contains(departmentID) else { throw StatusError.unknownDepartment(departmentID) }
            let dispute = Dispute(departmentID: departmentID, reason: reason, openedOn: today)
            for invoice in selected { events[invoice.id] = .openDispute(dispute) }
            let due = context.calendar.adding(businessDays: policy.disputeResolutionBusinessDays, to: today)
            plan.tasks.append(
                FollowUpTask(
                    id: TaskID("\(request.outcomeID)/dispute"), customerID: customer.id,
                    invoiceIDs: selected.map(\.id), assignee: .department(departmentID), dueDate: due,
                    kind: .resolveDispute, reason: "Resolve the customer's dispute: \(reason)",
                    createdAt: request.timestamp))
            nextActionDate = due
        case .unreachable(let callAgain):
            let due = (callAgain ?? policy.callAgain).date(after: today, calendar: context.calendar)
            plan.tasks.append(
                FollowUpTask(
                    id: TaskID("\(request.outcomeID)/call-back"), customerID: customer.id,
                    invoiceIDs: selected.map(\.id), assignee: .collector(request.collectorID), dueDate: due,
                    kind: .call, reason: "Call again: the customer could not be reached",
                    createdAt: request.timestamp))
            nextActionDate = due
            let open = selected.filter(\.isOpen)
                .sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
            let contact =
                customer.contacts.first { $0.role == .billing && $0.email?.isEmpty == false }
                ?? customer.contacts.first { $0.email?.isEmpty == false }
            if let contact, !open.isEmpty {
                let message = try context.composer.composeStatement(
                    StatementRequest(
                        customer: customer, contact: contact, invoices: open, collector: collector, asOf: today,
                        locale: contact.locale ?? policy.defaultLocale, purpose: "unreachable_statement"))
                plan.outboxEntries.append(
                    OutboxEntry(
                        key: IdempotencyKey("\(request.outcomeID)/statement"), message: message,
                        createdAt: request.timestamp))
            } else {
                let note = open.isEmpty ? "no open invoice to send" : "no email address on file"
                comment = [comment, "Statement not emailed: \(note)."].compactMap { $0 }.joined(separator: " ")
            }
        }

        var transitions: [(before: CollectionStatus?, after: Invoice)] = []
        for invoice in selected {
            let after = try invoice.applying(events[invoice.id] ?? .contact)
            plan.invoiceChanges.append(.update(after, expected: invoice))
            transitions.append((invoice.status, after))
        }
        let draft = ActivityDraft(
            baseID: request.outcomeID, timestamp: request.timestamp, performedBy: .collector(request.collectorID),
            customerID: customer.id, kind: outcome.activityKind, channel: request.channel,
            snapshot: CustomerSnapshot(
                invoices: invoices, customer: customer.id, asOf: today, stages: policy.stages),
            nextActionDate: nextActionDate, amount: amount, comment: comment)
        plan.activities = draft.activities(for: transitions)
        return plan
    }

    /// Spreads a promise over the invoices: whole when no amount is named; otherwise oldest due first.
    private static func promiseEvents(date: CivilDate, amount: Money?, invoices: [Invoice]) throws(StatusError)
        -> [InvoiceID: CollectionEvent]
    {
        guard let amount else {
            return Dictionary(uniqueKeysWithValues: invoices.map { ($0.id, .promise(PaymentPromise(date: date))) })
        }
        guard amount.isPositive else { throw .nonPositiveAmount(field: "amount") }
        for invoice in invoices where invoice.currency != amount.currency {
            throw .currencyMismatch(field: "amount", expected: invoice.currency, found: amount.currency)
        }
        let total = invoices.reduce(Int64(0)) { $0 + $1.balance.minorUnits }
        guard amount.minorUnits <= total else { throw .promiseExceedsBalance }
        var remaining = amount.minorUnits
        var events: [InvoiceID: CollectionEvent] = [:]
        for invoice in invoices.sorted(by: { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }) {
            let part = Swift.min(remaining, invoice.balance.minorUnits)
            remaining -= part
            if part == 0 {
                events[invoice.id] = .contact
            } else if part == invoice.balance.minorUnits {
                events[invoice.id] = .promise(PaymentPromise(date: date))
            } else {
                events[invoice.id] = .promise(
                    PaymentPromise(date: date, amount: Money(minorUnits: part, currency: amount.currency)))
            }
        }
        return events
    }
}
