/// Computes ``RiskFeatures`` for one customer at a time, reusing its scratch buffers across customers so the
/// batch allocates nothing per invoice.
struct RiskFeatureBuilder {
    /// Running totals of one currency of the customer being computed.
    private struct CurrencyTotals {
        var currency: Currency
        var invoices = 0
        var open: Int64 = 0
        var overdue: Int64 = 0
        var overdueBeyondGrace: Int64 = 0
        var billed: Int64 = 0
        var lateAmountDays = 0.0
        var assessedAmount = 0.0
    }

    /// Above this many invoices, a customer's allocations are matched through a dictionary.
    private static let linearMatchLimit = 32
    /// Marks an invoice without an allocation on or before the as-of date.
    private static let unsettled = Int.min

    private let grace: Int
    private let historyMonths: Int
    private let eventWindowDays: Int
    private let asOf: CivilDate
    private let historyStart: CivilDate

    private var settledDay: [Int] = []
    private var allocatedAfter: [Int64] = []
    private var totals: [CurrencyTotals] = []
    private var localIndex: [InvoiceID: Int] = [:]

    init(policy: RiskPolicy, asOf: CivilDate) {
        self.grace = policy.onTimeGraceDays
        self.historyMonths = policy.historyMonths
        self.eventWindowDays = policy.eventWindowDays
        self.asOf = asOf
        self.historyStart = asOf.adding(months: -policy.historyMonths)
    }

    /// The features of one customer.
    ///
    /// - Parameters:
    ///   - creditLimit: The customer's credit limit.
    ///   - customerSince: The start of the relationship.
    ///   - invoices: All invoices.
    ///   - invoiceOrder: The positions of the customer's invoices.
    ///   - payments: All payments.
    ///   - paymentOrder: The positions of the customer's payments.
    ///   - brokenPromises: Its broken promises in the event window.
    ///   - disputes: Its disputes in the event window.
    /// - Returns: The features.
    mutating func features(
        creditLimit: Money?, customerSince: CivilDate?, invoices: [Invoice], invoiceOrder: ArraySlice<Int32>,
        payments: [Payment],
        paymentOrder: ArraySlice<Int32>, brokenPromises: Int, disputes: Int
    ) -> RiskFeatures {
        let count = invoiceOrder.count
        settledDay.removeAll(keepingCapacity: true)
        settledDay.append(contentsOf: repeatElement(Self.unsettled, count: count))
        allocatedAfter.removeAll(keepingCapacity: true)
        allocatedAfter.append(contentsOf: repeatElement(0, count: count))
        totals.removeAll(keepingCapacity: true)
        if !paymentOrder.isEmpty {
            applyPayments(
                invoices: invoices, invoiceOrder: invoiceOrder, payments: payments, paymentOrder: paymentOrder)
        }

        let asOfDay = asOf.daysSinceEpoch
        let historyStartDay = historyStart.daysSinceEpoch
        var assessed = 0
        var onTime = 0
        var totalDaysLate = 0
        var worstDaysLate = 0
        var openInvoices = 0
        var overdueInvoices = 0
        var currentDaysLate = 0
        var firstIssueDay = Int.max
        for local in 0..<count {
            let position = Int(invoiceOrder[invoiceOrder.startIndex + local])
            guard invoices[position].kind != .creditNote else { continue }
            let issueDay = invoices[position].issueDate.daysSinceEpoch
            guard issueDay <= asOfDay else { continue }
            var isUncollectible = false
            var isMarkedPaid = false
            switch invoices[position].status.kind {
            case .cancelled: continue
            case .uncollectible: isUncollectible = true
            case .paid: isMarkedPaid = true
            default: break
            }
            let dueDay = invoices[position].dueDate.daysSinceEpoch
            let amount = invoices[position].amount.minorUnits
            let after = allocatedAfter[local]
            let balance = invoices[position].balance.minorUnits &+ after
            let isPaid = balance <= 0 || (isMarkedPaid && after == 0)
            let slot = totalsSlot(for: invoices[position].amount.currency)
            totals[slot].invoices += 1
            if issueDay < firstIssueDay { firstIssueDay = issueDay }
            if issueDay > historyStartDay { totals[slot].billed &+= amount }
            let daysPastDue = asOfDay - dueDay
            if !isPaid && !isUncollectible {
                openInvoices += 1
                totals[slot].open &+= balance
                if daysPastDue > 0 {
                    overdueInvoices += 1
                    totals[slot].overdue &+= balance
                    if daysPastDue > currentDaysLate { currentDaysLate = daysPastDue }
                    if daysPastDue > grace { totals[slot].overdueBeyondGrace &+= balance }
                }
            }
            let daysLate: Int
            if isPaid {
                let settled = settledDay[local]
                guard settled != Self.unsettled, dueDay > historyStartDay else { continue }
                daysLate = settled > dueDay ? settled - dueDay : 0
            } else {
                guard daysPastDue > grace, !isUncollectible || dueDay > historyStartDay else { continue }
                daysLate = daysPastDue
            }
            assessed += 1
            if daysLate <= grace { onTime += 1 }
            totalDaysLate += daysLate
            if daysLate > worstDaysLate { worstDaysLate = daysLate }
            totals[slot].lateAmountDays += Double(amount) * Double(daysLate)
            totals[slot].assessedAmount += Double(amount)
        }
        return summary(
            creditLimit: creditLimit, customerSince: customerSince, assessed: assessed, onTime: onTime,
            totalDaysLate: totalDaysLate,
            worstDaysLate: worstDaysLate, openInvoices: openInvoices, overdueInvoices: overdueInvoices,
            currentDaysLate: currentDaysLate, firstIssueDay: firstIssueDay, brokenPromises: brokenPromises,
            disputes: disputes)
    }

