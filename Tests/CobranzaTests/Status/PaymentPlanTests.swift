import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Payment plans")
struct PaymentPlanTests {
    func ars(_ units: Int64) -> Money { StatusWorld.ars(units) }

    /// FA-1 (1,000.00, 20 days late) and FA-2 (500.00) into three installments of 500.00 due days 10, 40, 70.
    func agreed(planGraceDays: Int = 0) async throws -> StatusWorld {
        let world = try await StatusWorld(policy: StatusPolicy(planGraceDays: planGraceDays))
        let plan = PaymentPlan(
            agreementID: "CV-1", invoiceIDs: ["FA-1", "FA-2"],
            installments: [10, 40, 70].map { PaymentPlan.Installment(dueDate: Fixtures.day($0), amount: ars(50_000)) })
        try await world.store.agreePaymentPlan(
            plan, by: .collector("ana"), at: StatusWorld.noon(0), context: world.context, comment: "Convenio")
        return world
    }

    func pay(_ world: StatusWorld, _ id: String, _ invoice: InvoiceID, _ amount: Int64, day: Int) async throws {
        try await world.store.record(
            Payment(
                id: PaymentID(id), customerID: "C-1", date: Fixtures.day(day), amount: ars(amount),
                targetInvoiceIDs: [invoice]),
            at: StatusWorld.noon(day), policy: world.context.policy)
    }

    @Test("even installments add up to the total, the last absorbing the remainder, a month apart")
    func evenInstallments() throws {
        let installments = PaymentPlan.evenInstallments(
            total: ars(100_000), count: 3, firstDueDate: try CivilDate(iso: "2024-01-31"))
        #expect(installments.map(\.amount) == [ars(33_333), ars(33_333), ars(33_334)])
        #expect(installments.map(\.dueDate.description) == ["2024-01-31", "2024-02-29", "2024-03-31"])
        #expect(PaymentPlan.evenInstallments(total: ars(1), count: 0, firstDueDate: Fixtures.day(0)).isEmpty)
    }

    @Test("an agreement moves the invoices into the plan and issues remindable installments")
    func agreement() async throws {
        let world = try await agreed()
        let fa1 = try #require(try await world.invoice("FA-1"))
        #expect(fa1.status == .paymentPlan(agreementID: "CV-1") && fa1.balance.isZero)
        #expect(fa1.customFields[PaymentPlan.balanceField] == "100000" && !fa1.isOpen)
        let installments = try await world.store.invoices(ids: ["CV-1-1", "CV-1-2", "CV-1-3"])
        #expect(installments.map(\.kind) == [.installment, .installment, .installment])
        #expect(installments.map(\.dueDate) == [Fixtures.day(10), Fixtures.day(40), Fixtures.day(70)])
        #expect(installments.map(\.number) == ["CV-1 1/3", "CV-1 2/3", "CV-1 3/3"])
        #expect(installments.allSatisfy { $0.isOpen && $0.status == .normal && $0.issueDate == Fixtures.day(0) })
        #expect(installments.map { $0.customFields[PaymentPlan.installmentField] } == ["1/3", "2/3", "3/3"])
        let log = try await world.log()
        #expect(log.map(\.id) == ["plan/CV-1/agreed", "plan/CV-1/installments"])
        #expect(log.allSatisfy { $0.kind == .paymentPlanAgreed })
        #expect(log[0].invoiceIDs == ["FA-1", "FA-2"] && log[0].amount == ars(150_000))
        #expect(log[0].nextActionDate == Fixtures.day(10) && log[0].comment?.hasPrefix("Convenio") == true)
        #expect(log[1].previousStatus == nil && log[1].newStatus == .normal)
        // The customer's open balance is not counted twice.
        let open = try await world.store.invoices(matching: InvoiceQuery(customerIDs: ["C-1"], openOnly: true))
        #expect(open.reduce(0) { $0 + $1.balance.minorUnits } == 180_000)  // 3 × 500.00 + FA-3 300.00
    }

