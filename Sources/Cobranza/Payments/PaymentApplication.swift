import Foundation

/// The result of applying a payment to a customer's invoices: the invoices with reduced balances, the
/// payment with its allocations, and the activities that record every application — ready to commit as
/// one unit of work.
///
/// The rules:
/// - A payment that names invoices pays them in the order named; one that names none pays the customer's
///   open invoices in its currency oldest due first (then oldest issued, then by id).
/// - A partial payment reduces an invoice's balance; a balance that reaches zero closes the invoice as
///   ``CollectionStatus/paid``.
/// - Money left over — an overpayment, or a named invoice already closed — stays on the payment as
///   unapplied credit of the customer (``Payment/unappliedAmount``) and is logged too.
/// - Credit notes and closed invoices are never paid.
///
/// ```swift
/// let application = try PaymentApplication.apply(payment, to: customerInvoices, at: clock.now)
/// try await store.commit(application.changeSet)
/// ```
public struct PaymentApplication: Sendable, Hashable {
    /// The payment, with its allocations filled in.
    public var payment: Payment
    /// The invoices the payment changed, as they are after it.
    public var updatedInvoices: [Invoice]
    /// The same invoices as they were before, in the same order.
    public var originalInvoices: [Invoice]
    /// One activity per allocation, plus one for unapplied credit if any.
    public var activities: [Activity]

    /// The unit of work that records the application: conditional updates of the invoices (so a
    /// concurrent change is detected, not overwritten), the payment, and the activities.
    public var changeSet: ChangeSet {
        var changes = ChangeSet()
        for (after, before) in zip(updatedInvoices, originalInvoices) { changes.update(after, expected: before) }
        changes.insert(payment)
        for activity in activities { changes.append(activity) }
        return changes
    }

    /// Applies a payment to a customer's invoices.
    ///
    /// - Parameters:
    ///   - payment: The payment, without allocations.
    ///   - invoices: The customer's invoices (at least every open one and every one the payment names);
    ///     other customers' invoices are ignored unless named.
    ///   - timestamp: When the application is recorded, for the activities.
    ///   - performedBy: Who records it.
    /// - Returns: The application, ready to commit.
    /// - Throws: ``PaymentError`` naming the payment and invoice.
    public static func apply(
        _ payment: Payment, to invoices: [Invoice], at timestamp: Date, performedBy: Performer = .system
    ) throws(PaymentError) -> PaymentApplication {
        guard payment.amount.isPositive else { throw .nonPositiveAmount(payment.id) }
        guard payment.allocations.isEmpty else { throw .alreadyApplied(payment.id) }
        let currency = payment.amount.currency
        let byID = Dictionary(invoices.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var targets: [Invoice] = []
        if payment.targetInvoiceIDs.isEmpty {
            targets = invoices.filter { $0.customerID == payment.customerID && $0.isOpen && $0.currency == currency }
                .sorted { ($0.dueDate, $0.issueDate, $0.id) < ($1.dueDate, $1.issueDate, $1.id) }
        } else {
            for id in payment.targetInvoiceIDs where !targets.contains(where: { $0.id == id }) {
                guard let invoice = byID[id] else { throw .invoiceNotFound(payment.id, invoice: id) }
                guard invoice.customerID == payment.customerID else {
                    throw .invoiceOfAnotherCustomer(payment.id, invoice: id)
                }
                guard invoice.currency == currency else {
                    throw .currencyMismatch(
                        payment.id, invoice: id, payment: currency, invoiceCurrency: invoice.currency)
                }
                targets.append(invoice)
            }
        }

        let overdue = overdueBalances(of: invoices, customer: payment.customerID, asOf: payment.date)
        let daysLate = invoices.lazy.filter { $0.customerID == payment.customerID && $0.isOpen }
            .map { $0.daysLate(asOf: payment.date) }.max()
        var remaining = payment.amount.minorUnits
        var application = PaymentApplication(
            payment: payment, updatedInvoices: [], originalInvoices: [], activities: [])
        var skippedClosed: [InvoiceID] = []
        for invoice in targets where remaining > 0 {
            guard invoice.isOpen else {
                skippedClosed.append(invoice.id)
                continue
            }
            let applied = Swift.min(remaining, invoice.balance.minorUnits)
            remaining -= applied
            var updated = invoice
            updated.balance.minorUnits -= applied
            if updated.balance.isZero { updated.status = .paid }
            let amount = Money(minorUnits: applied, currency: currency)
            application.payment.allocations.append(PaymentAllocation(invoiceID: invoice.id, amount: amount))
            application.originalInvoices.append(invoice)
            application.updatedInvoices.append(updated)
            application.activities.append(
                Activity(
                    id: ActivityID("payment/\(payment.id)/\(invoice.id)"), timestamp: timestamp,
                    performedBy: performedBy, customerID: payment.customerID, invoiceIDs: [invoice.id],
                    kind: .paymentApplied, overdueBalances: overdue, daysLate: daysLate,
                    previousStatus: invoice.status, newStatus: updated.status, amount: amount,
                    comment: updated.balance.isZero ? "paid in full" : "partial payment"))
        }
        if remaining > 0 {
            let closedNote =
                skippedClosed.isEmpty
                ? "" : "; already closed: \(skippedClosed.map(\.rawValue).joined(separator: ", "))"
            application.activities.append(
                Activity(
                    id: ActivityID("payment/\(payment.id)/credit"), timestamp: timestamp, performedBy: performedBy,
                    customerID: payment.customerID, invoiceIDs: skippedClosed, kind: .unappliedCredit,
                    overdueBalances: overdue, daysLate: daysLate,
                    amount: Money(minorUnits: remaining, currency: currency),
                    comment: "left as unapplied credit" + closedNote))
        }
        return application
    }

    /// A customer's overdue balance on a date, one amount per currency, ordered by currency code.
    ///
    /// - Parameters:
    ///   - invoices: Invoices; only the customer's open, overdue ones count.
    ///   - customer: The customer.
    ///   - date: The date to measure on.
    /// - Returns: The overdue balances, without zero amounts.
    public static func overdueBalances(of invoices: [Invoice], customer: CustomerID, asOf date: CivilDate) -> [Money] {
        var totals: [Currency: Int64] = [:]
        for invoice in invoices where invoice.customerID == customer && invoice.isOverdue(asOf: date) {
            totals[invoice.currency, default: 0] += invoice.balance.minorUnits
        }
        return totals.sorted { $0.key < $1.key }.map { Money(minorUnits: $0.value, currency: $0.key) }
    }
}
