extension MeasuresComputation {
    /// The accumulators one customer's invoices in one currency go to, looked up once per run of such
    /// invoices (a store returns a customer's invoices together).
    struct Slot {
        var ledger: Int
        var customerID: CustomerID
        var currency: Currency
        var currencySlot: Int
        var portfolio: Int
        var collector: Int
        /// The customer aging row (-1 until first used).
        var agingRow = -1
    }

    /// A receivable's history: its balance at the end of any day is its amount, minus the allocations dated
    /// on or before that day, minus — from ``reductionDate`` on — the part of today's reduction that no
    /// allocation explains, never below zero nor above the amount.
    struct ReceivableHistory {
        var amount: Int64
        var issueDate: CivilDate
        var unexplained: Int64
        var reductionDate: CivilDate

        func balance(atEndOf day: CivilDate, _ allocations: [DatedAmount]) -> Int64 {
            guard day >= issueDate else { return 0 }
            var balance = amount
            for allocation in allocations where allocation.date <= day { balance &-= allocation.amount }
            if day >= reductionDate { balance &-= unexplained }
            return Swift.min(Swift.max(balance, 0), Swift.max(amount, 0))
        }

        /// The date of the allocation that brought the balance to zero, if a payment (not an unexplained
        /// reduction) did.
        func paidInFullOn(_ allocations: [DatedAmount]) -> CivilDate? {
            var paid: Int64 = 0
            for allocation in allocations {
                let reduction = allocation.date >= reductionDate ? unexplained : 0
                let before = amount &- paid &- reduction
                guard before > 0 else { return nil }
                paid &+= allocation.amount
                if before &- allocation.amount <= 0 { return allocation.date }
            }
            return nil
        }
    }

    /// What one document adds to the period measures of every scope it belongs to.
    struct PeriodContribution {
        var opening: Int64 = 0
        var closing: Int64 = 0
        var closingDaysLate = 0
        var sale: Int64?
        var month: Int?
        /// The signed amount a document adds to its issue month's sales (negative for a credit note).
        var saleForMonth: Int64 = 0
        var collections: Int64 = 0
        var collected: (days: Int, beyondTerms: Int, weight: Double)?
    }

    /// Reads every invoice once: aging, period measures, cadence-step outcomes, dispute balances and the
    /// work-queue facts.
    mutating func readInvoices(_ invoices: [Invoice]) throws(MeasuresError) {
        var scratch: [DatedAmount] = []
        var slot = Slot(ledger: -1, customerID: "", currency: .ars, currencySlot: 0, portfolio: 0, collector: 0)
        try invoices.withUnsafeBufferPointer { (buffer) throws(MeasuresError) in
            for position in buffer.indices {
                try read(buffer[position], slot: &slot, scratch: &scratch)
            }
        }
        for credit in unappliedCredits {
            var current = makeSlot(credit.ledger, credit.currency)
            addCredit(credit.amount, from: credit.date, slot: &current)
        }
        sumAgingByOwner()
    }

    private mutating func read(_ invoice: Invoice, slot: inout Slot, scratch: inout [DatedAmount])
        throws(MeasuresError)
    {
        if slot.ledger < 0 || slot.customerID != invoice.customerID || slot.currency != invoice.currency {
            slot = makeSlot(ledger(of: invoice.customerID), invoice.currency)
            prepare(slot.ledger)
        }
        if invoice.kind == .creditNote {
            readCreditNote(invoice, slot: &slot)
        } else {
            try readReceivable(invoice, slot: &slot, scratch: &scratch)
        }
    }

    private mutating func makeSlot(_ ledger: Int, _ currency: Currency) -> Slot {
        let currencySlot = slot(ofCurrency: currency)
        return Slot(
            ledger: ledger, customerID: ledgers[ledger].customerID, currency: currency, currencySlot: currencySlot,
            portfolio: periodIndex(scope: 0, currencySlot),
            collector: periodIndex(scope: 1 + collectorSlot(ofLedger: ledger), currencySlot))
    }

