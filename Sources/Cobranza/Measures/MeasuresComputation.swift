import Foundation

/// The state of one measures run: built by one pass over the payments, one over the activity log (in time
/// order), one over the invoices and one over the tasks, then assembled into a ``MeasuresReport``.
///
/// Customers, collectors, tiers and currencies are numbered once; the hot loops then work on integers and
/// flat arrays (no dictionary keyed by invoice, no array per customer). Only
/// ``Measures/report(_:request:timeZone:calendar:)`` creates it; the passes live in extensions.
struct MeasuresComputation {
    /// What the run keeps per customer.
    struct CustomerLedger {
        var customerID: CustomerID
        var name: String?
        var collectorSlot: Int
        var tierSlot: Int
        /// Whether the customer's allocations and sends are sorted by invoice id.
        var isPrepared = false
        var openDisputes: [(invoiceID: InvoiceID, dispute: OpenDispute)] = []
        /// The position in the activity log of the last contact (-1 for none).
        var lastContactActivity = -1
        var lastContactDate = CivilDate(daysSinceEpoch: 0)
        var lastPersonalContact: CivilDate?
        var lastBrokenPromise: (date: CivilDate, timestamp: Date)?
        var lastPromiseObtained: Date?
        var candidate: QueueCandidate?
    }

    /// One payment allocation, grouped by customer; the invoice id is kept beside it so that sorting and
    /// searching a customer's allocations stay in one small run of memory.
    struct AllocationRef {
        var invoiceID: InvoiceID
        var payment: Int32
        var allocation: Int32
        /// The allocation's currency, numbered in ``allocationCurrencies``.
        var currency: Int32
        var date: CivilDate
        var amount: Int64
        var matched = false
    }

    /// A cadence-step message naming one invoice.
    struct SendRef {
        var invoiceID: InvoiceID
        var step: Int32
        var date: CivilDate
    }

    /// A dated amount of one invoice's history.
    struct DatedAmount {
        var date: CivilDate
        var amount: Int64
    }

    /// Running totals of one scope's period measures in one currency.
    struct PeriodAccumulator {
        var scope: Int
        var currency: Int
        var openingGross = RunningTotal()
        var openingCredits = RunningTotal()
        var closingCurrent = RunningTotal()
        var closingOverdue = RunningTotal()
        var closingCredits = RunningTotal()
        var creditSales = RunningTotal()
        var collections = RunningTotal()
        var openCount = 0
        var overdueCount = 0
        var overdueDaysSum = 0
        var overdueWeightedDays = 0.0
        var overdueWeight = 0.0
        var collectedCount = 0
        var daysToCollectSum = 0
        var weightedDaysToCollect = 0.0
        var collectedWeight = 0.0
        var daysBeyondTermsSum = 0
        /// Net credit sales by month, latest first: element *k* is *k* months before the period's end month,
        /// for the countback DSO.
        var monthlySales: [RunningTotal] = []
    }

    enum AgingGrouping: Int, CaseIterable {
        case customer, collector, tier, currency
    }

    /// One aging row; its bucket amounts live in ``agingAmounts`` at `row × bucket count`.
    struct AgingAccumulator {
        var owner: Int
        var currency: Int
        var overdue = RunningTotal()
        var credits = RunningTotal()
        var openInvoices = 0
        var maximumDaysLate = 0

        /// Adds another row's totals (a customer's row to its collector's, tier's or currency's).
        mutating func add(_ other: AgingAccumulator) {
            overdue.add(other.overdue)
            credits.add(other.credits)
            openInvoices += other.openInvoices
            maximumDaysLate = Swift.max(maximumDaysLate, other.maximumDaysLate)
        }
    }

    /// A collector's running counts.
    struct CollectorAccumulator {
        var promisesObtained = 0
        var promisesKept = 0
        var promisesBroken = 0
        var disputesOpened = 0
        var recovered = CurrencyTotals()
    }

