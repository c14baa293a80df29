/// The work of ``CadencePlanner/plan(portfolio:policy:calendar:on:)`` on a business day: group the
/// invoices by customer once, find each invoice's due step, then build each customer's contacts.
struct CadencePlanning {
    /// An (invoice, step) pair due today, by index.
    private struct Pending {
        var invoice: Int
        var step: Int
        var nominal: Int
    }

    /// A channel and addressee resolved for one step of the current customer.
    private struct Resolution {
        var channel: Channel
        var addressee: CadenceAddressee
        var taskKind: TaskKind?
    }

    private let portfolio: CadencePortfolio
    private let policy: CadencePolicy
    private let today: Int
    private let isoDate: String
    private(set) var plan: CadencePlan

    // Scratch buffers reused across customers.
    private var pending: [Pending] = []
    private var overdue: [Int] = []
    private var resolved: [Resolution?] = []
    private var isResolved: [Bool] = []

    init(portfolio: CadencePortfolio, policy: CadencePolicy, date: CivilDate) {
        self.portfolio = portfolio
        self.policy = policy
        self.today = date.daysSinceEpoch
        self.isoDate = date.formatted(.iso)
        self.plan = CadencePlan(date: date, isBusinessDay: true)
    }

    mutating func run() {
        let customers = portfolio.customers
        let invoices = portfolio.invoices
        var customerIndex: [CustomerID: Int] = [:]
        customerIndex.reserveCapacity(customers.count)
        for index in customers.indices.reversed() { customerIndex[customers[index].id] = index }

        // Group the open receivables by customer once (a counting sort, stable in input order).
        var owner = [Int32](repeating: -1, count: invoices.count)
        var starts = [Int](repeating: 0, count: customers.count + 1)
        for index in invoices.indices {
            guard invoices[index].kind != .creditNote, invoices[index].balance.minorUnits > 0,
                !invoices[index].status.isClosed
            else { continue }
            guard let customer = customerIndex[invoices[index].customerID] else {
                plan.skips.append(
                    CadenceSkip(
                        customerID: invoices[index].customerID, invoiceID: invoices[index].id, stepID: nil,
                        reason: .unknownCustomer))
                continue
            }
            owner[index] = Int32(customer)
            starts[customer + 1] += 1
        }
        for customer in customers.indices { starts[customer + 1] += starts[customer] }
        var order = [Int](repeating: 0, count: starts[customers.count])
        var next = starts
        for index in invoices.indices where owner[index] >= 0 {
            let customer = Int(owner[index])
            order[next[customer]] = index
            next[customer] += 1
        }

        var compiled: [RiskTier: CompiledCadence] = [:]
        for (tier, cadence) in policy.tiers { compiled[tier] = CompiledCadence(cadence) }

        for customer in customers.indices where starts[customer] < starts[customer + 1] {
            let tier = customers[customer].effectiveRiskTier ?? policy.defaultTier
            guard let cadence = compiled[tier] else {
                plan.skips.append(
                    CadenceSkip(
                        customerID: customers[customer].id, invoiceID: nil, stepID: nil,
                        reason: .noCadenceForTier(tier: tier)))
                continue
            }
            planCustomer(customers[customer], cadence, order[starts[customer]..<starts[customer + 1]])
        }
    }

    // MARK: - One customer

    private mutating func planCustomer(_ customer: Customer, _ cadence: CompiledCadence, _ indices: ArraySlice<Int>) {
        findDueSteps(customer, cadence, indices)
        guard !pending.isEmpty else { return }
        resolved.removeAll(keepingCapacity: true)
        resolved.append(contentsOf: repeatElement(nil, count: cadence.steps.count))
        isResolved.removeAll(keepingCapacity: true)
        isResolved.append(contentsOf: repeatElement(false, count: cadence.steps.count))

        var automatic: [Pending] = []
        var human: [Pending] = []
        var actions: [Pending] = []
        let blocked = automaticBlock(customer, cadence)
        for item in pending {
            let step = cadence.steps[item.step]
            let isAction = step.stage == .action && step.action != nil
            guard let resolution = resolve(item.step, cadence, customer) else {
                if isAction {
                    actions.append(item)
                } else {
                    skip(customer, item, cadence, .noReachableChannel)
                }
                continue
            }
            if resolution.taskKind != nil {
                human.append(item)
                if isAction { actions.append(item) }
            } else if let blocked {
                if case .vip = blocked, isAction {
                    actions.append(item)
                } else {
                    skip(customer, item, cadence, blocked)
                }
            } else {
                automatic.append(item)
                if isAction { actions.append(item) }
            }
        }
        if !automatic.isEmpty { addMessage(customer, cadence, automatic) }
        if !human.isEmpty { addTasks(customer, cadence, human) }
        if !actions.isEmpty { addActions(customer, cadence, actions) }
    }

