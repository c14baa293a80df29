import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The example of `Documentation/Risk-Classification.md`, run as written.
@Suite("Risk classification: the guide's example")
struct RiskGuideExampleTests {
    @Test("twelve invoices each paid 20 days late give B, with the reasons the guide prints")
    func guideExample() async throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let asOf = try CivilDate(iso: "2024-06-30")
        let customer = Customer(
            id: "C-001", name: "Ferretería Don Pepe SRL",
            creditLimit: Money(minorUnits: 50_000_000, currency: .ars), customerSince: try CivilDate(iso: "2021-03-01"))

        // Twelve monthly invoices of $100.000, due 2023-07-10 … 2024-06-10, each paid 20 days late.
        var invoices: [Invoice] = []
        var payments: [Payment] = []
        let firstDue = try CivilDate(iso: "2023-07-10")
        for month in 0..<12 {
            let due = firstDue.adding(months: month)
            let id = InvoiceID("FA-\(month + 1)")
            let amount = Money(minorUnits: 10_000_000, currency: .ars)
            invoices.append(
                Invoice(
                    id: id, number: "A-0001-\(month + 1)", customerID: customer.id, issueDate: due.adding(days: -30),
                    dueDate: due, amount: amount, balance: .zero(.ars), status: .paid))
            payments.append(
                Payment(
                    id: PaymentID("R-\(month + 1)"), customerID: customer.id, date: due.adding(days: 20),
                    amount: amount, targetInvoiceIDs: [id],
                    allocations: [PaymentAllocation(invoiceID: id, amount: amount)]
                ))
        }

        let classifier = RiskClassifier(policy: .standard, timeZone: utc)
        let assessment = classifier.assess(
            customer, invoices: invoices, payments: payments, activities: [], asOf: asOf)
        #expect(assessment.tier == .b)
        #expect(
            assessment.reasonTexts(in: .spanish) == [
                "puntaje 33,8 de 100: nivel B",
                "pagó 0 de 12 facturas a término",
                "promedio de 20 días de atraso en 12 facturas",
                "atraso ponderado por monto: 20 días",
                "peor atraso: 20 días",
            ])

        // The daily run: read, classify, commit.
        let store: any CollectionStore = InMemoryCollectionStore()
        var seed = ChangeSet()
        seed.upsert(customer)
        for invoice in invoices { seed.upsert(invoice) }
        for payment in payments { seed.insert(payment) }
        try await store.commit(seed)
        let changes = classifier.changeSet(for: [assessment], customers: [customer], at: Fixtures.baseInstant)
        try await store.commit(changes)
        let stored = try await store.customers(ids: ["C-001"])
        #expect(stored.first?.risk?.tier == .b)
        #expect(changes.activities.first?.comment?.hasPrefix("nivel de riesgo inicial B: puntaje 33,8") == true)
    }
}

extension RiskGuideExampleTests {
    @Test("the standard policy printed in the guide is the standard policy")
    func guideJSON() throws {
        let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Documentation/Risk-Classification.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let json = String(text[start.upperBound..<end.lowerBound])
        #expect(try JSONDecoder().decode(RiskPolicy.self, from: Data(json.utf8)) == .standard)
    }
}
