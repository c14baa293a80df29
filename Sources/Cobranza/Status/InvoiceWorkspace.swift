/// The invoices of one operation as read and as changed so far, so that several steps (a payment, then
/// the promise it keeps, then the plan it completes) build on each other and end in one conditional update
/// per invoice.
struct InvoiceWorkspace: Sendable {
    private var read: [InvoiceID: Invoice] = [:]
    private var current: [InvoiceID: Invoice] = [:]
    private var order: [InvoiceID] = []
    private var touched: [InvoiceID] = []

    init(_ invoices: [Invoice]) {
        for invoice in invoices where read[invoice.id] == nil {
            read[invoice.id] = invoice
            current[invoice.id] = invoice
            order.append(invoice.id)
        }
    }

    /// Every invoice, as changed so far, in the order read (new ones last).
    var all: [Invoice] { order.compactMap { current[$0] } }

    subscript(id: InvoiceID) -> Invoice? { current[id] }

    /// Records a new version of an invoice (or a new invoice).
    mutating func set(_ invoice: Invoice) {
        if current[invoice.id] == nil { order.append(invoice.id) }
        if !touched.contains(invoice.id) { touched.append(invoice.id) }
        current[invoice.id] = invoice
    }

    /// Conditional updates of the changed invoices that existed, upserts of the new ones, in order of change.
    var changes: [InvoiceChange] {
        touched.compactMap { id in
            guard let invoice = current[id] else { return nil }
            if let before = read[id] { return .update(invoice, expected: before) }
            return .upsert(invoice)
        }
    }
}

/// A transition for the log: the status before (`nil` for a new invoice) and the invoice after.
typealias LoggedTransition = (before: CollectionStatus?, after: Invoice)

/// Finds and settles a payment plan's invoices.
enum PaymentPlanLedger {
    static func installments(of agreementID: String, in invoices: [Invoice]) -> [Invoice] {
        invoices.filter { $0.kind == .installment && $0.customFields[PaymentPlan.agreementField] == agreementID }
            .sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
    }

    static func originals(of agreementID: String, in invoices: [Invoice]) -> [Invoice] {
        invoices.filter { $0.status == .paymentPlan(agreementID: agreementID) }
            .sorted { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
    }

    /// Closes the originals when every installment is closed: paid if any installment was paid, else
    /// cancelled. Returns the originals' transitions (none when the plan is not complete).
    static func complete(_ agreementID: String, in workspace: inout InvoiceWorkspace) throws(StatusError)
        -> [LoggedTransition]
    {
        let installments = installments(of: agreementID, in: workspace.all)
        guard !installments.isEmpty, installments.allSatisfy(\.status.isClosed) else { return [] }
        let event: CollectionEvent = installments.contains { $0.status == .paid } ? .payInFull : .cancel
        var transitions: [LoggedTransition] = []
        for original in originals(of: agreementID, in: workspace.all) {
            var after = try original.applying(event)
            after.balance.minorUnits = 0
            after.customFields[PaymentPlan.balanceField] = nil
            workspace.set(after)
            transitions.append((original.status, after))
        }
        return transitions
    }

    /// Defaults a plan: cancels the open installments and restores on the originals what the installments
    /// did not pay, oldest due first. Returns the originals' and the installments' transitions.
    static func `default`(_ agreementID: String, in workspace: inout InvoiceWorkspace) throws(StatusError)
        -> (originals: [LoggedTransition], installments: [LoggedTransition])
    {
        var result: (originals: [LoggedTransition], installments: [LoggedTransition]) = ([], [])
        var unpaid: Int64 = 0
        for installment in installments(of: agreementID, in: workspace.all) where !installment.status.isClosed {
            unpaid += installment.balance.minorUnits
            var after = try installment.applying(.cancel)
            after.balance.minorUnits = 0
            workspace.set(after)
            result.installments.append((installment.status, after))
        }
        let originals = originals(of: agreementID, in: workspace.all)
        let owedAtAgreement = originals.map { original in
            original.customFields[PaymentPlan.balanceField].flatMap { Int64($0) } ?? original.amount.minorUnits
        }
        var paidThroughPlan = Swift.max(0, owedAtAgreement.reduce(0, +) - unpaid)
        for (original, owed) in zip(originals, owedAtAgreement) {
            let covered = Swift.min(paidThroughPlan, owed)
            paidThroughPlan -= covered
            let restored = owed - covered
            var after = try original.applying(restored > 0 ? .defaultPlan : .payInFull)
            after.balance.minorUnits = restored
            after.customFields[PaymentPlan.balanceField] = nil
            workspace.set(after)
            result.originals.append((original.status, after))
        }
        return result
    }
}
