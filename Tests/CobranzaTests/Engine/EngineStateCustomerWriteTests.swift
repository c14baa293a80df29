import CobranzaTesting
import Foundation
import Testing

@testable import Cobranza

/// `EngineState.apply` replaces written customers by walking the writes beside the state; the result must be
/// what a lookup of every customer in a dictionary of the writes (last write wins) gives, whatever the order.
@Suite("Engine state: customer writes")
struct EngineStateCustomerWriteTests {
    enum Order: String, CaseIterable, Sendable {
        case stateOrder, shuffled, withRepeats, unknownCustomer
    }

    @Test("written customers land as the dictionary lookup puts them", arguments: Order.allCases)
    func customerWrites(order: Order) throws {
        let portfolio = SyntheticPortfolio(
            .init(customers: 300, asOf: try CivilDate(year: 2026, month: 5, day: 4), seed: 5))
        var rng = SplitMix64(seed: 3)
        var written: [Customer] = []
        for customer in portfolio.customers where rng.next() % 3 == 0 {
            var changed = customer
            changed.name += " (editado \(written.count))"
            written.append(changed)
        }
        switch order {
        case .stateOrder:
            break
        case .shuffled:
            for index in written.indices.reversed() { written.swapAt(index, Int(rng.next() % UInt64(index + 1))) }
        case .withRepeats:
            var again = written[written.count / 2]
            again.name += " otra vez"
            written.insert(again, at: written.count / 2 + 1)
            written.append(again)
        case .unknownCustomer:
            written.insert(Customer(id: "C-ZZZ", name: "No está"), at: written.count / 3)
        }
        var state = EngineState(
            customers: portfolio.customers, openInvoices: [], collectors: portfolio.collectors, departments: [])
        var changes = ChangeSet()
        for customer in written { changes.upsert(customer) }
        state.apply(changes, planned: false)

        let byID = Dictionary(written.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        let expected = portfolio.customers.map { byID[$0.id] ?? $0 }
        #expect(state.customers == expected)
        #expect(
            state.customers.filter { $0.name.contains("editado") }.count == Set(written.map(\.id)).count
                - (order == .unknownCustomer ? 1 : 0))
    }
}
