import Foundation

extension CollectionEngine {
    /// Plans the day's cadence and carries the plan into one unit of work: every message rendered and
    /// recorded in the outbox under its key, every task and action item, and one
    /// ``ActivityKind/cadenceStep`` activity per (invoice, step) carried out — so the steps are done, ever,
    /// exactly when their messages are recorded.
    func planCadence(on date: CivilDate, state: EngineState) async throws -> StagePlan {
        var plan = StagePlan(stage: .cadence)
        guard calendar.isBusinessDay(date) else { return plan }
        let done = try await completedSteps(state: state)
        let portfolio = CadencePortfolio(
            customers: state.customers, invoices: state.openInvoices,
            portfolioStages: portfolioStages(state: state, on: date), completedSteps: done.steps,
            lastAutomaticMessage: done.lastMessage)
        let cadence = CadencePlanner.plan(portfolio: portfolio, policy: policy.cadence, calendar: calendar, on: date)
        plan.skipped = cadence.skips.map(RunSkip.init)
        guard !cadence.isEmpty else { return plan }

        let lookup = PlanLookup(cadence, state: state)
        let now = clock.now
        var recorded: Set<IdempotencyKey> = []
        func record(_ steps: [PlannedStep], customer: CustomerID, channel: Channel?, by key: IdempotencyKey) {
            for step in steps where recorded.insert(step.idempotencyKey).inserted {
                plan.changes.append(
                    Activity(
                        id: ActivityID(step.idempotencyKey.rawValue), timestamp: now, performedBy: .system,
                        customerID: customer, invoiceIDs: [step.invoiceID], kind: .cadenceStep, channel: channel,
                        comment: key.rawValue, cadenceStepID: step.stepID))
            }
        }

        // Each customer's first action item, found once rather than by a scan of the actions per message.
        var actions: [CustomerID: CollectionAction] = [:]
        for action in cadence.actions where actions[action.customerID] == nil {
            actions[action.customerID] = action.action
        }
        for message in cadence.messages {
            guard let customer = lookup.customers[message.customerID] else { continue }
            let action = actions[message.customerID]
            do {
                let rendered = try renderer.render(
                    family: message.templateFamily, channel: message.channel,
                    context: lookup.context(
                        customer: customer, contact: message.addressee.contact, invoices: message.invoiceIDs,
                        others: message.contextInvoiceIDs, collectorID: message.collectorID, action: action,
                        date: date, company: policy.company))
                let outgoing = rendered.outgoingMessage(to: [message.addressee.address])
                plan.changes.enqueue(OutboxEntry(key: message.key, message: outgoing, createdAt: now))
                record(message.steps, customer: message.customerID, channel: message.channel, by: message.key)
                plan.messages.append(
                    (
                        message.key,
                        RunMessage(
                            customerID: message.customerID, channel: message.channel, stage: message.stage,
                            invoiceIDs: message.invoiceIDs, to: outgoing.to)
                    ))
            } catch {
                plan.skipped.append(
                    RunSkip(
                        customerID: message.customerID, invoiceID: message.invoiceIDs.first,
                        stepID: message.leadStepID,
                        reason: "the \(message.channel.rawValue) message could not be written: \(error.description)"))
            }
        }

        // Each kind's title once (Foundation's `capitalized` is slow per task).
        let titles = Dictionary(uniqueKeysWithValues: TaskKind.allCases.map { ($0, $0.rawValue.capitalized) })
        for task in cadence.tasks {
            guard let customer = lookup.customers[task.customerID] else { continue }
            let title = titles[task.kind] ?? task.kind.rawValue.capitalized
            let reason = taskReason(task, title: title, customer: customer, lookup: lookup, date: date)
            let stored = task.followUpTask(reason: reason, createdAt: now)
            plan.changes.upsert(stored)
            record(task.steps, customer: task.customerID, channel: task.channel, by: task.key)
            plan.tasks.append(RunTask(stored))
        }

        for action in cadence.actions {
            let invoices = action.invoiceIDs.map(\.rawValue).joined(separator: ", ")
            let reason = "Action \(action.action.rawValue) due for invoices \(invoices) (step \(action.leadStepID))."
            let stored = action.followUpTask(reason: reason, createdAt: now)
            plan.changes.upsert(stored)
            record(action.steps, customer: action.customerID, channel: nil, by: action.key)
            plan.tasks.append(RunTask(stored))
        }
        return plan
    }

