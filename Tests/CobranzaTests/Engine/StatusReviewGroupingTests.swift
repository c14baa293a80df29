import CobranzaTesting
import Foundation
import Testing

@testable import Cobranza

/// The status review groups the invoices it reads by customer a run at a time; the groups must be those of
/// `Dictionary(grouping:by:)`, in the order given, whether the invoices come grouped or not.
@Suite("Status review: invoices by customer")
struct StatusReviewGroupingTests {
    @Test("groups equal Dictionary(grouping:by:)", arguments: [false, true])
    func groupsMatchDictionaryGrouping(shuffled: Bool) throws {
        let portfolio = SyntheticPortfolio(
            .init(customers: 80, asOf: try CivilDate(year: 2026, month: 5, day: 4), seed: 21))
        var invoices = portfolio.invoices
        if shuffled {
            var rng = SplitMix64(seed: 8)
            for index in invoices.indices.reversed() { invoices.swapAt(index, Int(rng.next() % UInt64(index + 1))) }
        }
        let groups = CollectionEngine.groupedByCustomer(invoices)
        #expect(groups == Dictionary(grouping: invoices, by: \.customerID))
        #expect(groups.values.reduce(0) { $0 + $1.count } == portfolio.invoices.count)
        #expect(CollectionEngine.groupedByCustomer([]).isEmpty)
    }
}
