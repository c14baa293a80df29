/// The work of ``CadencePlanner/plan(portfolio:policy:calendar:on:)`` on a business day: one sequential pass
/// over the invoices finds each one's due step (reading them in order, so memory is read once, front to
/// back); what is due is then grouped by customer once and each such customer's contacts are built.
struct CadencePlanning {
    /// An invoice with the step due today (or, with step -1, an overdue invoice), by index.
    private struct Due {
        var invoice: Int
        var customer: Int
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
    private var pending: [Due] = []
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
        let completed = portfolio.completedSteps
        let minimumBalance = policy.minimumBalance

        // Each customer once: its index, its compiled cadence, its portfolio stage bit, its exclusion.
        var customerIndex: [CustomerID: Int] = [:]
        customerIndex.reserveCapacity(customers.count)
        for index in customers.indices.reversed() { customerIndex[customers[index].id] = index }
        var cadences: [CompiledCadence] = []
        var cadenceOfTier: [RiskTier: Int] = [:]
        for (tier, cadence) in policy.tiers {
            cadenceOfTier[tier] = cadences.count
            cadences.append(CompiledCadence(cadence))
        }
        var cadenceOf = [Int](repeating: -1, count: customers.count)
        var stageBits = [UInt8](repeating: 0, count: customers.count)
        for index in customers.indices {
            guard let cadence = cadenceOfTier[customers[index].effectiveRiskTier ?? policy.defaultTier] else { continue }
            cadenceOf[index] = cadence
            if cadences[cadence].needsPortfolioStage, let stage = portfolio.portfolioStages[customers[index].id] {
                stageBits[index] = CompiledCadence.bit(of: stage)
            }
        }

        // One sequential pass over the invoices: find each one's due step.
        var due: [Due] = []
        var overdue: [Due] = []
        var hasDue = [Bool](repeating: false, count: customers.count)
        var reportedNoCadence = [Bool](repeating: false, count: customers.count)
        var lastCustomer = -1
        for index in invoices.indices {
            let status = invoices[index].status.kind
            guard invoices[index].kind != .creditNote, invoices[index].balance.minorUnits > 0, !status.isClosed
            else { continue }
            let customer: Int
            if lastCustomer >= 0 && customers[lastCustomer].id == invoices[index].customerID {
                customer = lastCustomer
            } else if let found = customerIndex[invoices[index].customerID] {
                customer = found
                lastCustomer = found
            } else {
                plan.skips.append(
                    CadenceSkip(
                        customerID: invoices[index].customerID, invoiceID: invoices[index].id, stepID: nil,
                        reason: .unknownCustomer))
                continue
            }
            let cadenceIndex = cadenceOf[customer]
            guard cadenceIndex >= 0 else {
                if !reportedNoCadence[customer] {
                    reportedNoCadence[customer] = true
                    plan.skips.append(
                        CadenceSkip(
                            customerID: customers[customer].id, invoiceID: nil, stepID: nil,
                            reason: .noCadenceForTier(tier: customers[customer].effectiveRiskTier ?? policy.defaultTier)))
                }
                continue
            }
            let dueDay = invoices[index].dueDate.daysSinceEpoch
            let held = status.holdsAutomaticReminders
            let below = !minimumBalance.isEmpty && invoices[index].balance.isBelow(minimumBalance)
            if !held && !below && today > dueDay {
                overdue.append(Due(invoice: index, customer: customer, step: -1, nominal: 0))
            }
            let timings = cadences[cadenceIndex].timings
            let issueDay = invoices[index].issueDate.daysSinceEpoch
            let stages = stageBits[customer]
            var best = -1
            var bestNominal = Int.min
            var bestSeverity = -1
            for step in timings.indices {
                let nominal = (timings[step].onIssue ? issueDay : dueDay) + timings[step].offset
                guard nominal <= today else { continue }
                let severity = timings[step].severity
                guard nominal > bestNominal || (nominal == bestNominal && severity >= bestSeverity) else { continue }
                if !timings[step].minimumBalance.isEmpty
                    && invoices[index].balance.isBelow(timings[step].minimumBalance)
                {
                    continue
                }
                if let mask = timings[step].stageMask, mask & stages == 0 { continue }
                best = step
                bestNominal = nominal
                bestSeverity = severity
            }
            guard best >= 0 else { continue }
            let steps = cadences[cadenceIndex].steps
            if !completed.isEmpty
                && completed.contains(CadenceStepKey(invoiceID: invoices[index].id, stepID: steps[best].id))
            {
                continue
            }
            let item = Due(invoice: index, customer: customer, step: best, nominal: bestNominal)
            if customers[customer].isExcludedFromAutomation {
                skip(item, steps, .excludedFromAutomation)
            } else if held {
                skip(item, steps, .statusHoldsReminders(status: status))
            } else if below {
                skip(item, steps, .belowMinimumBalance)
            } else if timings[best].isPreDue && today > dueDay {
                skip(item, steps, .dueDatePassed)
            } else {
                due.append(item)
                hasDue[customer] = true
            }
        }
        guard !due.isEmpty else { return }