    /// Records, per invoice of the customer, the last payment day on or before the as-of date and the amount
    /// allocated after it.
    private mutating func applyPayments(
        invoices: [Invoice], invoiceOrder: ArraySlice<Int32>, payments: [Payment], paymentOrder: ArraySlice<Int32>
    ) {
        let count = invoiceOrder.count
        let base = invoiceOrder.startIndex
        let useIndex = count > Self.linearMatchLimit
        if useIndex {
            localIndex.removeAll(keepingCapacity: true)
            for local in 0..<count where localIndex[invoices[Int(invoiceOrder[base + local])].id] == nil {
                localIndex[invoices[Int(invoiceOrder[base + local])].id] = local
            }
        }
        let asOfDay = asOf.daysSinceEpoch
        var hint = 0
        for paymentPosition in paymentOrder {
            let payment = Int(paymentPosition)
            let day = payments[payment].date.daysSinceEpoch
            // Read in place: iterating a copy of the allocations would retain and release the array.
            let allocationCount = payments[payment].allocations.count
            for allocation in 0..<allocationCount {
                let local: Int
                if useIndex {
                    guard let found = localIndex[payments[payment].allocations[allocation].invoiceID] else {
                        continue
                    }
                    local = found
                } else {
                    guard
                        let found = Self.find(
                            payments[payment].allocations[allocation].invoiceID, invoices, invoiceOrder, hint: hint)
                    else { continue }
                    local = found
                }
                hint = local + 1
                if day <= asOfDay {
                    if day > settledDay[local] { settledDay[local] = day }
                } else {
                    allocatedAfter[local] &+= payments[payment].allocations[allocation].amount.minorUnits
                }
            }
        }
        if useIndex { localIndex.removeAll(keepingCapacity: true) }
    }

    /// The local position of an invoice among a customer's few invoices, trying `hint` first (payments
    /// usually come in the order of the invoices they pay).
    private static func find(
        _ id: InvoiceID, _ invoices: [Invoice], _ invoiceOrder: ArraySlice<Int32>, hint: Int
    ) -> Int? {
        let base = invoiceOrder.startIndex
        let count = invoiceOrder.count
        if hint < count, invoices[Int(invoiceOrder[base + hint])].id == id { return hint }
        for local in 0..<count where invoices[Int(invoiceOrder[base + local])].id == id { return local }
        return nil
    }

    private mutating func totalsSlot(for currency: Currency) -> Int {
        for slot in totals.indices where totals[slot].currency == currency { return slot }
        totals.append(CurrencyTotals(currency: currency))
        return totals.count - 1
    }

    private mutating func summary(
        creditLimit: Money?, customerSince: CivilDate?, assessed: Int, onTime: Int, totalDaysLate: Int,
        worstDaysLate: Int, openInvoices: Int,
        overdueInvoices: Int, currentDaysLate: Int, firstIssueDay: Int, brokenPromises: Int, disputes: Int
    ) -> RiskFeatures {
        if totals.count > 1 { totals.sort { $0.currency < $1.currency } }
        var primary: CurrencyTotals?
        for candidate in totals where candidate.invoices > (primary?.invoices ?? 0) { primary = candidate }
        var features = RiskFeatures(
            asOf: asOf, historyStart: historyStart, eventWindowDays: eventWindowDays, invoicesAssessed: assessed,
            invoicesPaidOnTime: onTime, worstDaysLate: worstDaysLate, brokenPromises: brokenPromises,
            disputes: disputes, openInvoices: openInvoices, overdueInvoices: overdueInvoices,
            currentDaysLate: currentDaysLate, primaryCurrency: primary?.currency)
        if assessed > 0 { features.averageDaysLate = Double(totalDaysLate) / Double(assessed) }
        if let primary {
            if primary.assessedAmount > 0 {
                features.amountWeightedDaysLate = primary.lateAmountDays / primary.assessedAmount
            }
            if primary.open > 0 { features.overdueRatio = Double(primary.overdueBeyondGrace) / Double(primary.open) }
        }
        for entry in totals {
            if entry.open != 0 {
                features.openBalanceAmounts.append(Money(minorUnits: entry.open, currency: entry.currency))
            }
            if entry.overdue != 0 {
                features.overdueBalanceAmounts.append(Money(minorUnits: entry.overdue, currency: entry.currency))
            }
            if entry.billed != 0 {
                let (yearly, overflow) = entry.billed.multipliedReportingOverflow(by: 12)
                let annual = overflow ? Int64.max / Int64(historyMonths) : yearly / Int64(historyMonths)
                features.billedPerYearAmounts.append(Money(minorUnits: annual, currency: entry.currency))
            }
        }
        if let limit = creditLimit, limit.isPositive {
            let open = totals.first { $0.currency == limit.currency }?.open ?? 0
            features.creditLimitUse = Double(open) / Double(limit.minorUnits)
        }
        if let since = customerSince {
            features.relationshipDays = Swift.max(0, since.days(to: asOf))
        } else if firstIssueDay != Int.max {
            features.relationshipDays = asOf.daysSinceEpoch - firstIssueDay
        }
        return features
    }
}
