import Cobranza
import Foundation

/// What happens in the scenario's world on one day before the daily run: invoices billed, payments received,
/// collectors' contact outcomes and status changes, departments' dispute resolutions — each applied through
/// the public API an integrator would call.
enum CustomerAction: Sendable, CustomStringConvertible {
    /// The company bills an invoice (imported from its ERP).
    case bill(DailyRunPortfolio.Billing)
    /// Money received from a customer, naming invoices or not (oldest due first).
    case pay(PaymentID, CustomerID, pesos: Int64, invoices: [InvoiceID])
    /// A collector records the outcome of a call.
    case outcome(ContactOutcome, [InvoiceID], by: CollectorID)
    /// A collector changes a status by hand.
    case change(CollectionEvent, [InvoiceID], by: CollectorID)
    /// A department's dispute resolution, recorded by the customer's collector.
    case resolve(InvoiceID, DisputeResolution, by: CollectorID)

    var description: String {
        switch self {
        case .bill(let billing): return "bill \(billing.id)"
        case .pay(let id, let customer, let pesos, let invoices): return "pay \(id) \(customer) \(pesos) \(invoices)"
        case .outcome(let outcome, let invoices, let collector): return "\(collector): \(outcome) \(invoices)"
        case .change(let event, let invoices, let collector): return "\(collector): \(event) \(invoices)"
        case .resolve(let invoice, let resolution, let collector): return "\(collector): \(resolution) \(invoice)"
        }
    }
}

/// The customers' behaviour, day by day. Each story is told in `DailyRunExpectations`.
enum DailyRunBehaviour {
    static func actions(on number: Int) -> [CustomerAction] {
        var actions = DailyRunPortfolio.billings.filter { $0.issued == number }.map(CustomerAction.bill)
        actions += script[number] ?? []
        return actions
    }

    private static func promise(_ day: Int) -> ContactOutcome { .promiseToPay(date: DailyRunPortfolio.day(day)) }

