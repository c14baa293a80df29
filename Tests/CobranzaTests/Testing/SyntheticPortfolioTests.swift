import Cobranza
import CobranzaTesting
import Testing

@Suite("Synthetic portfolio")
struct SyntheticPortfolioTests {
    let configuration = SyntheticPortfolio.Configuration(customers: 400, asOf: Fixtures.day(0), seed: 11)

    @Test("the same seed gives the same portfolio; another seed another one")
    func deterministic() {
        let first = SyntheticPortfolio(configuration)
        let second = SyntheticPortfolio(configuration)
        #expect(first.customers == second.customers)
        #expect(first.invoices == second.invoices)
        #expect(first.payments == second.payments)
        #expect(first.activities == second.activities)
        var other = configuration
        other.seed = 12
        #expect(SyntheticPortfolio(other).invoices != first.invoices)
    }

    @Test("balances agree with the payments, nothing happens after the as-of day, and about a fifth is overdue")
    func consistent() {
        let portfolio = SyntheticPortfolio(configuration)
        let asOf = configuration.asOf
        var allocated: [InvoiceID: Int64] = [:]
        for payment in portfolio.payments {
            #expect(payment.date <= asOf)
            for allocation in payment.allocations {
                allocated[allocation.invoiceID, default: 0] += allocation.amount.minorUnits
            }
        }
        for invoice in portfolio.invoices {
            #expect(invoice.issueDate <= asOf)
            #expect(invoice.balance.minorUnits == invoice.amount.minorUnits - allocated[invoice.id, default: 0])
            #expect(!invoice.balance.isNegative)
            #expect((invoice.status == .paid) == invoice.balance.isZero)
        }
        #expect(portfolio.activities.allSatisfy { CivilDate(instant: $0.timestamp, in: .gmt) <= asOf })
        let overdue = portfolio.invoices.filter { $0.isOverdue(asOf: asOf) }.count
        let share = Double(overdue) / Double(portfolio.invoices.count)
        #expect(share > 0.12 && share < 0.30, "overdue share \(share)")
        #expect(Set(portfolio.habits) == Set(SyntheticPortfolio.Habit.allCases))
        #expect(portfolio.collectors.count == 1)
    }

    @Test("it commits to a store as one valid unit of work")
    func commits() async throws {
        let portfolio = SyntheticPortfolio(configuration)
        let store: any CollectionStore = InMemoryCollectionStore()
        try await store.commit(portfolio.changeSet())
        let stored = try await store.invoices(ids: portfolio.invoices.prefix(5).map(\.id))
        #expect(stored == Array(portfolio.invoices.prefix(5)))
    }
}
