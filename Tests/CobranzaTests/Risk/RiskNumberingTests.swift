import CobranzaTesting
import Foundation
import Testing

@testable import Cobranza

/// Customers are numbered by comparing ids when the records come customer by customer or the customers are in
/// id order, and through a dictionary otherwise; every way gives each customer the same assessment.
@Suite("Risk classification: customers numbered with and without hashing")
struct RiskNumberingTests {
    static let asOf = CivilDate(daysSinceEpoch: 20_402)
    let classifier = RiskClassifier(timeZone: TimeZone(identifier: "UTC") ?? .gmt)

    func classify(_ variant: PortfolioVariants) -> [RiskAssessment] {
        classifier.classify(
            customers: variant.customers, invoices: variant.invoices, payments: variant.payments,
            activities: variant.activities, asOf: Self.asOf)
    }

    @Test("two currencies, customers and records shuffled: each customer gets what it gets in id order, and alone")
    func shuffledTwoCurrencies() {
        let portfolio = SyntheticPortfolio(
            .init(customers: 200, asOf: Self.asOf, customersPerCollector: 40, seed: 31))
        let ordered = PortfolioVariants(twoCurrencies: portfolio)
        var shuffled = ordered
        var rng = SplitMix64(seed: 3)
        shuffled.shuffle(using: &rng)
        let inOrder = classify(ordered)
        let byID = Dictionary(uniqueKeysWithValues: inOrder.map { ($0.customerID, $0) })
        let fromShuffled = classify(shuffled)
        #expect(fromShuffled.map(\.customerID) == shuffled.customers.map(\.id))
        #expect(fromShuffled.allSatisfy { byID[$0.customerID] == $0 })
        // Some customers really owe in two currencies.
        #expect(inOrder.contains { $0.features.openBalance.count == 2 || $0.features.billedPerYear.count == 2 })
        // The reference: every customer classified alone from its own records, found by plain filtering.
        for position in stride(from: 0, to: ordered.customers.count, by: 13) {
            let customer = ordered.customers[position]
            let alone = classifier.assess(
                customer, invoices: ordered.invoices.filter { $0.customerID == customer.id },
                payments: ordered.payments.filter { $0.customerID == customer.id },
                activities: ordered.activities.filter { $0.customerID == customer.id }, asOf: Self.asOf)
            #expect(inOrder[position] == alone)
        }
    }

    @Test("the numbering: id order bisected, any other order hashed, a repeated id refused, added ids found")
    func numbering() throws {
        let ids: [CustomerID] = ["C-1", "C-2", "C-3", "C-5", "C-8"]
        let sorted = try #require(CustomerNumbering(ids.map { Customer(id: $0, name: $0.rawValue) }))
        let unsorted = try #require(CustomerNumbering(ids.reversed().map { Customer(id: $0, name: $0.rawValue) }))
        for var numbering in [sorted, unsorted] {
            let listed = numbering.ids
            // Looked up in every order: ascending, descending, jumping.
            for id in ids + ids.reversed() + ["C-5", "C-1", "C-8", "C-2"] {
                #expect(numbering.position(of: id).map { listed[$0] } == id)
            }
            for absent in ["C-0", "C-4", "C-9", "B", "D", ""] as [CustomerID] {
                #expect(numbering.position(of: absent) == nil)
            }
            #expect(numbering.add("C-4") == 5)
            #expect(numbering.add("A-1") == 6)
            #expect(numbering.position(of: "C-8").map { numbering.ids[$0] } == "C-8")
            #expect(numbering.position(of: "C-4") == 5)
            #expect(numbering.position(of: "A-1") == 6)
            #expect(numbering.count == 7)
        }
        #expect(
            CustomerNumbering([
                Customer(id: "C-1", name: "a"), Customer(id: "C-2", name: "b"),
                Customer(id: "C-1", name: "c"),
            ]) == nil)
        #expect(CustomerNumbering([Customer(id: "C-2", name: "a"), Customer(id: "C-2", name: "b")]) == nil)
        var empty = try #require(CustomerNumbering([]))
        #expect(empty.position(of: "C-1") == nil)
        #expect(empty.add("C-1") == 0 && empty.position(of: "C-1") == 0)
    }
}