    /// Scope 0 is the portfolio; scope 1 + k the customers of collector slot k.
    private mutating func periodIndex(scope: Int, _ currencySlot: Int) -> Int {
        if let index = periodIndexes.row(scope, currencySlot) { return index }
        periodIndexes.insert(periodAccumulators.count, scope, currencySlot)
        periodAccumulators.append(PeriodAccumulator(scope: scope, currency: currencySlot))
        return periodAccumulators.count - 1
    }

    /// The collector, tier and currency aging rows, summed from the customer rows once every invoice is
    /// read: a customer's collector and tier are fixed for the run, so each customer row belongs to exactly
    /// one row of each grouping. Every amount added is positive, so a sum overflows exactly when the
    /// invoice-by-invoice sum would.
    private mutating func sumAgingByOwner() {
        for index in agingRows[AgingGrouping.customer.rawValue].indices {
            let row = agingRows[AgingGrouping.customer.rawValue][index]
            addCustomerAgingRow(index, to: .collector, owner: collectorSlot(ofLedger: row.owner))
            addCustomerAgingRow(index, to: .tier, owner: ledgers[row.owner].tierSlot)
            addCustomerAgingRow(index, to: .currency, owner: row.currency)
        }
    }

    private mutating func addCustomerAgingRow(_ index: Int, to grouping: AgingGrouping, owner: Int) {
        let customer = AgingGrouping.customer.rawValue
        let bucketCount = request.agingBuckets.count
        let row = agingRows[customer][index]
        let target = agingRow(grouping, owner: owner, row.currency)
        agingRows[grouping.rawValue][target].add(row)
        for bucket in 0..<bucketCount {
            agingAmounts[grouping.rawValue][target * bucketCount + bucket].add(
                agingAmounts[customer][index * bucketCount + bucket])
        }
    }

    private mutating func agingRow(_ grouping: AgingGrouping, owner: Int, _ currencySlot: Int) -> Int {
        if let index = agingIndexes[grouping.rawValue].row(owner, currencySlot) { return index }
        let index = agingRows[grouping.rawValue].count
        agingIndexes[grouping.rawValue].insert(index, owner, currencySlot)
        agingRows[grouping.rawValue].append(AgingAccumulator(owner: owner, currency: currencySlot))
        agingAmounts[grouping.rawValue].append(
            contentsOf: repeatElement(RunningTotal(), count: request.agingBuckets.count))
        return index
    }

    /// Adds a balance in a bucket, or with `bucket` nil a credit, to the customer aging row of a slot (the
    /// other groupings are summed from it at the end, ``sumAgingByOwner()``).
    private mutating func addToAging(_ slot: inout Slot, amount: Int64, bucket: Int?, daysLate: Int) {
        if slot.agingRow < 0 { slot.agingRow = agingRow(.customer, owner: slot.ledger, slot.currencySlot) }
        addToAging(AgingGrouping.customer.rawValue, slot.agingRow, amount, bucket, daysLate)
    }

    private mutating func addToAging(_ grouping: Int, _ row: Int, _ amount: Int64, _ bucket: Int?, _ daysLate: Int) {
        guard let bucket else {
            agingRows[grouping][row].credits.add(amount)
            return
        }
        agingAmounts[grouping][row * request.agingBuckets.count + bucket].add(amount)
        if daysLate > 0 { agingRows[grouping][row].overdue.add(amount) }
        agingRows[grouping][row].openInvoices += 1
        if daysLate > agingRows[grouping][row].maximumDaysLate { agingRows[grouping][row].maximumDaysLate = daysLate }
    }

    /// A credit in the customer's favour from a date on: an unapplied credit note or payment.
    private mutating func addCredit(_ credit: Int64, from date: CivilDate, slot: inout Slot) {
        guard credit > 0 else { return }
        if date <= asOf { addToAging(&slot, amount: credit, bucket: nil, daysLate: 0) }
        for index in [slot.portfolio, slot.collector] {
            if date <= period.dayBeforeStart { periodAccumulators[index].openingCredits.add(credit) }
            if date <= period.end { periodAccumulators[index].closingCredits.add(credit) }
        }
    }

