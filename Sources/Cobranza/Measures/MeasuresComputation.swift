import Foundation

/// The state of one measures run: built by one pass over the payments, one over the activity log (in time
/// order), one over the invoices and one over the tasks, then assembled into a ``MeasuresReport``.
///
/// Only ``Measures/report(_:request:timeZone:calendar:)`` creates it; the passes live in extensions.
struct MeasuresComputation {
    /// What a customer record contributes: its collector, tier and name.
    struct CustomerFacts {
        var collectorID: CollectorID?
        var tier: RiskTier?
        var name: String?
    }

    /// One payment allocation, kept in the ledger of the paying customer.
    struct AllocationEntry {
        var invoiceID: InvoiceID
        var date: CivilDate
        var amount: Int64
        var currency: Currency
        var paymentIndex: Int32
        var matched = false
    }

    /// A cadence-step message that named an invoice.
    struct InvoiceSend {
        var invoiceID: InvoiceID
        var send: StepSend
    }

    /// Everything the run keeps per customer, so that one dictionary lookup per customer (not one per
    /// invoice) joins invoices to their allocations, sends, open disputes and work-queue facts.
    struct CustomerLedger {
        var customerID: CustomerID
        var facts: CustomerFacts?
        /// The customer's payment allocations; sorted by (invoice id, date) before the invoice pass.
        var allocations: [AllocationEntry] = []
        /// The cadence-step sends naming the customer's invoices; sorted by invoice id before the pass.
        var sends: [InvoiceSend] = []
        var openDisputes: [(invoiceID: InvoiceID, dispute: OpenDispute)] = []
        var isPrepared = false
        var lastContact: LastContact?
        var lastPersonalContact: CivilDate?
        var lastBrokenPromise: (date: CivilDate, timestamp: Date)?
        var lastPromiseObtained: Date?
        var candidate: QueueCandidate?
    }

    /// A dated amount of one invoice's history.
    struct DatedAmount {
        var date: CivilDate
        var amount: Int64
    }

    /// The grouping key of the period measures.
    enum Scope: Hashable {
        case portfolio
        case collector(CollectorID?)
    }

    struct PeriodKey: Hashable {
        var scope: Scope
        var currency: Currency
    }

    /// Running totals of one scope's period measures in one currency.
    struct PeriodAccumulator {
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
        /// Net credit sales by month index (year × 12 + month − 1), for the countback DSO.
        var monthlySales: [Int: RunningTotal] = [:]
    }

    enum AgingGrouping: Int, CaseIterable {
        case customer, collector, tier, currency
    }

    struct AgingKey: Hashable {
        var key: String?
        var currency: Currency
    }

    struct AgingAccumulator {
        var key: String?
        var name: String?
        var currency: Currency
        var amounts: [RunningTotal]
        var overdue = RunningTotal()
        var credits = RunningTotal()
        var openInvoices = 0
        var maximumDaysLate = 0
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
        var collectorID: CollectorID
        var customerID: CustomerID
        var day: Int
        var channel: Channel?
    }

    struct OpenDispute {
        var customerID: CustomerID
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

    struct StepSend {
        var stepIndex: Int
        var date: CivilDate
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
        var overdue: [Currency: Int64] = [:]
        var overdueInvoices: [(id: InvoiceID, due: CivilDate)] = []
        var daysLate = 0
        var hasOpenBalance = false
        var passedPromise: (invoice: InvoiceID, date: CivilDate)?
        var promisesDueToday: [InvoiceID] = []
        var tasksDue = 0
        var oldestTask: FollowUpTask?
    }

    let request: MeasuresRequest
    let calendar: any BusinessCalendar
    var converter: CivilDayConverter
    var collectorNames: [CollectorID: String] = [:]
    var departmentNames: [DepartmentID: String] = [:]

    // Customers.
    var ledgerIndexes: [CustomerID: Int] = [:]
    var ledgers: [CustomerLedger] = []
    /// Invoices paid by another customer's payment: their allocations go to the invoice's customer (found on
    /// a first run; empty in consistent data).
    var reassignedInvoices: [InvoiceID: CustomerID] = [:]

    // Payments.
    var paymentIDs: [PaymentID] = []
    var unappliedCredits: [(customerID: CustomerID, date: CivilDate, amount: Int64, currency: Currency)] = []

    // Activities.
    var closureDates: [InvoiceID: CivilDate] = [:]
    var promiseOwners: [InvoiceID: CollectorID?] = [:]
    var collectorAccumulators: [CollectorID?: CollectorAccumulator] = [:]
    var promisesObtained = 0
    var promisesKept = 0
    var promisesBroken = 0
    var contactKeys: Set<ContactKey> = []
    var openDisputes: [InvoiceID: OpenDispute] = [:]
    var departmentAccumulators: [DepartmentID: DepartmentAccumulator] = [:]
    var stepIndexes: [String: Int] = [:]
    var stepIDs: [String] = []
    var stepAccumulators: [StepAccumulator] = []
    var sendsWithoutStep = 0

    // Invoices.
    var periodIndexes: [PeriodKey: Int] = [:]
    var periodAccumulators: [PeriodAccumulator] = []
    var agingIndexes: [[AgingKey: Int]] = Array(repeating: [:], count: AgingGrouping.allCases.count)
    var agingAccumulators: [[AgingAccumulator]] = Array(repeating: [], count: AgingGrouping.allCases.count)

    init(request: MeasuresRequest, timeZone: TimeZone, calendar: any BusinessCalendar) {
        self.request = request
        self.calendar = calendar
        self.converter = CivilDayConverter(timeZone: timeZone)
    }

    var period: MeasurePeriod { request.period }
    var asOf: CivilDate { request.asOf }

    /// Reads the customers, collectors and departments.
    mutating func index(_ input: MeasuresInput) {
        ledgerIndexes.reserveCapacity(input.customers.count)
        ledgers.reserveCapacity(input.customers.count)
        for index in input.customers.indices {
            let customer = input.customers[index]
            let facts = CustomerFacts(
                collectorID: customer.collectorID, tier: customer.effectiveRiskTier, name: customer.name)
            if let known = ledgerIndexes[customer.id] {
                ledgers[known].facts = facts
            } else {
                ledgerIndexes[customer.id] = ledgers.count
                ledgers.append(CustomerLedger(customerID: customer.id, facts: facts))
            }
        }
        for collector in input.collectors { collectorNames[collector.id] = collector.name }
        for department in input.departments { departmentNames[department.id] = department.name }
    }

    /// The ledger of a customer, created for a customer the input does not list.
    mutating func ledger(of customerID: CustomerID) -> Int {
        if let index = ledgerIndexes[customerID] { return index }
        ledgerIndexes[customerID] = ledgers.count
        ledgers.append(CustomerLedger(customerID: customerID))
        return ledgers.count - 1
    }

    /// The collector responsible for the customer of a ledger, `nil` when it has none or is unknown.
    func collector(ofLedger index: Int) -> CollectorID? {
        ledgers[index].facts?.collectorID
    }

    /// The month index of a date: year × 12 + month − 1.
    static func monthIndex(_ date: CivilDate) -> Int {
        let (year, month, _) = date.components
        return year * 12 + month - 1
    }
}
