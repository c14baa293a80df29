extension MeasuresComputation {
    /// Turns the accumulators into the report.
    func report() throws(MeasuresError) -> MeasuresReport {
        var portfolio: [ReceivablesMeasures] = []
        var byCollector: [ReceivablesMeasures] = []
        for totals in periodAccumulators {
            let collectorID = totals.scope == 0 ? nil : collectorKeys[totals.scope - 1]
            let measures = try receivablesMeasures(
                totals, collectorID: collectorID, currency: currencies[totals.currency])
            if totals.scope == 0 { portfolio.append(measures) } else { byCollector.append(measures) }
        }
        portfolio.sort { $0.currency < $1.currency }
        byCollector.sort {
            $0.collectorID == $1.collectorID
                ? $0.currency < $1.currency : Self.precedes($0.collectorID, $1.collectorID)
        }
        return MeasuresReport(
            request: request, aging: try aging(), receivables: portfolio, receivablesByCollector: byCollector,
            promises: PromiseSummary(obtained: promisesObtained, kept: promisesKept, broken: promisesBroken),
            collectors: try collectorPerformance(), cadenceSteps: try cadenceSteps(),
            sendsWithoutStep: sendsWithoutStep,
            disputes: try disputes(), workQueues: workQueues())
    }

    /// The key and name of an aging row's owner.
    private func agingOwner(_ grouping: AgingGrouping, _ owner: Int) -> (key: String?, name: String?) {
        switch grouping {
        case .customer: return (ledgers[owner].customerID.rawValue, ledgers[owner].name)
        case .collector: return (collectorKeys[owner]?.rawValue, collectorKeys[owner].flatMap { collectorNames[$0] })
        case .tier: return (tierKeys[owner], nil)
        case .currency: return (currencies[owner].code, nil)
        }
    }

    private func aging() throws(MeasuresError) -> AgingReport {
        let bucketCount = request.agingBuckets.count
        var groups: [[AgingRow]] = []
        for grouping in AgingGrouping.allCases {
            var rows: [AgingRow] = []
            rows.reserveCapacity(agingRows[grouping.rawValue].count)
            for (index, row) in agingRows[grouping.rawValue].enumerated()
            where row.openInvoices > 0 || row.credits.value != 0 || row.credits.overflowed {
                let currency = currencies[row.currency]
                var amounts: [Money] = []
                amounts.reserveCapacity(bucketCount)
                var total = RunningTotal()
                for amount in agingAmounts[grouping.rawValue][(index * bucketCount)..<((index + 1) * bucketCount)] {
                    amounts.append(try amount.money(currency, measure: "aging"))
                    total.add(amount.value)
                }
                var net = total
                net.subtract(row.credits.value)
                let owner = agingOwner(grouping, row.owner)
                rows.append(
                    AgingRow(
                        key: owner.key, name: owner.name, currency: currency, amounts: amounts,
                        total: try total.money(currency, measure: "aging total"),
                        overdue: try row.overdue.money(currency, measure: "aging overdue"),
                        credits: try row.credits.money(currency, measure: "aging credits"),
                        net: try net.money(currency, measure: "aging net"), openInvoices: row.openInvoices,
                        maximumDaysLate: row.maximumDaysLate))
            }
            rows.sort { $0.key == $1.key ? $0.currency < $1.currency : Self.precedes($0.key, $1.key) }
            groups.append(rows)
        }
        return AgingReport(
            asOf: asOf, buckets: request.agingBuckets.buckets, byCustomer: groups[AgingGrouping.customer.rawValue],
            byCollector: groups[AgingGrouping.collector.rawValue], byTier: groups[AgingGrouping.tier.rawValue],
            byCurrency: groups[AgingGrouping.currency.rawValue])
    }

    private func receivablesMeasures(_ totals: PeriodAccumulator, collectorID: CollectorID?, currency: Currency)
        throws(MeasuresError) -> ReceivablesMeasures
    {
        var opening = totals.openingGross
        opening.subtract(totals.openingCredits.value)
        if totals.openingCredits.overflowed { opening.subtract(.max) }
        var gross = totals.closingCurrent
        gross.add(totals.closingOverdue.value)
        var closing = gross
        closing.subtract(totals.closingCredits.value)
        if totals.closingOverdue.overflowed || totals.closingCredits.overflowed { closing.subtract(.max) }
        var measures = ReceivablesMeasures(
            collectorID: collectorID, currency: currency, period: period,
            openingReceivables: try opening.money(currency, measure: "opening receivables"),
            closingReceivables: try closing.money(currency, measure: "closing receivables"),
            closingCurrentReceivables: try totals.closingCurrent.money(currency, measure: "current receivables"),
            closingOverdueReceivables: try totals.closingOverdue.money(currency, measure: "overdue receivables"),
            closingCredits: try totals.closingCredits.money(currency, measure: "credits"),
            creditSales: try totals.creditSales.money(currency, measure: "credit sales"),
            collections: try totals.collections.money(currency, measure: "collections"))
        let sales = totals.creditSales.value
        let days = period.days
        measures.daysSalesOutstanding = MeasureFormulas.daysSalesOutstanding(
            receivables: closing.value, creditSales: sales, days: days)
        measures.bestPossibleDaysSalesOutstanding = MeasureFormulas.bestPossibleDaysSalesOutstanding(
            currentReceivables: totals.closingCurrent.value, creditSales: sales, days: days)
        measures.averageDaysDelinquent = MeasureFormulas.averageDaysDelinquent(
            daysSalesOutstanding: measures.daysSalesOutstanding, bestPossible: measures.bestPossibleDaysSalesOutstanding
        )
        measures.countbackDaysSalesOutstanding = MeasureFormulas.countbackDaysSalesOutstanding(
            receivables: closing.value, monthsLatestFirst: countbackMonths(totals))
        measures.collectionEffectivenessIndex = MeasureFormulas.collectionEffectivenessIndex(
            openingReceivables: Double(opening.value), creditSales: Double(sales),
            closingReceivables: Double(closing.value), closingCurrentReceivables: Double(totals.closingCurrent.value))
        measures.monthlyAverageCollectionEffectivenessIndex = MeasureFormulas.collectionEffectivenessIndex(
            openingReceivables: Double(opening.value), creditSales: Double(sales) / period.months,
            closingReceivables: Double(closing.value), closingCurrentReceivables: Double(totals.closingCurrent.value))
        measures.delinquencyRate = MeasureFormulas.delinquencyRate(
            overdue: totals.closingOverdue.value, receivables: gross.value)
        measures.delinquentInvoiceRate = MeasureFormulas.rate(totals.overdueCount, of: totals.openCount)
        if totals.overdueCount > 0 {
            measures.averageDaysLate = Double(totals.overdueDaysSum) / Double(totals.overdueCount)
        }
        if totals.overdueWeight > 0 {
            measures.weightedAverageDaysLate = totals.overdueWeightedDays / totals.overdueWeight
        }
        measures.invoicesCollected = totals.collectedCount
        if totals.collectedCount > 0 {
            measures.averageDaysToCollect = Double(totals.daysToCollectSum) / Double(totals.collectedCount)
            measures.averageDaysBeyondTerms = Double(totals.daysBeyondTermsSum) / Double(totals.collectedCount)
        }
        if totals.collectedWeight > 0 {
            measures.weightedAverageDaysToCollect = totals.weightedDaysToCollect / totals.collectedWeight
        }
        return measures
    }

    /// The months from the period's end back to the earliest month with a sale on record.
    private func countbackMonths(_ totals: PeriodAccumulator) -> [CountbackMonth] {
        var months: [CountbackMonth] = []
        months.reserveCapacity(totals.monthlySales.count)
        for (back, sales) in totals.monthlySales.enumerated() {
            let month = endMonth - back
            let days =
                back == 0 ? period.end.day : CivilDate.daysInMonth(year: month / 12, month: month % 12 + 1)
            months.append(CountbackMonth(days: days, creditSales: sales.value))
        }
        return months
    }

    private func collectorPerformance() throws(MeasuresError) -> [CollectorPerformance] {
        var contacts: [Int: (total: Int, channels: [Channel?: Int], days: Set<Int>)] = [:]
        for key in contactKeys {
            contacts[key.collectorSlot, default: (0, [:], [])].total += 1
            contacts[key.collectorSlot, default: (0, [:], [])].channels[key.channel, default: 0] += 1
            contacts[key.collectorSlot, default: (0, [:], [])].days.insert(key.day)
        }
        let businessDays = calendar.businessDays(from: period.start, to: period.end.adding(days: 1))
        func perDay(_ count: Int) -> Double? { businessDays > 0 ? Double(count) / Double(businessDays) : nil }
        // Every named collector, and anyone (or no one) something was attributed to.
        var slots = Set(collectorAccumulators.keys).union(contacts.keys)
        for id in collectorNames.keys { if let slot = collectorSlots[id] { slots.insert(slot) } }
        var rows: [CollectorPerformance] = []
        for slot in slots.sorted(by: { Self.precedes(collectorKeys[$0], collectorKeys[$1]) }) {
            let id = collectorKeys[slot]
            let totals = collectorAccumulators[slot] ?? CollectorAccumulator()
            let made = contacts[slot] ?? (0, [:], [])
            let channels = made.channels.sorted { Self.precedes($0.key?.rawValue, $1.key?.rawValue) }
                .map { ChannelContacts(channel: $0.key, contacts: $0.value, perBusinessDay: perDay($0.value)) }
            rows.append(
                CollectorPerformance(
                    collectorID: id, name: id.flatMap { collectorNames[$0] }, contacts: made.total,
                    contactsPerBusinessDay: perDay(made.total), activeDays: made.days.count,
                    contactsByChannel: channels,
                    promises: PromiseSummary(
                        obtained: totals.promisesObtained, kept: totals.promisesKept, broken: totals.promisesBroken),
                    amountRecovered: try totals.recovered.amounts(measure: "amount recovered"),
                    disputesOpened: totals.disputesOpened))
        }
        return rows
    }

    private func cadenceSteps() throws(MeasuresError) -> [CadenceStepEffectiveness] {
        var rows: [CadenceStepEffectiveness] = []
        for (index, stepID) in stepIDs.enumerated() {
            let step = stepAccumulators[index]
            rows.append(
                CadenceStepEffectiveness(
                    stepID: stepID, sends: step.sends, evaluated: step.evaluated, pending: step.pending,
                    paidInFull: step.paidInFull, anyPayment: step.anyPayment,
                    amountCollected: try step.collected.amounts(measure: "cadence step collections")))
        }
        return rows.sorted { $0.stepID < $1.stepID }
    }

    private func disputes() throws(MeasuresError) -> [DepartmentDisputes] {
        var ids = Set(departmentAccumulators.keys)
        for id in departmentNames.keys { ids.insert(id) }
        var rows: [DepartmentDisputes] = []
        for id in ids.sorted() {
            let totals = departmentAccumulators[id] ?? DepartmentAccumulator()
            rows.append(
                DepartmentDisputes(
                    departmentID: id, name: departmentNames[id], opened: totals.opened, resolved: totals.resolved,
                    averageDaysToResolve: totals.resolved > 0
                        ? Double(totals.daysToResolveSum) / Double(totals.resolved) : nil,
                    maximumDaysToResolve: totals.maximumDaysToResolve, open: totals.open,
                    openBalances: try totals.openBalances.amounts(measure: "open dispute balances"),
                    averageOpenAgeDays: totals.open > 0 ? Double(totals.openAgeSum) / Double(totals.open) : nil))
        }
        return rows
    }
}