    struct ContactKey: Hashable {
        var collectorSlot: Int
        var ledger: Int
        var day: Int
        var channel: Channel?
    }

    struct OpenDispute {
        var ledger: Int
        var departmentID: DepartmentID
        var openedOn: CivilDate
    }

    struct DepartmentAccumulator {
        var opened = 0
        var resolved = 0
        var daysToResolveSum = 0
        var maximumDaysToResolve: Int?
        var open = 0
        var openAgeSum = 0
        var openBalances = CurrencyTotals()
    }

    struct StepAccumulator {
        var sends = 0
        var evaluated = 0
        var pending = 0
        var paidInFull = 0
        var anyPayment = 0
        var collected = CurrencyTotals()
    }

    /// What the work queue knows about a customer with something open.
    struct QueueCandidate {
        /// The actionable overdue balance per currency, in the order first seen.
        var overdue: [Money] = []
        var overdueInvoices: [(id: InvoiceID, due: CivilDate)] = []
        var daysLate = 0
        var hasOpenBalance = false
        var passedPromise: (invoice: InvoiceID, date: CivilDate)?
        var promisesDueToday: [InvoiceID] = []
        var tasksDue = 0
        /// The oldest task due: its due date and reason (the candidate is kept small; it lives in every
        /// ledger).
        var oldestTask: (id: TaskID, dueDate: CivilDate, reason: String)?
    }

    let request: MeasuresRequest
    let calendar: any BusinessCalendar
    let payments: [Payment]
    let activities: [Activity]
    /// The month index of the period's end, from which the monthly sales count back.
    let endMonth: Int
    /// Month indexes of the twenty years up to the period's end, for the invoices' issue months.
    let months: MonthTable
    var converter: CivilDayConverter
    var collectorNames: [CollectorID: String] = [:]
    var departmentNames: [DepartmentID: String] = [:]

    // Numbering.
    /// The customers' ledger numbers: the input's customers in order (merged when one is listed twice), then
    /// customers met only in records.
    var numbering = CustomerNumbering(ids: [], index: [:])
    var ledgers: [CustomerLedger] = []
    var collectorSlots: [CollectorID?: Int] = [:]
    var collectorKeys: [CollectorID?] = []
    var tierSlots: [String?: Int] = [:]
    var tierKeys: [String?] = []
    var currencies: [Currency] = []
    /// Invoices paid by another customer's payment: their allocations go to the invoice's customer (found on
    /// a first run; empty in consistent data).
    var reassignedInvoices: [InvoiceID: CustomerID] = [:]

    // Payments.
    var allocations = LedgerGroups<AllocationRef>()
    /// The currencies of the allocations, numbered as met.
    var allocationCurrencies: [Currency] = []
    var unappliedCredits: [(ledger: Int, date: CivilDate, amount: Int64, currency: Currency)] = []

    // Activities.
    var closureDates: [InvoiceID: CivilDate] = [:]
    var promiseOwners: [InvoiceID: Int] = [:]
    var collectorAccumulators: [Int: CollectorAccumulator] = [:]
    var promisesObtained = 0
    var promisesKept = 0
    var promisesBroken = 0
    var contactKeys: Set<ContactKey> = []
    var openDisputes: [InvoiceID: OpenDispute] = [:]
    var departmentAccumulators: [DepartmentID: DepartmentAccumulator] = [:]
    var stepIndexes: [String: Int] = [:]
    var stepIDs: [String] = []
    var stepAccumulators: [StepAccumulator] = []
    var sends = LedgerGroups<SendRef>()
    var sendsWithoutStep = 0

    // Invoices.
    var periodIndexes = PairIndex()
    var periodAccumulators: [PeriodAccumulator] = []
    var agingIndexes: [PairIndex] = Array(repeating: PairIndex(), count: AgingGrouping.allCases.count)
    var agingRows: [[AgingAccumulator]] = Array(repeating: [], count: AgingGrouping.allCases.count)
    var agingAmounts: [[RunningTotal]] = Array(repeating: [], count: AgingGrouping.allCases.count)

