import CobranzaTesting
import Foundation
import Testing

@testable import Cobranza

/// `EngineState.apply` replaces the open invoices a stage writes in place; the result must be what the
/// straightforward rebuild gives (a new array: each state invoice replaced by its last write and dropped when
/// closed, then the writes of invoices the state did not hold, open ones only).
@Suite("Engine state: invoice writes")
struct EngineStateInvoiceWriteTests {
    @Test("open invoices after writes equal the straightforward rebuild", arguments: [1, 2, 3, 4])
    func invoiceWrites(seed: UInt64) throws {
        let asOf = try CivilDate(year: 2026, month: 5, day: 4)
        let portfolio = SyntheticPortfolio(.init(customers: 150, asOf: asOf, seed: seed))
        let open = portfolio.invoices.filter(\.isOpen)
        var rng = SplitMix64(seed: seed * 31)
        var changes = ChangeSet()
        for invoice in open where rng.next() % 4 == 0 {
            var changed = invoice
            switch rng.next() % 3 {
            case 0: changed.status = .paid
            case 1: changed.balance = Money(minorUnits: 0, currency: invoice.balance.currency)
            default: changed.customFields["revisada"] = "sí"
            }
            changes.update(changed, expected: invoice)
            if rng.next() % 5 == 0 {
                var again = changed
                again.customFields["revisada"] = "dos veces"
                changes.upsert(again)
            }
        }
        // Closed invoices reopened and invoices the state never held.
        for invoice in portfolio.invoices where !invoice.isOpen && rng.next() % 50 == 0 {
            var reopened = invoice
            reopened.balance = invoice.amount
            reopened.status = .normal
            changes.upsert(reopened)
        }
        if let first = open.first {
            var extra = first
            extra.id = InvoiceID("\(first.id.rawValue)-NC")
            changes.upsert(extra)
        }
        var state = EngineState(customers: portfolio.customers, openInvoices: open, collectors: [], departments: [])
        state.apply(changes, planned: false)
        #expect(state.openInvoices == Self.rebuilt(open, with: changes))
        #expect(state.openInvoices.allSatisfy { $0.isOpen })
    }

    /// The rebuild as the engine did it before writing in place.
    private static func rebuilt(_ openInvoices: [Invoice], with changes: ChangeSet) -> [Invoice] {
        var changed = Dictionary(changes.invoices.map { ($0.invoice.id, $0.invoice) }, uniquingKeysWith: { $1 })
        var result: [Invoice] = []
        for invoice in openInvoices {
            guard let replacement = changed.removeValue(forKey: invoice.id) else {
                result.append(invoice)
                continue
            }
            if replacement.isOpen { result.append(replacement) }
        }
        for change in changes.invoices where changed.removeValue(forKey: change.invoice.id) != nil {
            if change.invoice.isOpen { result.append(change.invoice) }
        }
        return result
    }
}