    @Test("a malformed agreement is refused with the reason and writes nothing")
    func refusals() async throws {
        let world = try await agreed()
        let before = try await world.snapshot()
        func attempt(_ plan: PaymentPlan) async throws {
            try await world.store.agreePaymentPlan(plan, by: .system, at: StatusWorld.noon(0), context: world.context)
        }
        let one = [PaymentPlan.Installment(dueDate: Fixtures.day(5), amount: ars(30_000))]
        await #expect(throws: StatusError.agreementExists("CV-1")) {
            try await attempt(PaymentPlan(agreementID: "CV-1", invoiceIDs: ["FA-3"], installments: one))
        }
        await #expect(
            throws: StatusError.invalidPaymentPlan(
                agreementID: "CV-2", reason: "the installments do not add up to the invoices' balance")
        ) {
            try await attempt(
                PaymentPlan(
                    agreementID: "CV-2", invoiceIDs: ["FA-3"],
                    installments: [PaymentPlan.Installment(dueDate: Fixtures.day(5), amount: ars(29_999))]))
        }
        await #expect(
            throws: StatusError.invalidPaymentPlan(
                agreementID: "CV-2", reason: "installment 2 is not due after installment 1")
        ) {
            try await attempt(
                PaymentPlan(
                    agreementID: "CV-2", invoiceIDs: ["FA-3"],
                    installments: [
                        PaymentPlan.Installment(dueDate: Fixtures.day(5), amount: ars(15_000)),
                        PaymentPlan.Installment(dueDate: Fixtures.day(5), amount: ars(15_000)),
                    ]))
        }
        await #expect(
            throws: StatusError.invalidPaymentPlan(
                agreementID: "CV-2", reason: "the first installment is due before today")
        ) {
            try await attempt(
                PaymentPlan(
                    agreementID: "CV-2", invoiceIDs: ["FA-3"],
                    installments: [PaymentPlan.Installment(dueDate: Fixtures.day(-1), amount: ars(30_000))]))
        }
        await #expect(throws: StatusError.invalidPaymentPlan(agreementID: "CV-2", reason: "it has no installments")) {
            try await attempt(PaymentPlan(agreementID: "CV-2", invoiceIDs: ["FA-3"], installments: []))
        }
        await #expect(
            throws: StatusError.currencyMismatch(field: "installments[0].amount", expected: .ars, found: .usd)
        ) {
            try await attempt(
                PaymentPlan(
                    agreementID: "CV-2", invoiceIDs: ["FA-3"],
                    installments: [
                        PaymentPlan.Installment(
                            dueDate: Fixtures.day(5), amount: Money(minorUnits: 30_000, currency: .usd))
                    ]))
        }
        await #expect(
            throws: StatusError.transitionForbidden(
                "FA-1", TransitionError(from: .paymentPlan, event: .agreePaymentPlan, reason: .alreadyInStatus))
        ) {
            try await attempt(PaymentPlan(agreementID: "CV-3", invoiceIDs: ["FA-1"], installments: one))
        }
        #expect(try await world.snapshot() == before)
    }

    @Test("paying every installment completes the plan: the original invoices close as paid")
    func completion() async throws {
        let world = try await agreed()
        try await pay(world, "R-1", "CV-1-1", 50_000, day: 9)
        try await pay(world, "R-2", "CV-1-2", 50_000, day: 39)
        #expect(try await world.status("FA-1") == .paymentPlan(agreementID: "CV-1"))
        try await pay(world, "R-3", "CV-1-3", 50_000, day: 69)
        let originals = try await world.store.invoices(ids: ["FA-1", "FA-2"])
        #expect(originals.allSatisfy { $0.status == .paid && $0.balance.isZero })
        #expect(originals.allSatisfy { $0.customFields[PaymentPlan.balanceField] == nil })
        let last = try #require(try await world.log().last)
        #expect(
            last.kind == .statusChange && last.newStatus == .paid
                && last.previousStatus == .paymentPlan(agreementID: "CV-1"))
        #expect(last.id == "payment/R-3/plan/CV-1/FA-2")
    }

    @Test("a missed installment defaults the plan after the grace days: installments cancelled, debt restored")
    func defaultRestoresTheDebt() async throws {
        let world = try await agreed(planGraceDays: 3)
        try await pay(world, "R-1", "CV-1-1", 50_000, day: 10)
        try await pay(world, "R-2", "CV-1-2", 20_000, day: 40)  // a partial payment of the second installment
        // Installment 2 is due day 40; with 3 grace days the plan defaults on day 44, not before.
        #expect(try await world.store.reviewStatuses(at: StatusWorld.noon(43), context: world.context).findings.isEmpty)
        let report = try await world.store.reviewStatuses(at: StatusWorld.noon(44), context: world.context)
        #expect(
            report.findings == [
                .paymentPlanDefaulted(agreementID: "CV-1", customer: "C-1", missedInstallment: "CV-1-2")
            ])
        // Paid through the plan: 700.00, applied oldest due first: FA-1 owes 300.00 again, FA-2 500.00.
        let fa1 = try #require(try await world.invoice("FA-1"))
        let fa2 = try #require(try await world.invoice("FA-2"))
        #expect(fa1.status == .normal && fa1.balance == ars(30_000))
        #expect(fa2.status == .normal && fa2.balance == ars(50_000))
        #expect(fa1.customFields[PaymentPlan.balanceField] == nil)
        let installments = try await world.store.invoices(ids: ["CV-1-1", "CV-1-2", "CV-1-3"])
        #expect(installments.map(\.status) == [.paid, .cancelled, .cancelled])
        #expect(installments.allSatisfy { $0.balance.isZero })
        let log = try await world.log().suffix(2)
        #expect(log.map(\.id) == ["plan/CV-1/defaulted", "plan/CV-1/defaulted/installments"])
        #expect(log.allSatisfy { $0.kind == .paymentPlanDefaulted && $0.performedBy == .system })
        #expect(try await world.store.reviewStatuses(at: StatusWorld.noon(45), context: world.context).findings.isEmpty)
    }

    @Test("a default after most of the plan was paid closes the originals it covered as paid")
    func defaultCoveringAnOriginal() async throws {
        let world = try await agreed()
        try await pay(world, "R-1", "CV-1-1", 50_000, day: 10)
        try await pay(world, "R-2", "CV-1-2", 50_000, day: 40)
        try await pay(world, "R-3", "CV-1-3", 10_000, day: 70)
        try await world.store.reviewStatuses(at: StatusWorld.noon(71), context: world.context)
        // Paid through the plan: 1,100.00 — FA-1 (1,000.00) is covered, FA-2 owes 400.00.
        #expect(try await world.status("FA-1") == .paid)
        let fa2 = try #require(try await world.invoice("FA-2"))
        #expect(fa2.status == .normal && fa2.balance == ars(40_000))
    }

    @Test("an installment held by a promise does not default the plan until the promise breaks")
    func promisedInstallment() async throws {
        let world = try await agreed()
        try await world.store.recordOutcome(
            .promiseToPay(date: Fixtures.day(12)), for: ["CV-1-1"], by: "ana", at: StatusWorld.noon(11),
            context: world.context, outcomeID: "o-1")
        #expect(try await world.store.reviewStatuses(at: StatusWorld.noon(13), context: world.context).findings.isEmpty)
        let report = try await world.store.reviewStatuses(at: StatusWorld.noon(15), context: world.context)
        #expect(report.findings.count == 2)  // the promise breaks, then the plan defaults
        #expect(try await world.status("FA-1") == .normal)
    }

    @Test("closing the last installments by hand completes the plan: paid if any was paid, else cancelled")
    func manualClosing() async throws {
        let world = try await agreed()
        try await pay(world, "R-1", "CV-1-1", 50_000, day: 9)
        try await world.store.changeStatus(
            .cancel, of: ["CV-1-2", "CV-1-3"], by: .collector("ana"), at: StatusWorld.noon(10), context: world.context,
            changeID: "s-1")
        #expect(try await world.status("FA-1") == .paid)
        #expect(try await world.status("FA-2") == .paid)
        #expect(try await world.log().last?.id == "s-1/plan/CV-1")

        let untouched = try await agreed()
        try await untouched.store.changeStatus(
            .cancel, of: ["CV-1-1", "CV-1-2", "CV-1-3"], by: .system, at: StatusWorld.noon(1),
            context: untouched.context)
        let originals = try await untouched.store.invoices(ids: ["FA-1", "FA-2"])
        #expect(originals.allSatisfy { $0.status == .cancelled && $0.balance.isZero })
    }
}