    init(request: MeasuresRequest, input: MeasuresInput, timeZone: TimeZone, calendar: any BusinessCalendar) {
        self.request = request
        self.calendar = calendar
        self.payments = input.payments
        self.activities = input.activities
        self.endMonth = Self.monthIndex(request.period.end)
        self.months = MonthTable(endingWith: request.period.end, count: 240)
        self.converter = CivilDayConverter(timeZone: timeZone)
    }

    var period: MeasurePeriod { request.period }

    var asOf: CivilDate { request.asOf }

    /// Numbers the customers, collectors and tiers, and reads the names.
    mutating func index(_ input: MeasuresInput) {
        ledgers.reserveCapacity(input.customers.count)
        // Fields are read in place: copying a `Customer` would retain its contacts and strings.
        if let distinct = CustomerNumbering(input.customers) {
            numbering = distinct
            for index in input.customers.indices {
                ledgers.append(
                    CustomerLedger(
                        customerID: input.customers[index].id, name: input.customers[index].name,
                        collectorSlot: slot(ofCollector: input.customers[index].collectorID),
                        tierSlot: slot(ofTier: input.customers[index].effectiveRiskTier?.name)))
            }
        } else {
            // A customer listed twice has one ledger, with the fields of its last listing.
            var ledgerIndexes: [CustomerID: Int] = [:]
            ledgerIndexes.reserveCapacity(input.customers.count)
            var ids: [CustomerID] = []
            for index in input.customers.indices {
                let id = input.customers[index].id
                let name = input.customers[index].name
                let collectorSlot = slot(ofCollector: input.customers[index].collectorID)
                let tierSlot = slot(ofTier: input.customers[index].effectiveRiskTier?.name)
                if let known = ledgerIndexes[id] {
                    ledgers[known].name = name
                    ledgers[known].collectorSlot = collectorSlot
                    ledgers[known].tierSlot = tierSlot
                } else {
                    ledgerIndexes[id] = ledgers.count
                    ids.append(id)
                    ledgers.append(
                        CustomerLedger(customerID: id, name: name, collectorSlot: collectorSlot, tierSlot: tierSlot))
                }
            }
            numbering = CustomerNumbering(ids: ids, index: ledgerIndexes)
        }
        for collector in input.collectors {
            collectorNames[collector.id] = collector.name
            _ = slot(ofCollector: collector.id)
        }
        for department in input.departments { departmentNames[department.id] = department.name }
    }

    /// The ledger of a customer, created for a customer the input does not list.
    mutating func ledger(of customerID: CustomerID) -> Int {
        if let index = numbering.position(of: customerID) { return index }
        _ = numbering.add(customerID)
        ledgers.append(
            CustomerLedger(
                customerID: customerID, name: nil, collectorSlot: slot(ofCollector: nil), tierSlot: slot(ofTier: nil)))
        return ledgers.count - 1
    }

    mutating func slot(ofCollector id: CollectorID?) -> Int {
        if let slot = collectorSlots[id] { return slot }
        collectorSlots[id] = collectorKeys.count
        collectorKeys.append(id)
        return collectorKeys.count - 1
    }

    private mutating func slot(ofTier name: String?) -> Int {
        if let slot = tierSlots[name] { return slot }
        tierSlots[name] = tierKeys.count
        tierKeys.append(name)
        return tierKeys.count - 1
    }

    mutating func slot(ofCurrency currency: Currency) -> Int {
        for index in currencies.indices where currencies[index] == currency { return index }
        currencies.append(currency)
        return currencies.count - 1
    }

    /// The collector slot responsible for a customer.
    func collectorSlot(ofLedger index: Int) -> Int { ledgers[index].collectorSlot }

    /// The month index of a date: year × 12 + month − 1.
    static func monthIndex(_ date: CivilDate) -> Int {
        let (year, month, _) = date.components
        return year * 12 + month - 1
    }
}
