/// The work of ``CadencePlanner/plan(portfolio:policy:calendar:on:)`` on a business day: one sequential pass
/// over the invoices finds each one's due step (reading them in order, so memory is read once, front to
/// back); what is due is then grouped by customer once and each such customer's contacts are built.
struct CadencePlanning {
    /// An invoice with the step due today (or, with step -1, an overdue invoice), by index.
    private struct Due {
        var invoice: Int32
        var customer: Int32
        var step: Int32
        var nominal: Int32
    }

    /// A channel and addressee resolved for one step of the current customer.
    private struct Resolution {
        var channel: Channel
        var addressee: CadenceAddressee
        var taskKind: TaskKind?
    }

    private let portfolio: CadencePortfolio
    private let policy: CadencePolicy
    private let compiled: CadenceCompilation
    private let today: Int
    /// The last business day before the plan's date: steps whose date is after it fall due today.
    private let firstNewDay: Int32
    private let isoDate: String
    private(set) var plan: CadencePlan

    // Scratch state for the customer being built.
    private var pending: [Due] = []
    private var overdue: [Int] = []
    private var resolved: [Resolution?] = []
    private var isResolved: [Bool] = []

    init(portfolio: CadencePortfolio, policy: CadencePolicy, calendar: some BusinessCalendar, date: CivilDate) {
        self.firstNewDay = Int32(clamping: calendar.previousBusinessDay(before: date).daysSinceEpoch)
        self.portfolio = portfolio
        self.policy = policy
        self.compiled = CadenceCompilation(policy.tiers)
        self.today = date.daysSinceEpoch
        self.isoDate = date.formatted(.iso)
        self.plan = CadencePlan(date: date, isBusinessDay: true)
    }

    mutating func run() {
        let customers = portfolio.customers
        let invoices = portfolio.invoices
        let completed = portfolio.completedSteps
        let minimumBalance = policy.minimumBalance
        let timings = compiled.timings
        let ranges = compiled.ranges
        let today32 = Int32(clamping: today)
        let firstNewDay = self.firstNewDay

        // Each customer once: the plain values the loop needs, next to its ID.
        var entries: [CustomerIndex.Entry] = []
        entries.reserveCapacity(customers.count)
        for index in customers.indices {
            var entry = CustomerIndex.Entry(
                id: customers[index].id, position: Int32(index), cadence: -1,
                stageBits: CadenceCompilation.unknownStage,
                isExcluded: customers[index].isExcludedFromAutomation)
            if let cadence = compiled.cadenceOfTier[customers[index].effectiveRiskTier ?? policy.defaultTier] {
                entry.cadence = Int32(cadence)
                if compiled.needsPortfolioStage[cadence], let stage = portfolio.portfolioStages[customers[index].id] {
                    entry.stageBits = CadenceCompilation.bit(of: stage)
                }
            }
            entries.append(entry)
        }
        let customerIndex = CustomerIndex(entries)
        var hasDue = [Bool](repeating: false, count: customers.count)
        var reportedNoCadence = [Bool](repeating: false, count: customers.count)

        // One sequential pass over the invoices: find each one's due step.
        var due: [Due] = []
        var overdue: [Due] = []
        var last = CustomerIndex.Entry(id: CustomerID(""), position: -1, cadence: -1, stageBits: 0, isExcluded: false)
        for index in invoices.indices {
            let status = invoices[index].status.kind
            guard invoices[index].kind != .creditNote, invoices[index].balance.minorUnits > 0, !status.isClosed
            else { continue }
            if last.position < 0 || last.id != invoices[index].customerID {
                guard let found = customerIndex.entry(for: invoices[index].customerID) else {
                    plan.skips.append(
                        CadenceSkip(
                            customerID: invoices[index].customerID, invoiceID: invoices[index].id, stepID: nil,
                            reason: .unknownCustomer))
                    continue
                }
                last = found
            }
            let customer = Int(last.position)
            guard last.cadence >= 0 else {
                if !reportedNoCadence[customer] {
                    reportedNoCadence[customer] = true
                    plan.skips.append(
                        CadenceSkip(
                            customerID: customers[customer].id, invoiceID: nil, stepID: nil,
                            reason: .noCadenceForTier(tier: customers[customer].effectiveRiskTier ?? policy.defaultTier)
                        ))
                }
                continue
            }
            let dueDay = Int32(clamping: invoices[index].dueDate.daysSinceEpoch)
            let issueDay = Int32(clamping: invoices[index].issueDate.daysSinceEpoch)
            let held = status.holdsAutomaticReminders
            let below = !minimumBalance.isEmpty && invoices[index].balance.isBelow(minimumBalance)
            if !held && !below && today32 > dueDay {
                overdue.append(Due(invoice: Int32(index), customer: Int32(customer), step: -1, nominal: 0))
            }
            var best = -1
            var bestNominal = Int32.min
            var bestSeverity: Int16 = -1
            for step in ranges[Int(last.cadence)] {
                let timing = timings[step]
                let nominal = (timing.onIssue ? issueDay : dueDay) &+ timing.offset
                guard nominal <= today32,
                    nominal > bestNominal || (nominal == bestNominal && timing.severity >= bestSeverity),
                    timing.stageMask & last.stageBits != 0
                else { continue }
                if timing.hasMinimumBalance && invoices[index].balance.isBelow(compiled.minimumBalances[step]) {
                    continue
                }
                best = step
                bestNominal = nominal
                bestSeverity = timing.severity
            }
            guard best >= 0 else { continue }
            // A step held by policy is reported only on the day it falls due (or, for a notice, the day it
            // expires), so held invoices cost no lookup and produce no skip on later days.
            let reason: CadenceSkipReason?
            if last.isExcluded || held || below {
                guard bestNominal > firstNewDay else { continue }
                reason =
                    last.isExcluded
                    ? .excludedFromAutomation : held ? .statusHoldsReminders(status: status) : .belowMinimumBalance
            } else if timings[best].isPreDue && today32 > dueDay {
                guard dueDay >= firstNewDay else { continue }
                reason = .dueDatePassed
            } else {
                reason = nil
            }
            if !completed.isEmpty
                && completed.contains(CadenceStepKey(invoiceID: invoices[index].id, stepID: compiled.steps[best].id))
            {
                continue
            }
            let item = Due(invoice: Int32(index), customer: Int32(customer), step: Int32(best), nominal: bestNominal)
            if let reason {
                skip(item, reason)
            } else {
                due.append(item)
                hasDue[customer] = true
            }
        }
        guard !due.isEmpty else { return }

        // Group what is due, and the overdue invoices of those customers, by customer (stable counting sorts).
        let dueStarts = Self.group(&due, customers: customers.count) { _ in true }
        let overdueStarts = Self.group(&overdue, customers: customers.count) { hasDue[Int($0.customer)] }
        for customer in customers.indices where hasDue[customer] {
            pending = Array(due[dueStarts[customer]..<dueStarts[customer + 1]])
            self.overdue = overdue[overdueStarts[customer]..<overdueStarts[customer + 1]].map { Int($0.invoice) }
            planCustomer(customers[customer], ranges[Int(entries[customer].cadence)])
        }
    }