    private mutating func readCreditNote(_ invoice: Invoice, slot: inout Slot) {
        let credit = invoice.status.isClosed ? 0 : invoice.balance.minorUnits
        addCredit(credit, from: invoice.issueDate, slot: &slot)
        guard invoice.issueDate <= period.end else { return }
        var contribution = PeriodContribution()
        contribution.month = months.monthIndex(invoice.issueDate)
        contribution.saleForMonth = 0 &- invoice.amount.minorUnits
        if invoice.issueDate >= period.start { contribution.sale = 0 &- invoice.amount.minorUnits }
        apply(contribution, to: slot.portfolio)
        apply(contribution, to: slot.collector)
    }

    private mutating func readReceivable(_ invoice: Invoice, slot: inout Slot, scratch: inout [DatedAmount])
        throws(MeasuresError)
    {
        let allocated = try allocations(of: invoice, ledger: slot.ledger, into: &scratch)
        let amount = invoice.amount.minorUnits
        let remaining = invoice.status.isClosed ? 0 : Swift.max(0, invoice.balance.minorUnits)
        let unexplained = Swift.max(0, amount &- allocated &- remaining)
        let history = ReceivableHistory(
            amount: amount, issueDate: invoice.issueDate, unexplained: unexplained,
            reductionDate: unexplained > 0
                ? (closureDates[invoice.id] ?? invoice.issueDate) : CivilDate(daysSinceEpoch: Int.max))
        let balance = history.balance(atEndOf: asOf, scratch)
        if balance > 0 {
            let daysLate = invoice.daysLate(asOf: asOf)
            addToAging(
                &slot, amount: balance, bucket: request.agingBuckets.index(forDaysLate: daysLate), daysLate: daysLate)
        }
        let paidOn = history.paidInFullOn(scratch)
        readPeriod(invoice, history, scratch, paidOn: paidOn, slot: slot)
        if !sends.range(of: slot.ledger).isEmpty {
            readSends(invoice, history, scratch, paidOn: paidOn, ledger: slot.ledger)
        }
        if !ledgers[slot.ledger].openDisputes.isEmpty {
            for open in ledgers[slot.ledger].openDisputes where open.invoiceID == invoice.id {
                departmentAccumulators[open.dispute.departmentID, default: DepartmentAccumulator()].openBalances.add(
                    balance, invoice.currency)
            }
        }
        if invoice.isOpen { readQueueFacts(invoice, ledger: slot.ledger) }
    }

    private mutating func readPeriod(
        _ invoice: Invoice, _ history: ReceivableHistory, _ allocations: [DatedAmount], paidOn: CivilDate?,
        slot: Slot
    ) {
        var contribution = PeriodContribution()
        contribution.opening = history.balance(atEndOf: period.dayBeforeStart, allocations)
        contribution.closing = history.balance(atEndOf: period.end, allocations)
        contribution.closingDaysLate = invoice.daysLate(asOf: period.end)
        if period.contains(invoice.issueDate) { contribution.sale = invoice.amount.minorUnits }
        if invoice.issueDate <= period.end {
            contribution.month = months.monthIndex(invoice.issueDate)
            contribution.saleForMonth = invoice.amount.minorUnits
        }
        for allocation in allocations where period.contains(allocation.date) {
            contribution.collections &+= allocation.amount
        }
        if let paidOn, period.contains(paidOn) {
            contribution.collected = (
                invoice.issueDate.days(to: paidOn), invoice.daysLate(asOf: paidOn), Double(invoice.amount.minorUnits)
            )
        }
        apply(contribution, to: slot.portfolio)
        apply(contribution, to: slot.collector)
        if contribution.collections != 0 {
            collectorAccumulators[collectorSlot(ofLedger: slot.ledger), default: CollectorAccumulator()].recovered.add(
                contribution.collections, invoice.currency)
        }
    }

