import Foundation

/// A customer's situation at one moment, as every activity records it: overdue balance per currency, worst
/// days late, portfolio stage.
struct CustomerSnapshot: Sendable, Hashable {
    var overdueBalances: [Money]
    var daysLate: Int?
    var stage: PortfolioStage

    init(invoices: [Invoice], customer: CustomerID, asOf date: CivilDate, stages: PortfolioStagePolicy) {
        let own = invoices.filter { $0.customerID == customer }
        overdueBalances = PaymentApplication.overdueBalances(of: own, customer: customer, asOf: date)
        daysLate = own.lazy.filter(\.isOpen).map { $0.daysLate(asOf: date) }.max()
        stage = stages.stage(ofCustomer: own, asOf: date)
    }
}

/// The fields every activity of one operation shares.
struct ActivityDraft: Sendable {
    var baseID: String
    var timestamp: Date
    var performedBy: Performer
    var customerID: CustomerID
    var kind: ActivityKind
    var channel: Channel?
    var snapshot: CustomerSnapshot
    var nextActionDate: CivilDate?
    var amount: Money?
    var comment: String?

    /// One activity per group of invoices sharing their previous and new status, in order of first
    /// appearance; the first is `baseID`, the next `baseID/2`, `baseID/3` …
    func activities(for transitions: [(before: CollectionStatus?, after: Invoice)]) -> [Activity] {
        var groups: [(before: CollectionStatus?, after: CollectionStatus, ids: [InvoiceID])] = []
        for (before, invoice) in transitions {
            if let index = groups.firstIndex(where: { $0.before == before && $0.after == invoice.status }) {
                groups[index].ids.append(invoice.id)
            } else {
                groups.append((before, invoice.status, [invoice.id]))
            }
        }
        return groups.enumerated().map { index, group in
            Activity(
                id: ActivityID(index == 0 ? baseID : "\(baseID)/\(index + 1)"), timestamp: timestamp,
                performedBy: performedBy, customerID: customerID, invoiceIDs: group.ids, kind: kind, channel: channel,
                overdueBalances: snapshot.overdueBalances, daysLate: snapshot.daysLate,
                portfolioStage: snapshot.stage, previousStatus: group.before, newStatus: group.after,
                nextActionDate: nextActionDate, amount: amount, comment: comment)
        }
    }
}

extension Invoice {
    /// The invoice after an event, or the state machine's refusal naming the invoice.
    func applying(_ event: CollectionEvent) throws(StatusError) -> Invoice {
        var copy = self
        do {
            copy.status = try CollectionStateMachine.transition(from: status, on: event)
        } catch {
            throw .transitionForbidden(id, error)
        }
        return copy
    }
}

/// Finds the named invoices among those read, checks they exist, are receivables and share one customer.
enum InvoiceSelection {
    static func select(_ ids: [InvoiceID], from invoices: [Invoice]) throws(StatusError) -> [Invoice] {
        var seen: Set<InvoiceID> = []
        let unique = ids.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { throw .noInvoices }
        let byID = Dictionary(invoices.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var selected: [Invoice] = []
        for id in unique {
            guard let invoice = byID[id] else { throw .invoiceNotFound(id) }
            if let first = selected.first, invoice.customerID != first.customerID {
                throw .invoicesOfDifferentCustomers(id, customer: invoice.customerID, expected: first.customerID)
            }
            guard invoice.kind.isReceivable else { throw .notReceivable(id) }
            selected.append(invoice)
        }
        return selected
    }
}
