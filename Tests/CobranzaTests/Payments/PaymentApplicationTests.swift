import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Payment application")
struct PaymentApplicationTests {
    let now = Fixtures.baseInstant
    func ars(_ units: Int64) -> Money { Money(minorUnits: units, currency: .ars) }

    /// Three open invoices of C-1 due on days -20, -10 and +5, one credit note, one USD invoice,
    /// one paid invoice, and an invoice of another customer.
    func portfolio() -> [Invoice] {
        var creditNote = Fixtures.invoice("NC-1", customer: "C-1", due: Fixtures.day(-30), amount: 5_000)
        creditNote.kind = .creditNote
        var paid = Fixtures.invoice("FA-0", customer: "C-1", due: Fixtures.day(-40), amount: 9_000, balance: 0)
        paid.status = .paid
        return [
            Fixtures.invoice("FA-3", customer: "C-1", due: Fixtures.day(5), amount: 30_000),
            Fixtures.invoice("FA-1", customer: "C-1", due: Fixtures.day(-20), amount: 10_000),
            Fixtures.invoice("FA-2", customer: "C-1", due: Fixtures.day(-10), amount: 20_000, balance: 15_000),
            Fixtures.invoice("US-1", customer: "C-1", due: Fixtures.day(-50), amount: 700, currency: .usd),
            Fixtures.invoice("FA-9", customer: "C-2", due: Fixtures.day(-60), amount: 1_000),
            creditNote, paid,
        ]
    }