    /// What customers and collectors do, by scenario day (billing comes from `DailyRunPortfolio.billings`).
    static let script: [Int: [CustomerAction]] = [
        // C-01 pays on time.
        29: [.pay("P-01-1", "C-01", pesos: 150_000, invoices: ["F01-1"])],
        // C-03 pays F03-1 in three parts: before the due date, then twice late.
        30: [.pay("P-03-1", "C-03", pesos: 100_000, invoices: ["F03-1"])],
        // C-02 pays 12 days late, after the friendly reminder.
        42: [.pay("P-02-1", "C-02", pesos: 80_000, invoices: ["F02-1"])],
        43: [
            // Bruno's call to C-05 (task of day 42): F05-2 disputed with Sales, F05-1 promised for day 46.
            .outcome(
                .dispute(departmentID: Department.salesID, reason: "Precio distinto al pactado"), ["F05-2"], by: "bruno"
            ),
            .outcome(promise(46), ["F05-1"], by: "bruno"),
            // C-06 says it paid F06-1 today.
            .outcome(.saysItPaid(on: DailyRunPortfolio.day(43)), ["F06-1"], by: "bruno"),
            // C-13 promises F13-1 for day 57.
            .outcome(promise(57), ["F13-1"], by: "ana"),
        ],
        44: [
            .pay("P-03-2", "C-03", pesos: 100_000, invoices: ["F03-1"]),
            // C-11 disputes F11-1 with Billing.
            .outcome(
                .dispute(departmentID: Department.billingID, reason: "Cobro duplicado del flete"), ["F11-1"],
                by: "sofia"),
        ],
        // C-05 keeps its promise for F05-1.
        46: [.pay("P-05-1", "C-05", pesos: 250_000, invoices: ["F05-1"])],
        49: [.pay("P-03-3", "C-03", pesos: 100_000, invoices: ["F03-1"])],
        // Ana's call to C-04 (task of day 49): promise for day 64, which is broken.
        50: [.outcome(promise(64), ["F04-1"], by: "ana")],
        // Bruno's call to C-08 (task of day 50): the customer refuses to pay.
        51: [.change(.refuseToPay, ["F08-1"], by: "bruno")],
        56: [
            // Sales rejects C-05's claim: F05-2 is owed as billed.
            .resolve("F05-2", .notInCustomersFavour, by: "bruno"),
            // C-10 pays 70,000 naming no invoice: F10-1 in full, 10,000 of F10-2.
            .pay("P-10-1", "C-10", pesos: 70_000, invoices: []),
        ],
        57: [
            // C-06's reported payment is finally credited.
            .pay("P-06-1", "C-06", pesos: 90_000, invoices: ["F06-1"]),
            // Billing issues a credit note of 50,000 for C-11's duplicated freight.
            .resolve("F11-1", .creditNote(DailyRunPortfolio.pesos(50_000)), by: "sofia"),
            // C-13 keeps its promise.
            .pay("P-13-1", "C-13", pesos: 220_000, invoices: ["F13-1"]),
        ],
        60: [
            .pay("P-01-2", "C-01", pesos: 150_000, invoices: ["F01-2"]),
            .pay("P-05-2", "C-05", pesos: 120_000, invoices: ["F05-2"]),
            .pay("P-10-2", "C-10", pesos: 30_000, invoices: ["F10-2"]),
        ],
        63: [.pay("P-11-1", "C-11", pesos: 150_000, invoices: ["F11-1"])],
        65: [.pay("P-09-1", "C-09", pesos: 500_000, invoices: ["F09-1"])],
        // C-06 says it paid F06-2 today (before it is due); the money is credited on day 80.
        74: [.outcome(.saysItPaid(on: DailyRunPortfolio.day(74)), ["F06-2"], by: "bruno")],
        79: [.pay("P-02-2", "C-02", pesos: 80_000, invoices: ["F02-2"])],
        80: [
            .pay("P-06-2", "C-06", pesos: 70_000, invoices: ["F06-2"]),
            // C-07 never paid: Ana sends both invoices to legal.
            .change(.sendToLegal, ["F07-1", "F07-2"], by: "ana"),
        ],
        85: [.pay("P-03-4", "C-03", pesos: 120_000, invoices: ["F03-2"])],
        // C-12 pays one day late, before the call.
        86: [.pay("P-12-1", "C-12", pesos: 30_000, invoices: ["F12-1"])],
        92: [.pay("P-01-3", "C-01", pesos: 150_000, invoices: ["F01-3"])],
        // C-08 pays after the suspension notice.
        95: [.pay("P-08-1", "C-08", pesos: 400_000, invoices: ["F08-1"])],
        // C-04 pays after the suspension notice.
        100: [.pay("P-04-1", "C-04", pesos: 180_000, invoices: ["F04-1"])],
    ]

    /// Applies one action through the public API, at `timestamp`.
    static func apply(_ action: CustomerAction, to store: any CollectionStore, at timestamp: Date, day number: Int)
        async throws
    {
        let context = DailyRunPortfolio.statusContext
        switch action {
        case .bill(let billing):
            var changes = ChangeSet()
            changes.upsert(billing.invoice)
            try await store.commit(changes)
        case .pay(let id, let customer, let pesos, let invoices):
            let payment = Payment(
                id: id, customerID: customer, date: DailyRunPortfolio.day(number),
                amount: DailyRunPortfolio.pesos(pesos), targetInvoiceIDs: invoices)
            try await store.record(payment, at: timestamp, policy: context.policy)
        case .outcome(let outcome, let invoices, let collector):
            try await store.recordOutcome(outcome, for: invoices, by: collector, at: timestamp, context: context)
        case .change(let event, let invoices, let collector):
            try await store.changeStatus(
                event, of: invoices, by: .collector(collector), at: timestamp, context: context)
        case .resolve(let invoice, let resolution, let collector):
            try await store.resolveDispute(
                of: invoice, resolution, by: .collector(collector), at: timestamp, context: context)
        }
    }
}
