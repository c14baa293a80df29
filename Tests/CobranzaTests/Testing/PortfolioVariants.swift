import Cobranza
import CobranzaTesting
import Foundation

/// Variants of a seeded synthetic portfolio that take the batches (risk classification, measures) off their
/// fast paths: a second currency, records shuffled, customers out of id order, listed twice or missing.
struct PortfolioVariants {
    var customers: [Customer]
    var invoices: [Invoice]
    var payments: [Payment]
    var activities: [Activity]

    /// The portfolio with every third invoice of every second customer, and the payments applied to it, in
    /// US dollars (so some customers and every collector owe in two currencies).
    ///
    /// - Parameter portfolio: The portfolio.
    init(twoCurrencies portfolio: SyntheticPortfolio) {
        customers = portfolio.customers
        activities = portfolio.activities
        var dollars: Set<InvoiceID> = []
        var counts: [CustomerID: Int] = [:]
        let evenCustomers = Set(portfolio.customers.indices.filter { $0 % 2 == 0 }.map { portfolio.customers[$0].id })
        invoices = portfolio.invoices.map { invoice in
            var invoice = invoice
            let count = counts[invoice.customerID, default: 0]
            counts[invoice.customerID] = count + 1
            guard evenCustomers.contains(invoice.customerID), count % 3 == 1 else { return invoice }
            dollars.insert(invoice.id)
            invoice.amount.currency = .usd
            invoice.balance.currency = .usd
            return invoice
        }
        payments = portfolio.payments.map { payment in
            guard payment.allocations.contains(where: { dollars.contains($0.invoiceID) }) else { return payment }
            var payment = payment
            payment.amount.currency = .usd
            for index in payment.allocations.indices { payment.allocations[index].amount.currency = .usd }
            return payment
        }
    }

    /// Shuffles the records and the customers.
    ///
    /// - Parameter rng: The generator.
    mutating func shuffle(using rng: inout SplitMix64) {
        customers.shuffle(using: &rng)
        invoices.shuffle(using: &rng)
        payments.shuffle(using: &rng)
        activities.shuffle(using: &rng)
    }
}