    @Test("without named invoices, pays the oldest due first in the payment's currency")
    func oldestFirst() throws {
        let payment = Payment(id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(20_000))
        let application = try PaymentApplication.apply(payment, to: portfolio(), at: now)
        #expect(
            application.payment.allocations == [
                PaymentAllocation(invoiceID: "FA-1", amount: ars(10_000)),
                PaymentAllocation(invoiceID: "FA-2", amount: ars(10_000)),
            ])
        #expect(application.updatedInvoices.map(\.balance) == [ars(0), ars(5_000)])
        #expect(application.updatedInvoices.map(\.status) == [.paid, .normal])
        #expect(application.payment.unappliedAmount.isZero)
    }

    @Test("every allocation is logged with the overdue balance and days late at that moment")
    func activitiesRecordTheMoment() throws {
        let payment = Payment(id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(12_000))
        let application = try PaymentApplication.apply(
            payment, to: portfolio(), at: now, performedBy: .collector("ana"))
        let activities = application.activities
        #expect(activities.map(\.id) == ["payment/R-1/FA-1", "payment/R-1/FA-2"])
        #expect(activities.allSatisfy { $0.kind == .paymentApplied && $0.performedBy == .collector("ana") })
        // Overdue before the payment: FA-1 10,000 + FA-2 15,000 in ARS, US-1 700 in USD; worst 50 days late.
        #expect(activities[0].overdueBalances == [ars(25_000), Money(minorUnits: 700, currency: .usd)])
        #expect(activities[0].daysLate == 50)
        #expect(activities[0].previousStatus == .normal && activities[0].newStatus == .paid)
        #expect(activities[1].amount == ars(2_000) && activities[1].newStatus == .normal)
    }

    @Test("a payment naming invoices pays them in the order named")
    func namedInvoices() throws {
        let payment = Payment(
            id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(35_000),
            targetInvoiceIDs: ["FA-3", "FA-1"])
        let application = try PaymentApplication.apply(payment, to: portfolio(), at: now)
        #expect(application.payment.allocations.map(\.invoiceID) == ["FA-3", "FA-1"])
        #expect(application.payment.allocations.map(\.amount) == [ars(30_000), ars(5_000)])
        #expect(application.updatedInvoices.first { $0.id == "FA-1" }?.balance == ars(5_000))
    }

    @Test("an overpayment stays as unapplied credit, logged")
    func overpayment() throws {
        let payment = Payment(id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(100_000))
        let application = try PaymentApplication.apply(payment, to: portfolio(), at: now)
        #expect(application.payment.allocatedAmount == ars(55_000))
        #expect(application.payment.unappliedAmount == ars(45_000))
        #expect(application.updatedInvoices.allSatisfy { $0.status == .paid && $0.balance.isZero })
        let credit = try #require(application.activities.last)
        #expect(credit.kind == .unappliedCredit && credit.amount == ars(45_000))
    }

    @Test("a named invoice already paid leaves the money as credit and says why")
    func namedClosedInvoice() throws {
        let payment = Payment(
            id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(9_000), targetInvoiceIDs: ["FA-0"])
        let application = try PaymentApplication.apply(payment, to: portfolio(), at: now)
        #expect(application.payment.allocations.isEmpty)
        #expect(application.payment.unappliedAmount == ars(9_000))
        #expect(application.activities.map(\.invoiceIDs) == [["FA-0"]])
        #expect(application.activities.first?.comment?.contains("FA-0") == true)
    }

    @Test("credit notes, other currencies and other customers are never paid")
    func neverPaid() throws {
        let payment = Payment(id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(1_000_000))
        let paid = try PaymentApplication.apply(payment, to: portfolio(), at: now).payment.allocations.map(\.invoiceID)
        #expect(Set(paid) == ["FA-1", "FA-2", "FA-3"])
    }

    @Test("bad payments are typed errors naming the payment and invoice")
    func errors() {
        let invoices = portfolio()
        func payment(_ amount: Int64, _ targets: [InvoiceID] = []) -> Payment {
            Payment(id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(amount), targetInvoiceIDs: targets)
        }
        #expect(throws: PaymentError.nonPositiveAmount("R-1")) {
            try PaymentApplication.apply(payment(0), to: invoices, at: now)
        }
        #expect(throws: PaymentError.invoiceNotFound("R-1", invoice: "FA-404")) {
            try PaymentApplication.apply(payment(10, ["FA-404"]), to: invoices, at: now)
        }
        #expect(throws: PaymentError.invoiceOfAnotherCustomer("R-1", invoice: "FA-9")) {
            try PaymentApplication.apply(payment(10, ["FA-9"]), to: invoices, at: now)
        }
        #expect(throws: PaymentError.currencyMismatch("R-1", invoice: "US-1", payment: .ars, invoiceCurrency: .usd)) {
            try PaymentApplication.apply(payment(10, ["US-1"]), to: invoices, at: now)
        }
        var applied = payment(10)
        applied.allocations = [PaymentAllocation(invoiceID: "FA-1", amount: ars(10))]
        #expect(throws: PaymentError.alreadyApplied("R-1")) {
            try PaymentApplication.apply(applied, to: invoices, at: now)
        }
    }

    @Test("recording through a store lands invoices, payment and activities together, once")
    func recordThroughStore() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        var seed = ChangeSet()
        seed.upsert(Fixtures.customer("C-1"))
        seed.upsert(Fixtures.customer("C-2"))
        for invoice in portfolio() { seed.upsert(invoice) }
        try await store.commit(seed)

        let payment = Payment(id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(12_000))
        let application = try await store.record(payment, at: now)
        #expect(try await store.invoices(ids: ["FA-1", "FA-2"]).map(\.balance) == [ars(0), ars(13_000)])
        #expect(try await store.payments(ids: ["R-1"]) == [application.payment])
        #expect(try await store.activities(matching: .all).count == 2)

        await #expect(throws: PaymentError.alreadyRecorded("R-1")) { try await store.record(payment, at: now) }
        #expect(try await store.invoices(ids: ["FA-2"]).first?.balance == ars(13_000))
    }

    @Test("concurrent payments to one customer are all applied, none lost")
    func concurrentRecording() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        var seed = ChangeSet()
        seed.upsert(Fixtures.customer("C-1"))
        seed.upsert(Fixtures.invoice("FA-1", customer: "C-1", amount: 100_000))
        try await store.commit(seed)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<10 {
                group.addTask {
                    let payment = Payment(
                        id: PaymentID("R-\(index)"), customerID: "C-1", date: Fixtures.day(0),
                        amount: Money(minorUnits: 1_000, currency: .ars))
                    try await store.record(payment, at: Fixtures.baseInstant, attempts: 50)
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.invoices(ids: ["FA-1"]).first?.balance == ars(90_000))
        #expect(try await store.payments(matching: .all).count == 10)
    }
}
