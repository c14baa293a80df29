import Cobranza
import Foundation

/// Small builders for hand-checked measure worlds: dates as ISO text, amounts in whole pesos or dollars.
enum World {
    static let utc = TimeZone(secondsFromGMT: 0) ?? TimeZone.current

    /// A civil date from ISO text (a typo gives 1970-01-01, which no expectation matches).
    static func day(_ iso: String) -> CivilDate { (try? CivilDate(iso: iso)) ?? CivilDate(daysSinceEpoch: 0) }

    /// Noon UTC of a day, plus `hours`.
    static func instant(_ iso: String, hours: Double = 12) -> Date {
        day(iso).startInstant(in: utc).addingTimeInterval(hours * 3_600)
    }

    /// Whole pesos as money (centavos).
    static func ars(_ pesos: Int64) -> Money { Money(minorUnits: pesos * 100, currency: .ars) }

    /// Whole dollars as money (cents).
    static func usd(_ dollars: Int64) -> Money { Money(minorUnits: dollars * 100, currency: .usd) }

    static func customer(_ id: CustomerID, collector: CollectorID? = nil, tier: RiskTier? = nil) -> Customer {
        Customer(id: id, name: "Cliente \(id)", collectorID: collector, riskTierOverride: tier)
    }

    static func invoice(
        _ id: InvoiceID, _ customer: CustomerID, issued: String, due: String, amount: Money, balance: Money? = nil,
        status: CollectionStatus = .normal, kind: InvoiceKind = .invoice
    ) -> Invoice {
        Invoice(
            id: id, number: "N-\(id)", customerID: customer, kind: kind, issueDate: day(issued), dueDate: day(due),
            amount: amount, balance: balance, status: status)
    }

    static func creditNote(
        _ id: InvoiceID, _ customer: CustomerID, issued: String, amount: Money, balance: Money? = nil
    )
        -> Invoice
    {
        invoice(id, customer, issued: issued, due: issued, amount: amount, balance: balance, kind: .creditNote)
    }

    /// A payment applied to invoices; its amount is the sum of the allocations plus `unapplied`.
    static func payment(
        _ id: PaymentID, _ customer: CustomerID, on date: String, _ allocations: [(InvoiceID, Money)],
        unapplied: Money? = nil
    ) -> Payment {
        let currency = allocations.first?.1.currency ?? unapplied?.currency ?? .ars
        let total = allocations.reduce(unapplied?.minorUnits ?? 0) { $0 + $1.1.minorUnits }
        return Payment(
            id: id, customerID: customer, date: day(date), amount: Money(minorUnits: total, currency: currency),
            allocations: allocations.map { PaymentAllocation(invoiceID: $0.0, amount: $0.1) })
    }

    static func activity(
        _ id: ActivityID, _ customer: CustomerID, on date: String, hours: Double = 12, _ kind: ActivityKind,
        by performer: Performer = .system, invoices: [InvoiceID] = [], channel: Channel? = nil,
        previous: CollectionStatus? = nil, new: CollectionStatus? = nil, step: String? = nil
    ) -> Activity {
        Activity(
            id: id, timestamp: instant(date, hours: hours), performedBy: performer, customerID: customer,
            invoiceIDs: invoices, kind: kind, channel: channel, previousStatus: previous, newStatus: new,
            cadenceStepID: step)
    }

    static func promised(_ date: String) -> CollectionStatus { .promised(PaymentPromise(date: day(date))) }

    static func disputed(_ department: DepartmentID, on date: String) -> CollectionStatus {
        .disputed(Dispute(departmentID: department, reason: "Diferencia de precio", openedOn: day(date)))
    }

    static func inClarification(_ department: DepartmentID, on date: String) -> CollectionStatus {
        .inClarification(Dispute(departmentID: department, reason: "Falta remito", openedOn: day(date)))
    }

    static func report(
        _ input: MeasuresInput, asOf: String, period: (String, String), buckets: AgingBuckets = .standard,
        window: Int = 7, policy: WorkQueuePolicy = WorkQueuePolicy(), timeZone: TimeZone = utc
    ) throws -> MeasuresReport {
        let request = MeasuresRequest(
            asOf: day(asOf), period: MeasurePeriod(start: day(period.0), end: day(period.1)), agingBuckets: buckets,
            paymentWindowDays: window, workQueue: policy)
        return try Measures.report(input, request: request, timeZone: timeZone)
    }
}

/// Whether two measures agree to 1e-9 (both `nil` counts as agreeing).
func close(_ actual: Double?, _ expected: Double?) -> Bool {
    switch (actual, expected) {
    case (nil, nil): return true
    case (let actual?, let expected?): return abs(actual - expected) < 1e-9
    default: return false
    }
}