    /// Fills `pending` with the customer's (invoice, step) pairs due today and `overdue` with its invoices
    /// that are overdue and may be reminded; records skips for due steps that are held.
    private mutating func findDueSteps(_ customer: Customer, _ cadence: CompiledCadence, _ indices: ArraySlice<Int>) {
        pending.removeAll(keepingCapacity: true)
        overdue.removeAll(keepingCapacity: true)
        let invoices = portfolio.invoices
        let completed = portfolio.completedSteps
        let timings = cadence.timings
        var customerStages: UInt8 = 0
        if cadence.needsPortfolioStage, let stage = portfolio.portfolioStages[customer.id] {
            customerStages = CompiledCadence.bit(of: stage)
        }
        let excluded = customer.isExcludedFromAutomation
        let minimumBalance = policy.minimumBalance
        for index in indices {
            let due = invoices[index].dueDate.daysSinceEpoch
            let issue = invoices[index].issueDate.daysSinceEpoch
            let held = invoices[index].status.holdsAutomaticReminders
            let below = !minimumBalance.isEmpty && invoices[index].balance.isBelow(minimumBalance)
            if !held && !below && today > due { overdue.append(index) }

            var best = -1
            var bestNominal = Int.min
            var bestSeverity = -1
            for step in timings.indices {
                let nominal = (timings[step].onIssue ? issue : due) + timings[step].offset
                guard nominal <= today else { continue }
                let severity = timings[step].severity
                guard nominal > bestNominal || (nominal == bestNominal && severity >= bestSeverity) else { continue }
                if !timings[step].minimumBalance.isEmpty
                    && invoices[index].balance.isBelow(timings[step].minimumBalance)
                {
                    continue
                }
                if let mask = timings[step].stageMask, mask & customerStages == 0 { continue }
                best = step
                bestNominal = nominal
                bestSeverity = severity
            }
            guard best >= 0 else { continue }
            if !completed.isEmpty
                && completed.contains(CadenceStepKey(invoiceID: invoices[index].id, stepID: cadence.steps[best].id))
            {
                continue
            }
            let item = Pending(invoice: index, step: best, nominal: bestNominal)
            if excluded {
                skip(customer, item, cadence, .excludedFromAutomation)
            } else if held {
                skip(customer, item, cadence, .statusHoldsReminders(status: invoices[index].status.kind))
            } else if below {
                skip(customer, item, cadence, .belowMinimumBalance)
            } else if timings[best].isPreDue && today > due {
                skip(customer, item, cadence, .dueDatePassed)
            } else {
                pending.append(item)
            }
        }
    }

    /// Why the customer's automatic messages cannot go today, if they cannot.
    private func automaticBlock(_ customer: Customer, _ cadence: CompiledCadence) -> CadenceSkipReason? {
        if customer.isVIP { return .vip }
        guard policy.minimumGapDays > 0, let last = portfolio.lastAutomaticMessage[customer.id] else { return nil }
        let nextAllowed = last.adding(days: policy.minimumGapDays)
        guard nextAllowed.daysSinceEpoch > today else { return nil }
        return .minimumGap(lastMessageOn: last, nextAllowedOn: nextAllowed)
    }

    private mutating func skip(
        _ customer: Customer, _ item: Pending, _ cadence: CompiledCadence, _ reason: CadenceSkipReason
    ) {
        plan.skips.append(
            CadenceSkip(
                customerID: customer.id, invoiceID: portfolio.invoices[item.invoice].id,
                stepID: cadence.steps[item.step].id, reason: reason))
    }

    // MARK: - Channel and contact

    private mutating func resolve(_ step: Int, _ cadence: CompiledCadence, _ customer: Customer) -> Resolution? {
        if isResolved[step] { return resolved[step] }
        let resolution = Self.resolve(cadence.steps[step], customer)
        resolved[step] = resolution
        isResolved[step] = true
        return resolution
    }

    /// The first contact in the role's fallback chain with an address on one of the step's channels.
    private static func resolve(_ step: CadenceStep, _ customer: Customer) -> Resolution? {
        let postal = customer.postalAddress.flatMap { $0.isEmpty ? nil : $0 }
        let contacts = fallbackRoles(step.contactRole).compactMap { customer.contact(withRole: $0) }
        for contact in contacts {
            var channels = step.channels
            if let preferred = contact.preferredChannel, let position = channels.firstIndex(of: preferred) {
                channels.remove(at: position)
                channels.insert(preferred, at: 0)
            }
            for channel in channels {
                let address = channel == .letter || channel == .visit ? postal : contact.address(for: channel)
                guard let address, !address.isEmpty else { continue }
                return Resolution(
                    channel: channel,
                    addressee: CadenceAddressee(contact: contact, requestedRole: step.contactRole, address: address),
                    taskKind: taskKind(channel, step))
            }
        }
        guard contacts.isEmpty, let postal,
            let channel = step.channels.first(where: { $0 == .letter || $0 == .visit })
        else { return nil }
        return Resolution(
            channel: channel,
            addressee: CadenceAddressee(contact: nil, requestedRole: step.contactRole, address: postal),
            taskKind: taskKind(channel, step))
    }