    /// The rendered phone script or letter of a task, or a plain instruction when no template fits.
    private func taskReason(
        _ task: PlannedTask, title: String, customer: Customer, lookup: PlanLookup, date: CivilDate
    ) -> String {
        let invoices = task.invoiceIDs.map(\.rawValue).joined(separator: ", ")
        let fallback =
            "\(title) \(task.addressee.contact?.name ?? customer.name) at "
            + "\(task.addressee.address) about invoices \(invoices) (\(task.stage.rawValue), step \(task.leadStepID))."
        guard
            let rendered = try? renderer.render(
                family: task.templateFamily, channel: task.channel,
                context: lookup.context(
                    customer: customer, contact: task.addressee.contact, invoices: task.invoiceIDs,
                    others: task.contextInvoiceIDs, collectorID: customer.collectorID, action: nil, date: date,
                    company: policy.company))
        else { return fallback }
        // One string of the exact size: `+` would grow the first part twice, keeping spare capacity in every
        // stored task.
        var reason = ""
        reason.reserveCapacity(fallback.utf8.count + 2 + rendered.body.utf8.count)
        reason += fallback
        reason += "\n\n"
        reason += rendered.body
        return reason
    }

    /// The (invoice, step) pairs already carried out and each customer's last automatic message day, read
    /// from the ``ActivityKind/cadenceStep`` activities.
    private func completedSteps(state: EngineState) async throws
        -> (steps: Set<CadenceStepKey>, lastMessage: [CustomerID: CivilDate])
    {
        var activities = try await store.activities(
            matching: ActivityQuery(customerIDs: state.scope, kinds: [.cadenceStep])
        ).map(\.activity)
        activities += state.plannedActivities.filter { $0.kind == .cadenceStep }
        var steps: Set<CadenceStepKey> = []
        steps.reserveCapacity(activities.count)
        var lastMessage: [CustomerID: CivilDate] = [:]
        for activity in activities {
            if let key = CadenceStepKey(IdempotencyKey(activity.id.rawValue)) { steps.insert(key) }
            guard let comment = activity.comment, comment.hasPrefix(IdempotencyKey.cadenceMessageKeyStart),
                let day = try? CivilDate(iso: String(comment.suffix(10)))
            else { continue }
            if let known = lastMessage[activity.customerID], known >= day { continue }
            lastMessage[activity.customerID] = day
        }
        return (steps, lastMessage)
    }

    /// Each customer's portfolio stage, computed only when some step has a portfolio-stage condition.
    private func portfolioStages(state: EngineState, on date: CivilDate) -> [CustomerID: PortfolioStage] {
        let needed = policy.cadence.tiers.values.contains { cadence in
            cadence.steps.contains { $0.conditions?.portfolioStages != nil }
        }
        guard needed else { return [:] }
        var stages: [CustomerID: PortfolioStage] = [:]
        var start = state.openInvoices.startIndex
        while start < state.openInvoices.endIndex {
            let customerID = state.openInvoices[start].customerID
            var end = start
            while end < state.openInvoices.endIndex, state.openInvoices[end].customerID == customerID { end += 1 }
            let stage = policy.status.stages.stage(ofCustomer: Array(state.openInvoices[start..<end]), asOf: date)
            if let known = stages[customerID], known > stage {
                start = end
                continue
            }
            stages[customerID] = stage
            start = end
        }
        return stages
    }
}

/// The customers, collectors and invoices a cadence plan names, found with one pass over the state.
struct PlanLookup {
    /// The customers with something planned.
    var customers: [CustomerID: Customer]
    /// Their open invoices.
    var invoices: [InvoiceID: Invoice]
    /// Every collector.
    var collectors: [CollectorID: Collector]

    init(_ plan: CadencePlan, state: EngineState) {
        var ids = Set(plan.messages.map(\.customerID))
        ids.formUnion(plan.tasks.map(\.customerID))
        customers = state.customers(ids)
        var invoices: [InvoiceID: Invoice] = [:]
        var current: CustomerID?
        var wanted = false
        for invoice in state.openInvoices {
            if invoice.customerID != current {
                current = invoice.customerID
                wanted = ids.contains(invoice.customerID)
            }
            if wanted { invoices[invoice.id] = invoice }
        }
        self.invoices = invoices
        collectors = Dictionary(state.collectors.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    }

    /// The template values of one planned contact.
    func context(
        customer: Customer, contact: Contact?, invoices ids: [InvoiceID], others: [InvoiceID],
        collectorID: CollectorID?, action: CollectionAction?, date: CivilDate, company: CompanyProfile
    ) -> MessageContext {
        MessageContext(
            customer: customer, contact: contact, invoices: ids.compactMap { invoices[$0] },
            otherOverdueInvoices: others.compactMap { invoices[$0] },
            collector: (collectorID ?? customer.collectorID).flatMap { collectors[$0] }, company: company,
            action: action?.rawValue, today: date, locale: contact?.locale)
    }
}
