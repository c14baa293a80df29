import Cobranza
import Foundation

/// A customer's history built by hand for risk scenarios: invoices with the day they were paid, broken
/// promises, disputes and calls.
struct RiskHistory {
    static let utc = TimeZone(identifier: "UTC") ?? .current
    /// The as-of date of every scenario: 2024-06-30.
    static let asOf = CivilDate(daysSinceEpoch: 19_904)

    var customer: Customer
    var invoices: [Invoice] = []
    var payments: [Payment] = []
    var activities: [Activity] = []

    init(
        _ id: CustomerID, since: CivilDate? = nil, creditLimit: Int64? = 100_000_000, currency: Currency = .ars
    ) {
        customer = Customer(
            id: id, name: "Cliente \(id) SRL",
            creditLimit: creditLimit.map { Money(minorUnits: $0, currency: currency) }, customerSince: since)
    }

    /// A date `offset` days from the as-of date.
    static func day(_ offset: Int) -> CivilDate { asOf.adding(days: offset) }

    /// Adds an invoice issued 30 days before it is due, paid in full `paidDaysLate` days after the due date
    /// (negative: early), or unpaid when `nil`.
    mutating func invoice(
        _ number: String, due: CivilDate, amount: Int64 = 10_000_000, paidDaysLate: Int?, currency: Currency = .ars
    ) {
        let id = InvoiceID("\(customer.id)-\(number)")
        var invoice = Invoice(
            id: id, number: number, customerID: customer.id, issueDate: due.adding(days: -30), dueDate: due,
            amount: Money(minorUnits: amount, currency: currency))
        if let paidDaysLate {
            pay(&invoice, amount: amount, on: due.adding(days: paidDaysLate))
        }
        invoices.append(invoice)
    }

    /// Records a payment of part or all of an invoice's balance.
    mutating func pay(_ invoice: inout Invoice, amount: Int64, on date: CivilDate) {
        let money = Money(minorUnits: amount, currency: invoice.currency)
        payments.append(
            Payment(
                id: PaymentID("P-\(invoice.id)-\(payments.count)"), customerID: customer.id, date: date, amount: money,
                targetInvoiceIDs: [invoice.id], allocations: [PaymentAllocation(invoiceID: invoice.id, amount: money)]))
        invoice.balance = Money(minorUnits: invoice.balance.minorUnits - amount, currency: invoice.currency)
        if invoice.balance.minorUnits <= 0 { invoice.status = .paid }
    }

    /// Monthly invoices due on the 10th for `months` months ending with the as-of month, each paid
    /// `paidDaysLate(month)` days late (nil: unpaid); invoices due after the as-of date stay open.
    mutating func monthly(months: Int, amount: Int64 = 10_000_000, paidDaysLate: (Int) -> Int?) {
        let lastDue = (try? CivilDate(year: 2024, month: 6, day: 10)) ?? RiskHistory.asOf
        for month in 0..<months {
            let due = lastDue.adding(months: month - months + 1)
            let late = paidDaysLate(month).flatMap { due.adding(days: $0) <= RiskHistory.asOf ? $0 : nil }
            invoice("M\(month)", due: due, amount: amount, paidDaysLate: late)
        }
    }

    /// Logs an activity at 15:00 UTC on a day.
    mutating func log(_ kind: ActivityKind, on date: CivilDate, newStatus: CollectionStatus? = nil) {
        activities.append(
            Activity(
                id: ActivityID("A-\(customer.id)-\(activities.count)"),
                timestamp: date.startInstant(in: RiskHistory.utc).addingTimeInterval(15 * 3_600),
                performedBy: .collector("ana"), customerID: customer.id, kind: kind, channel: .phoneCall,
                newStatus: newStatus))
    }

    mutating func brokenPromise(on date: CivilDate) { log(.promiseBroken, on: date) }

    mutating func dispute(on date: CivilDate) {
        log(
            .outcome, on: date,
            newStatus: .disputed(Dispute(departmentID: "billing", reason: "Precio", openedOn: date)))
    }

    func assess(
        _ classifier: RiskClassifier = RiskClassifier(timeZone: RiskHistory.utc), asOf: CivilDate = RiskHistory.asOf
    ) -> RiskAssessment {
        classifier.assess(customer, invoices: invoices, payments: payments, activities: activities, asOf: asOf)
    }
}
