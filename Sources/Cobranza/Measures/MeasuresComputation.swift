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

    /// One payment allocation, linked to the invoice's previous one.
    struct AllocationNode {
        var date: CivilDate
        var amount: Int64
        var currency: Currency
        var paymentIndex: Int32
        var next: Int32
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
    var customerFacts: [CustomerID: CustomerFacts] = [:]
    var collectorNames: [CollectorID: String] = [:]
    var departmentNames: [DepartmentID: String] = [:]

    // Payments.
    var allocationHeads: [InvoiceID: Int32] = [:]
    var allocationNodes: [AllocationNode] = []
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
    var lastContacts: [CustomerID: LastContact] = [:]
    var lastPersonalContacts: [CustomerID: CivilDate] = [:]
    var lastBrokenPromises: [CustomerID: (date: CivilDate, timestamp: Date)] = [:]
    var lastPromisesObtained: [CustomerID: Date] = [:]
    var stepIndexes: [String: Int] = [:]
    var stepIDs: [String] = []
    var stepAccumulators: [StepAccumulator] = []
    var sendsByInvoice: [InvoiceID: [StepSend]] = [:]
    var sendsWithoutStep = 0

    // Invoices.
    var periodIndexes: [PeriodKey: Int] = [:]
    var periodAccumulators: [PeriodAccumulator] = []
    var agingIndexes: [[AgingKey: Int]] = Array(repeating: [:], count: AgingGrouping.allCases.count)
    var agingAccumulators: [[AgingAccumulator]] = Array(repeating: [], count: AgingGrouping.allCases.count)
    var queueCandidates: [CustomerID: QueueCandidate] = [:]

    init(request: MeasuresRequest, timeZone: TimeZone, calendar: any BusinessCalendar) {
        self.request = request
        self.calendar = calendar
        self.converter = CivilDayConverter(timeZone: timeZone)
    }

    var period: MeasurePeriod { request.period }
    var asOf: CivilDate { request.asOf }

    /// Reads the customers, collectors and departments.
    mutating func index(_ input: MeasuresInput) {
        customerFacts.reserveCapacity(input.customers.count)
        for customer in input.customers {
            customerFacts[customer.id] = CustomerFacts(
                collectorID: customer.collectorID, tier: customer.effectiveRiskTier, name: customer.name)
        }
        for collector in input.collectors { collectorNames[collector.id] = collector.name }
        for department in input.departments { departmentNames[department.id] = department.name }
    }

    /// The collector responsible for a customer, `nil` when it has none or is unknown.
    func collector(of customerID: CustomerID) -> CollectorID? {
        customerFacts[customerID]?.collectorID
    }

    /// The month index of a date: year × 12 + month − 1.
    static func monthIndex(_ date: CivilDate) -> Int {
        let (year, month, _) = date.components
        return year * 12 + month - 1
    }
}