    private mutating func apply(_ contribution: PeriodContribution, to index: Int) {
        periodAccumulators[index].openingGross.add(contribution.opening)
        if contribution.closing > 0 {
            periodAccumulators[index].openCount += 1
            if contribution.closingDaysLate > 0 {
                periodAccumulators[index].closingOverdue.add(contribution.closing)
                periodAccumulators[index].overdueCount += 1
                periodAccumulators[index].overdueDaysSum += contribution.closingDaysLate
                periodAccumulators[index].overdueWeightedDays +=
                    Double(contribution.closing) * Double(contribution.closingDaysLate)
                periodAccumulators[index].overdueWeight += Double(contribution.closing)
            } else {
                periodAccumulators[index].closingCurrent.add(contribution.closing)
            }
        }
        if let sale = contribution.sale { periodAccumulators[index].creditSales.add(sale) }
        if let month = contribution.month {
            let back = endMonth - month
            if back >= periodAccumulators[index].monthlySales.count {
                periodAccumulators[index].monthlySales.append(
                    contentsOf: repeatElement(
                        RunningTotal(), count: back + 1 - periodAccumulators[index].monthlySales.count))
            }
            periodAccumulators[index].monthlySales[back].add(contribution.saleForMonth)
        }
        if contribution.collections != 0 { periodAccumulators[index].collections.add(contribution.collections) }
        if let collected = contribution.collected {
            periodAccumulators[index].collectedCount += 1
            periodAccumulators[index].daysToCollectSum += collected.days
            periodAccumulators[index].weightedDaysToCollect += collected.weight * Double(collected.days)
            periodAccumulators[index].collectedWeight += collected.weight
            periodAccumulators[index].daysBeyondTermsSum += collected.beyondTerms
        }
    }

    private mutating func readSends(
        _ invoice: Invoice, _ history: ReceivableHistory, _ allocations: [DatedAmount], paidOn: CivilDate?,
        ledger: Int
    ) {
        let range = sends.range(of: ledger)
        var position = lowerBound(range, invoice.id) { sends.elements[$0].invoiceID }
        while position < range.upperBound, sends.elements[position].invoiceID == invoice.id {
            let send = sends.elements[position]
            let step = Int(send.step)
            position += 1
            guard history.balance(atEndOf: send.date.adding(days: -1), allocations) > 0 else { continue }
            let windowEnd = send.date.adding(days: request.paymentWindowDays)
            stepAccumulators[step].sends += 1
            guard windowEnd <= asOf else {
                stepAccumulators[step].pending += 1
                continue
            }
            stepAccumulators[step].evaluated += 1
            if let paidOn, paidOn >= send.date, paidOn <= windowEnd { stepAccumulators[step].paidInFull += 1 }
            var collected: Int64 = 0
            var paidSome = false
            for allocation in allocations where allocation.date >= send.date && allocation.date <= windowEnd {
                collected &+= allocation.amount
                paidSome = true
            }
            if paidSome {
                stepAccumulators[step].anyPayment += 1
                stepAccumulators[step].collected.add(collected, invoice.currency)
            }
        }
    }

    /// Today's facts for the work queue, from the invoice's current balance and status, added to the
    /// ledger's candidate in place (copying a candidate out and back would copy its arrays' references and
    /// the whole ledger record).
    private mutating func readQueueFacts(_ invoice: Invoice, ledger: Int) {
        let today = asOf
        if ledgers[ledger].candidate == nil { ledgers[ledger].candidate = QueueCandidate() }
        ledgers[ledger].candidate?.add(invoice, today: today)
    }
}

extension MeasuresComputation.QueueCandidate {
    /// Adds an open invoice's facts for the work queue.
    mutating func add(_ invoice: Invoice, today: CivilDate) {
        var actionable = false
        var promiseDate: CivilDate?
        switch invoice.status {
        case .normal, .paying, .negotiating, .refusedToPay:
            actionable = true
        case .promised(let promise):
            promiseDate = promise.date
            actionable = promise.date < today
        default:
            break
        }
        hasOpenBalance = true
        if let promiseDate {
            if promiseDate == today {
                promisesDueToday.append(invoice.id)
            } else if promiseDate < today, passedPromise.map({ $0.date < promiseDate }) ?? true {
                passedPromise = (invoice.id, promiseDate)
            }
        }
        if actionable, invoice.dueDate < today {
            if let index = overdue.firstIndex(where: { $0.currency == invoice.currency }) {
                overdue[index].minorUnits &+= invoice.balance.minorUnits
            } else {
                overdue.append(invoice.balance)
            }
            overdueInvoices.append((invoice.id, invoice.dueDate))
            daysLate = Swift.max(daysLate, invoice.daysLate(asOf: today))
        }
    }
}