    /// Sorts the entries kept by `keep` by customer, stably, dropping the others; returns each customer's start
    /// offset (with the end as a last element).
    private static func group(_ entries: inout [Due], customers: Int, keep: (Due) -> Bool) -> [Int] {
        var starts = [Int](repeating: 0, count: customers + 1)
        for entry in entries where keep(entry) { starts[Int(entry.customer) + 1] += 1 }
        for customer in 0..<customers { starts[customer + 1] += starts[customer] }
        var next = starts
        var sorted = [Due](repeating: Due(invoice: 0, customer: 0, step: 0, nominal: 0), count: starts[customers])
        for entry in entries where keep(entry) {
            sorted[next[Int(entry.customer)]] = entry
            next[Int(entry.customer)] += 1
        }
        entries = sorted
        return starts
    }

    private mutating func skip(_ item: Due, _ reason: CadenceSkipReason) {
        let invoice = Int(item.invoice)
        plan.skips.append(
            CadenceSkip(
                customerID: portfolio.invoices[invoice].customerID, invoiceID: portfolio.invoices[invoice].id,
                stepID: compiled.steps[Int(item.step)].id, reason: reason))
    }

    // MARK: - One customer

    private mutating func planCustomer(_ customer: Customer, _ steps: Range<Int>) {
        resolved.removeAll(keepingCapacity: true)
        resolved.append(contentsOf: repeatElement(nil, count: steps.count))
        isResolved.removeAll(keepingCapacity: true)
        isResolved.append(contentsOf: repeatElement(false, count: steps.count))

        var automatic: [Due] = []
        var human: [Due] = []
        var actions: [Due] = []
        let blocked = automaticBlock(customer)
        for item in pending {
            let step = compiled.steps[Int(item.step)]
            let isAction = step.stage == .action && step.action != nil
            guard let resolution = resolve(Int(item.step) - steps.lowerBound, step, customer) else {
                if isAction {
                    actions.append(item)
                } else {
                    skip(item, .noReachableChannel)
                }
                continue
            }
            if resolution.taskKind != nil {
                human.append(item)
                if isAction { actions.append(item) }
            } else if let blocked {
                if case .vip = blocked {
                    // VIP is a policy hold: reported only the day the step falls due; its action item still goes.
                    if isAction {
                        actions.append(item)
                    } else if item.nominal > firstNewDay {
                        skip(item, blocked)
                    }
                } else {
                    skip(item, blocked)
                }
            } else {
                automatic.append(item)
                if isAction { actions.append(item) }
            }
        }
        if !automatic.isEmpty { addMessage(customer, automatic, steps.lowerBound) }
        if !human.isEmpty { addTasks(customer, human, steps.lowerBound) }
        if !actions.isEmpty { addActions(customer, actions) }
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

    /// The resolution of a step for the current customer, computed once per customer and step.
    private mutating func resolve(_ local: Int, _ step: CadenceStep, _ customer: Customer) -> Resolution? {
        if isResolved[local] { return resolved[local] }
        let resolution = Self.resolve(step, customer)
        resolved[local] = resolution
        isResolved[local] = true
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
    private func lead(of items: [Due]) -> Due {
        var lead = items[0]
        for item in items.dropFirst() {
            let severity = compiled.timings[Int(item.step)].severity
            let leadSeverity = compiled.timings[Int(lead.step)].severity
            if severity > leadSeverity
                || (severity == leadSeverity && (item.nominal, item.step) > (lead.nominal, lead.step))
            {
                lead = item
            }
        }
        return lead
    }

    private func plannedSteps(_ items: [Due]) -> [PlannedStep] {
        items.map { item in
            let step = compiled.steps[Int(item.step)]
            return PlannedStep(
                key: CadenceStepKey(invoiceID: portfolio.invoices[Int(item.invoice)].id, stepID: step.id),
                stage: step.stage)
        }
    }

    private func context(excluding items: [Due]) -> [InvoiceID] {
        overdue.filter { index in !items.contains { Int($0.invoice) == index } }.map { portfolio.invoices[$0].id }
    }

    private mutating func addMessage(_ customer: Customer, _ items: [Due], _ firstStep: Int) {
        let lead = lead(of: items)
        guard let resolution = resolved[Int(lead.step) - firstStep] else { return }
        let step = compiled.steps[Int(lead.step)]
        plan.messages.append(
            PlannedMessage(
                key: .cadenceMessage(customerID: customer.id, channel: resolution.channel, isoDate: isoDate),
                customerID: customer.id, collectorID: customer.collectorID, channel: resolution.channel,
                addressee: resolution.addressee, stage: step.stage, templateFamily: step.template, sender: step.sender,
                leadStepID: step.id, steps: plannedSteps(items), contextInvoiceIDs: context(excluding: items)))
    }

    private mutating func addTasks(_ customer: Customer, _ items: [Due], _ firstStep: Int) {
        let assignee = customer.collectorID.map(TaskAssignee.collector) ?? .role(policy.unassignedRole)
        for kind in [TaskKind.call, .visit, .letter] {
            let group = items.filter { resolved[Int($0.step) - firstStep]?.taskKind == kind }
            guard !group.isEmpty else { continue }
            let lead = lead(of: group)
            guard let resolution = resolved[Int(lead.step) - firstStep] else { continue }
            let step = compiled.steps[Int(lead.step)]
            plan.tasks.append(
                PlannedTask(
                    key: .cadenceTask(customerID: customer.id, kind: kind, isoDate: isoDate), customerID: customer.id,
                    assignee: assignee, kind: kind, dueDate: plan.date, channel: resolution.channel,
                    addressee: resolution.addressee, stage: step.stage, templateFamily: step.template,
                    sender: step.sender, leadStepID: step.id, steps: plannedSteps(group),
                    contextInvoiceIDs: context(excluding: group)))
        }
    }

    private mutating func addActions(_ customer: Customer, _ items: [Due]) {
        for action in CollectionAction.allCases {
            let group = items.filter { compiled.steps[Int($0.step)].action == action }
            guard !group.isEmpty else { continue }
            plan.actions.append(
                PlannedAction(
                    key: .cadenceAction(customerID: customer.id, action: action, isoDate: isoDate),
                    customerID: customer.id, collectorID: customer.collectorID, action: action,
                    assignee: .role(policy.actionsRole), dueDate: plan.date,
                    leadStepID: compiled.steps[Int(lead(of: group).step)].id, steps: plannedSteps(group)))
        }
    }
}