        // Group what is due, and the overdue invoices of those customers, by customer (stable counting sorts).
        let dueRanges = Self.group(&due, customers: customers.count) { _ in true }
        let overdueRanges = Self.group(&overdue, customers: customers.count) { hasDue[$0.customer] }
        for customer in customers.indices where hasDue[customer] {
            let cadence = cadences[cadenceOf[customer]]
            pending = Array(due[dueRanges[customer]..<dueRanges[customer + 1]])
            self.overdue = overdue[overdueRanges[customer]..<overdueRanges[customer + 1]].map(\.invoice)
            planCustomer(customers[customer], cadence)
        }
    }

    /// Sorts the entries kept by `keep` by customer, stably, dropping the others; returns each customer's start
    /// offset (with the end as a last element).
    private static func group(_ entries: inout [Due], customers: Int, keep: (Due) -> Bool) -> [Int] {
        var starts = [Int](repeating: 0, count: customers + 1)
        for entry in entries where keep(entry) { starts[entry.customer + 1] += 1 }
        for customer in 0..<customers { starts[customer + 1] += starts[customer] }
        var next = starts
        var sorted = [Due](repeating: Due(invoice: 0, customer: 0, step: 0, nominal: 0), count: starts[customers])
        for entry in entries where keep(entry) {
            sorted[next[entry.customer]] = entry
            next[entry.customer] += 1
        }
        entries = sorted
        return starts
    }

    private mutating func skip(_ item: Due, _ steps: [CadenceStep], _ reason: CadenceSkipReason) {
        plan.skips.append(
            CadenceSkip(
                customerID: portfolio.invoices[item.invoice].customerID, invoiceID: portfolio.invoices[item.invoice].id,
                stepID: steps[item.step].id, reason: reason))
    }

    // MARK: - One customer

    private mutating func planCustomer(_ customer: Customer, _ cadence: CompiledCadence) {
        resolved.removeAll(keepingCapacity: true)
        resolved.append(contentsOf: repeatElement(nil, count: cadence.steps.count))
        isResolved.removeAll(keepingCapacity: true)
        isResolved.append(contentsOf: repeatElement(false, count: cadence.steps.count))

        var automatic: [Due] = []
        var human: [Due] = []
        var actions: [Due] = []
        let blocked = automaticBlock(customer)
        for item in pending {
            let step = cadence.steps[item.step]
            let isAction = step.stage == .action && step.action != nil
            guard let resolution = resolve(item.step, cadence, customer) else {
                if isAction {
                    actions.append(item)
                } else {
                    skip(item, cadence.steps, .noReachableChannel)
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
                    skip(item, cadence.steps, blocked)
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

    /// Why the customer's automatic messages cannot go today, if they cannot.
    private func automaticBlock(_ customer: Customer) -> CadenceSkipReason? {
        if customer.isVIP { return .vip }
        guard policy.minimumGapDays > 0, let last = portfolio.lastAutomaticMessage[customer.id] else { return nil }
        let nextAllowed = last.adding(days: policy.minimumGapDays)
        guard nextAllowed.daysSinceEpoch > today else { return nil }
        return .minimumGap(lastMessageOn: last, nextAllowedOn: nextAllowed)
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
    private static func lead(of items: [Due], _ cadence: CompiledCadence) -> Due {
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

    private func plannedSteps(_ items: [Due], _ cadence: CompiledCadence) -> [PlannedStep] {
        items.map { item in
            PlannedStep(
                key: CadenceStepKey(
                    invoiceID: portfolio.invoices[item.invoice].id, stepID: cadence.steps[item.step].id),
                stage: cadence.steps[item.step].stage)
        }
    }

    private func context(excluding items: [Due]) -> [InvoiceID] {
        overdue.filter { index in !items.contains { $0.invoice == index } }.map { portfolio.invoices[$0].id }
    }

    private mutating func addMessage(_ customer: Customer, _ cadence: CompiledCadence, _ items: [Due]) {
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

    private mutating func addTasks(_ customer: Customer, _ cadence: CompiledCadence, _ items: [Due]) {
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

    private mutating func addActions(_ customer: Customer, _ cadence: CompiledCadence, _ items: [Due]) {
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
