import Foundation

/// Plans the agreement of a ``PaymentPlan`` as a pure function: validates it, moves the invoices into the
/// plan and issues the installments.
///
/// The agreement is refused (``StatusError``) when an invoice is missing, of another customer or currency,
/// not in a status that allows a plan (active statuses and legal), or when the installments are empty, not
/// positive, not in strictly increasing date order, start before today, or do not add up to the invoices'
/// balance; or when the agreement id is already used.
public enum PaymentPlanPlanner {
    /// Plans an agreement.
    ///
    /// - Parameters:
    ///   - plan: The agreement.
    ///   - invoices: The named invoices, the rest of the customer's, and any invoice already stored under
    ///     one of the installments' ids.
    ///   - performer: Who agreed it.
    ///   - timestamp: When.
    ///   - context: Policy and time zone.
    ///   - comment: Terms, for the log.
    /// - Returns: The plan: conditional updates of the originals, upserts of the installments, two
    ///   ``ActivityKind/paymentPlanAgreed`` activities (`plan/<id>/agreed` for the originals,
    ///   `plan/<id>/installments` for the new installments).
    /// - Throws: ``StatusError``.
    public static func plan(
        _ plan: PaymentPlan, invoices: [Invoice], by performer: Performer, at timestamp: Date, context: StatusContext,
        comment: String? = nil
    ) throws(StatusError) -> StatusPlan {
        let agreementID = plan.agreementID
        func invalid(_ reason: String) -> StatusError { .invalidPaymentPlan(agreementID: agreementID, reason: reason) }
        guard !agreementID.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw invalid("the agreement id is empty")
        }
        let selected = try InvoiceSelection.select(plan.invoiceIDs, from: invoices)
        let customerID = selected[0].customerID
        let currency = selected[0].currency
        for invoice in selected where invoice.currency != currency {
            throw .currencyMismatch(field: "invoiceIDs", expected: currency, found: invoice.currency)
        }
        var moved: [Invoice] = []
        for invoice in selected { moved.append(try invoice.applying(.agreePaymentPlan(agreementID: agreementID))) }
        let installmentIDs = Set(
            plan.installments.indices.map { PaymentPlan.installmentID(agreementID: agreementID, number: $0 + 1) })
        if invoices.contains(where: {
            installmentIDs.contains($0.id) || $0.customFields[PaymentPlan.agreementField] == agreementID
                || $0.status == .paymentPlan(agreementID: agreementID)
        }) {
            throw .agreementExists(agreementID)
        }
        let today = context.today(at: timestamp)
        guard let first = plan.installments.first else { throw invalid("it has no installments") }
        guard first.dueDate >= today else { throw invalid("the first installment is due before today") }
        var previous: CivilDate?
        var total: Int64 = 0
        for (index, installment) in plan.installments.enumerated() {
            guard installment.amount.currency == currency else {
                throw .currencyMismatch(
                    field: "installments[\(index)].amount", expected: currency, found: installment.amount.currency)
            }
            guard installment.amount.isPositive else {
                throw .nonPositiveAmount(field: "installments[\(index)].amount")
            }
            if let previous, installment.dueDate <= previous {
                throw invalid("installment \(index + 1) is not due after installment \(index)")
            }
            previous = installment.dueDate
            total += installment.amount.minorUnits
        }
        let owed = selected.reduce(Int64(0)) { $0 + $1.balance.minorUnits }
        guard total == owed else { throw invalid("the installments do not add up to the invoices' balance") }

        var originals: [LoggedTransition] = []
        var result = StatusPlan()
        for (invoice, after) in zip(selected, moved) {
            var after = after
            after.customFields[PaymentPlan.balanceField] = String(invoice.balance.minorUnits)
            after.balance.minorUnits = 0
            result.invoiceChanges.append(.update(after, expected: invoice))
            originals.append((invoice.status, after))
        }
        var issued: [LoggedTransition] = []
        let count = plan.installments.count
        for (index, installment) in plan.installments.enumerated() {
            let invoice = Invoice(
                id: PaymentPlan.installmentID(agreementID: agreementID, number: index + 1),
                number: "\(agreementID) \(index + 1)/\(count)", customerID: customerID, kind: .installment,
                issueDate: today, dueDate: installment.dueDate, amount: installment.amount,
                customFields: [
                    PaymentPlan.agreementField: agreementID, PaymentPlan.installmentField: "\(index + 1)/\(count)",
                ])
            result.invoiceChanges.append(.upsert(invoice))
            issued.append((nil, invoice))
        }
        let terms = "\(count) installment\(count == 1 ? "" : "s"), the first due \(first.dueDate)"
        var draft = ActivityDraft(
            baseID: "plan/\(agreementID)/agreed", timestamp: timestamp, performedBy: performer, customerID: customerID,
            kind: .paymentPlanAgreed, channel: nil,
            snapshot: CustomerSnapshot(
                invoices: invoices, customer: customerID, asOf: today, stages: context.policy.stages),
            nextActionDate: first.dueDate, amount: Money(minorUnits: owed, currency: currency),
            comment: [comment, "Payment plan \(agreementID): \(terms)."].compactMap { $0 }.joined(separator: " "))
        result.activities = draft.activities(for: originals)
        draft.baseID = "plan/\(agreementID)/installments"
        draft.comment = "Installments of payment plan \(agreementID) issued: \(terms)."
        result.activities += draft.activities(for: issued)
        return result
    }
}