    private static func fallbackRoles(_ role: ContactRole) -> [ContactRole] {
        switch role {
        case .billing: return [.billing, .escalation, .owner]
        case .escalation: return [.escalation, .owner, .billing]
        case .owner: return [.owner, .escalation, .billing]
        }
    }

    /// The task a person must do for a channel, or `nil` when the system sends it.
    private static func taskKind(_ channel: Channel, _ step: CadenceStep) -> TaskKind? {
        switch channel {
        case .phoneCall: return .call
        case .visit: return .visit
        case .letter: return step.signed ? .letter : nil
        case .email, .whatsApp, .sms: return nil
        }
    }

    // MARK: - Building the plan

    /// The item that leads a group: the most severe, then the latest-triggered, then the later step.
    private static func lead(of items: [Pending], _ cadence: CompiledCadence) -> Pending {
        var lead = items[0]
        for item in items.dropFirst() {
            let severity = cadence.timings[item.step].severity
            let leadSeverity = cadence.timings[lead.step].severity
            if severity > leadSeverity
                || (severity == leadSeverity && (item.nominal, item.step) > (lead.nominal, lead.step))
            {
                lead = item
            }
        }
        return lead
    }

    private func plannedSteps(_ items: [Pending], _ cadence: CompiledCadence) -> [PlannedStep] {
        items.map { item in
            PlannedStep(
                key: CadenceStepKey(
                    invoiceID: portfolio.invoices[item.invoice].id, stepID: cadence.steps[item.step].id),
                stage: cadence.steps[item.step].stage)
        }
    }

    private func context(excluding items: [Pending]) -> [InvoiceID] {
        overdue.filter { index in !items.contains { $0.invoice == index } }.map { portfolio.invoices[$0].id }
    }

    private mutating func addMessage(_ customer: Customer, _ cadence: CompiledCadence, _ items: [Pending]) {
        let lead = Self.lead(of: items, cadence)
        guard let resolution = resolved[lead.step] else { return }
        let step = cadence.steps[lead.step]
        plan.messages.append(
            PlannedMessage(
                key: .cadenceMessage(customerID: customer.id, channel: resolution.channel, isoDate: isoDate),
                customerID: customer.id, collectorID: customer.collectorID, channel: resolution.channel,
                addressee: resolution.addressee, stage: step.stage, templateFamily: step.template, sender: step.sender,
                leadStepID: step.id, steps: plannedSteps(items, cadence), contextInvoiceIDs: context(excluding: items)))
    }

    private mutating func addTasks(_ customer: Customer, _ cadence: CompiledCadence, _ items: [Pending]) {
        let assignee = customer.collectorID.map(TaskAssignee.collector) ?? .role(policy.unassignedRole)
        for kind in [TaskKind.call, .visit, .letter] {
            let group = items.filter { resolved[$0.step]?.taskKind == kind }
            guard !group.isEmpty else { continue }
            let lead = Self.lead(of: group, cadence)
            guard let resolution = resolved[lead.step] else { continue }
            let step = cadence.steps[lead.step]
            plan.tasks.append(
                PlannedTask(
                    key: .cadenceTask(customerID: customer.id, kind: kind, isoDate: isoDate), customerID: customer.id,
                    assignee: assignee, kind: kind, dueDate: plan.date, channel: resolution.channel,
                    addressee: resolution.addressee, stage: step.stage, templateFamily: step.template,
                    sender: step.sender, leadStepID: step.id, steps: plannedSteps(group, cadence),
                    contextInvoiceIDs: context(excluding: group)))
        }
    }

    private mutating func addActions(_ customer: Customer, _ cadence: CompiledCadence, _ items: [Pending]) {
        for action in CollectionAction.allCases {
            let group = items.filter { cadence.steps[$0.step].action == action }
            guard !group.isEmpty else { continue }
            let lead = Self.lead(of: group, cadence)
            plan.actions.append(
                PlannedAction(
                    key: .cadenceAction(customerID: customer.id, action: action, isoDate: isoDate),
                    customerID: customer.id, collectorID: customer.collectorID, action: action,
                    assignee: .role(policy.actionsRole), dueDate: plan.date, leadStepID: cadence.steps[lead.step].id,
                    steps: plannedSteps(group, cadence)))
        }
    }
}
