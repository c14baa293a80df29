import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Contact outcomes")
struct ContactOutcomeTests {
    let now = StatusWorld.noon(0)  // Friday 2024-03-01, 12:00 UTC
    func ars(_ units: Int64) -> Money { StatusWorld.ars(units) }

    @Test("promise to pay: promised with the date, comment logged with the moment's balances, reminders held")
    func promise() async throws {
        let world = try await StatusWorld()
        try await world.store.recordOutcome(
            .promiseToPay(date: Fixtures.day(7)), for: ["FA-1", "FA-2"], by: "ana", at: now, context: world.context,
            comment: "Pagará el viernes 8", outcomeID: "o-1")
        for id: InvoiceID in ["FA-1", "FA-2"] {
            let status = try #require(try await world.status(id))
            #expect(status == .promised(PaymentPromise(date: Fixtures.day(7))))
            #expect(status.holdsAutomaticReminders)
        }
        #expect(try await world.status("FA-3") == .normal)
        let log = try await world.log()
        #expect(log.count == 1)
        let activity = try #require(log.first)
        #expect(activity.id == "o-1" && activity.kind == .promiseMade && activity.channel == .phoneCall)
        #expect(activity.performedBy == .collector("ana") && activity.customerID == "C-1")
        #expect(activity.invoiceIDs == ["FA-1", "FA-2"])
        #expect(activity.previousStatus == .normal)
        #expect(activity.newStatus == .promised(PaymentPromise(date: Fixtures.day(7))))
        #expect(activity.nextActionDate == Fixtures.day(7))
        #expect(activity.comment == "Pagará el viernes 8")
        // Overdue before the contact: FA-1 1,000.00 + FA-2 500.00; worst 20 days late → administrative.
        #expect(activity.overdueBalances == [ars(150_000)])
        #expect(activity.daysLate == 20)
        #expect(activity.portfolioStage == .administrative)
        #expect(activity.timestamp == now)
    }

    @Test("a promised amount is spread oldest due first: whole, then part, then not reached")
    func promisedAmount() async throws {
        let world = try await StatusWorld()
        try await world.store.recordOutcome(
            .promiseToPay(date: Fixtures.day(3), amount: ars(120_000)), for: ["FA-3", "FA-1", "FA-2"], by: "ana",
            at: now, context: world.context, outcomeID: "o-1")
        #expect(try await world.status("FA-1") == .promised(PaymentPromise(date: Fixtures.day(3))))
        #expect(try await world.status("FA-2") == .promised(PaymentPromise(date: Fixtures.day(3), amount: ars(20_000))))
        #expect(try await world.status("FA-3") == .normal)
        let log = try await world.log()
        #expect(log.map(\.id) == ["o-1", "o-1/2", "o-1/3"])
        #expect(log.map(\.invoiceIDs) == [["FA-3"], ["FA-1"], ["FA-2"]])
        #expect(log.allSatisfy { $0.amount == ars(120_000) && $0.kind == .promiseMade })
    }

    @Test("a promise is refused for a past date, a foreign currency, or more than the balance")
    func promiseRefusals() async throws {
        let world = try await StatusWorld()
        let before = try await world.snapshot()
        await #expect(throws: StatusError.promiseDateInPast(promised: Fixtures.day(-1), today: Fixtures.day(0))) {
            try await world.store.recordOutcome(
                .promiseToPay(date: Fixtures.day(-1)), for: ["FA-1"], by: "ana", at: now, context: world.context)
        }
        await #expect(
            throws: StatusError.currencyMismatch(field: "amount", expected: .ars, found: .usd)
        ) {
            try await world.store.recordOutcome(
                .promiseToPay(date: Fixtures.day(1), amount: Money(minorUnits: 10, currency: .usd)), for: ["FA-1"],
                by: "ana", at: now, context: world.context)
        }
        await #expect(throws: StatusError.promiseExceedsBalance) {
            try await world.store.recordOutcome(
                .promiseToPay(date: Fixtures.day(1), amount: ars(100_001)), for: ["FA-1"], by: "ana", at: now,
                context: world.context)
        }
        #expect(try await world.snapshot() == before)
    }

    @Test("no commitment: status unchanged, comment, follow-up task N days ahead on a business day")
    func noCommitment() async throws {
        let world = try await StatusWorld(policy: StatusPolicy(followUpDays: 3))
        try await world.store.recordOutcome(
            .noCommitment(), for: ["FA-1"], by: "ana", at: now, context: world.context,
            comment: "Consulta con administración", outcomeID: "o-1")
        // Then with one day: Saturday 2 March rolls to Monday 4 March.
        try await world.store.recordOutcome(
            .noCommitment(followUpInDays: 1), for: ["FA-2"], by: "ana", at: now, context: world.context,
            outcomeID: "o-2")
        #expect(try await world.status("FA-1") == .normal)
        let tasks = try await world.tasks()
        #expect(tasks.map(\.id) == ["o-1/follow-up", "o-2/follow-up"])
        // Friday 1 March + 3 days = Monday 4 March, a business day.
        #expect(tasks.map(\.dueDate) == [Fixtures.day(3), Fixtures.day(3)])
        #expect(tasks.allSatisfy { $0.kind == .followUp && $0.assignee == .collector("ana") && $0.isOpen })
        let log = try await world.log()
        #expect(log.map(\.kind) == [.noCommitment, .noCommitment])
        #expect(log[0].previousStatus == .normal && log[0].newStatus == .normal)
        #expect(log[0].nextActionDate == Fixtures.day(3) && log[0].comment == "Consulta con administración")
        await #expect(throws: StatusError.invalidFollowUpDays(0)) {
            try await world.store.recordOutcome(
                .noCommitment(followUpInDays: 0), for: ["FA-1"], by: "ana", at: now, context: world.context)
        }
    }

    @Test("says it paid: payment reported with the date it names; next action is the day it would be flagged")
    func saysItPaid() async throws {
        let world = try await StatusWorld(policy: StatusPolicy(uncreditedAfterDays: 5))
        try await world.store.recordOutcome(
            .saysItPaid(on: Fixtures.day(-2)), for: ["FA-1", "FA-2"], by: "ana", at: now, context: world.context,
            comment: "Envía comprobante", outcomeID: "o-1")
        #expect(try await world.status("FA-1") == .paymentReported(on: Fixtures.day(-2)))
        #expect(try await world.status("FA-2") == .paymentReported(on: Fixtures.day(-2)))
        let activity = try #require(try await world.log().first)
        #expect(activity.kind == .paymentReported && activity.nextActionDate == Fixtures.day(4))
        await #expect(throws: StatusError.reportedDateInFuture(reported: Fixtures.day(1), today: Fixtures.day(0))) {
            try await world.store.recordOutcome(
                .saysItPaid(on: Fixtures.day(1)), for: ["FA-3"], by: "ana", at: now, context: world.context)
        }
    }

    @Test("dispute: disputed with department and reason, routed to the department as a task")
    func dispute() async throws {
        let world = try await StatusWorld(policy: StatusPolicy(disputeResolutionBusinessDays: 5))
        try await world.store.recordOutcome(
            .dispute(departmentID: Department.salesID, reason: "Precio distinto al acordado"), for: ["FA-2"],
            by: "ana", at: now, context: world.context, outcomeID: "o-1")
        let dispute = Dispute(
            departmentID: Department.salesID, reason: "Precio distinto al acordado", openedOn: Fixtures.day(0))
        #expect(try await world.status("FA-2") == .disputed(dispute))
        let task = try #require(try await world.tasks().first)
        #expect(task.assignee == .department(Department.salesID) && task.kind == .resolveDispute)
        #expect(task.invoiceIDs == ["FA-2"])
        // Five business days after Friday 1 March: Friday 8 March.
        #expect(task.dueDate == Fixtures.day(7))
        let activity = try #require(try await world.log().first)
        #expect(activity.kind == .disputeOpened && activity.newStatus == .disputed(dispute))
        #expect(activity.nextActionDate == Fixtures.day(7))
    }

    @Test("dispute to an unknown department is refused and writes nothing")
    func unknownDepartment() async throws {
        let world = try await StatusWorld()
        let before = try await world.snapshot()
        await #expect(throws: StatusError.unknownDepartment("legal")) {
            try await world.store.recordOutcome(
                .dispute(departmentID: "legal", reason: "x"), for: ["FA-1"], by: "ana", at: now,
                context: world.context)
        }
        #expect(try await world.snapshot() == before)
    }

    @Test("unreachable: status unchanged, statement emailed through the outbox, attempt logged, call-back task")
    func unreachable() async throws {
        let world = try await StatusWorld(policy: StatusPolicy(callAgain: .nextBusinessDay))
        try await world.store.recordOutcome(
            .unreachable(), for: ["FA-2", "FA-1"], by: "ana", at: now, context: world.context,
            comment: "No atiende", outcomeID: "o-1")
        #expect(try await world.status("FA-1") == .normal)
        let entry = try #require(try await world.outbox().first)
        #expect(entry.key == "o-1/statement" && entry.state == .pending)
        #expect(entry.message.recipient == .customer("C-1") && entry.message.channel == .email)
        #expect(entry.message.to == ["pagos@C-1.example"])
        #expect(entry.message.invoiceIDs == ["FA-1", "FA-2"])  // oldest due first
        #expect(entry.message.locale == "es-AR" && entry.message.purpose == "unreachable_statement")
        #expect(
            entry.message.body.contains("Factura A-0001-FA-1, vencida el 10/02/2024, 20 días de atraso: $ 1.000,00"))
        #expect(entry.message.body.contains("Total adeudado: $ 1.500,00"))
        let task = try #require(try await world.tasks().first)
        #expect(task.kind == .call && task.assignee == .collector("ana") && task.dueDate == Fixtures.day(3))
        let activity = try #require(try await world.log().first)
        #expect(activity.kind == .unreachable && activity.comment == "No atiende")
        #expect(activity.previousStatus == .normal && activity.newStatus == .normal)
        #expect(activity.nextActionDate == Fixtures.day(3))
    }

    @Test("unreachable later today, and a customer without email gets no statement but the attempt is logged")
    func unreachableWithoutEmail() async throws {
        var customer = Fixtures.customer("C-1", collector: "ana")
        customer.contacts = [Contact(name: "Laura", phone: "+54 11 5555-1111")]
        let world = try await StatusWorld(customer: customer)
        try await world.store.recordOutcome(
            .unreachable(callAgain: .laterToday), for: ["FA-1"], by: "ana", at: now, context: world.context,
            outcomeID: "o-1")
        #expect(try await world.outbox().isEmpty)
        #expect(try await world.tasks().first?.dueDate == Fixtures.day(0))
        let activity = try #require(try await world.log().first)
        #expect(activity.comment == "Statement not emailed: no email address on file.")
    }

    @Test("invoices of different customers are refused and nothing is written")
    func differentCustomers() async throws {
        let world = try await StatusWorld()
        let before = try await world.snapshot()
        await #expect(throws: StatusError.invoicesOfDifferentCustomers("FB-1", customer: "C-2", expected: "C-1")) {
            try await world.store.recordOutcome(
                .noCommitment(), for: ["FA-1", "FB-1"], by: "ana", at: now, context: world.context)
        }
        #expect(try await world.snapshot() == before)
        var creditNote = Fixtures.invoice("NC-1", customer: "C-1", amount: 1_000)
        creditNote.kind = .creditNote
        var changes = ChangeSet()
        changes.upsert(creditNote)
        try await world.store.commit(changes)
        let withCreditNote = try await world.snapshot()
        await #expect(throws: StatusError.notReceivable("NC-1")) {
            try await world.store.recordOutcome(
                .unreachable(), for: ["FA-1", "NC-1"], by: "ana", at: now, context: world.context)
        }
        await #expect(throws: StatusError.invoiceNotFound("FA-9")) {
            try await world.store.recordOutcome(
                .noCommitment(), for: ["FA-1", "FA-9"], by: "ana", at: now, context: world.context)
        }
        #expect(try await world.snapshot() == withCreditNote)
    }

    @Test("an outcome about a closed invoice is a forbidden transition and writes nothing")
    func closedInvoice() async throws {
        let world = try await StatusWorld()
        try await world.store.record(
            Payment(
                id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(50_000), targetInvoiceIDs: ["FA-2"]),
            at: now)
        let before = try await world.snapshot()
        await #expect(
            throws: StatusError.transitionForbidden(
                "FA-2", TransitionError(from: .paid, event: .promise, reason: .closed))
        ) {
            try await world.store.recordOutcome(
                .promiseToPay(date: Fixtures.day(2)), for: ["FA-1", "FA-2"], by: "ana", at: now, context: world.context)
        }
        #expect(try await world.snapshot() == before)
    }

    @Test("recording the same outcome twice is refused")
    func idempotent() async throws {
        let world = try await StatusWorld()
        try await world.store.recordOutcome(
            .unreachable(), for: ["FA-1"], by: "ana", at: now, context: world.context)
        let before = try await world.snapshot()
        await #expect(throws: StatusError.alreadyRecorded("outcome/ana/1709294400000")) {
            try await world.store.recordOutcome(
                .unreachable(), for: ["FA-1"], by: "ana", at: now, context: world.context)
        }
        #expect(try await world.snapshot() == before)
    }

    @Test("a concurrent change is detected: re-read and re-planned, or surfaced when attempts run out")
    func conflictRetry() async throws {
        let world = try await StatusWorld()
        let interfering = InterferingStore(base: world.store) { store in
            try await store.record(
                Payment(
                    id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: StatusWorld.ars(10_000),
                    targetInvoiceIDs: ["FA-1"]),
                at: StatusWorld.noon(0))
        }
        try await interfering.recordOutcome(
            .promiseToPay(date: Fixtures.day(4)), for: ["FA-1"], by: "ana", at: now, context: world.context,
            outcomeID: "o-1")
        #expect(await interfering.commits == 2)  // refused after the interfering payment, then committed
        let invoice = try #require(try await world.invoice("FA-1"))
        #expect(invoice.balance == ars(90_000) && invoice.status == .promised(PaymentPromise(date: Fixtures.day(4))))
        let activity = try #require(try await world.log().last)
        // Re-planned after the payment: the overdue balance it records is the one after the payment.
        #expect(activity.id == "o-1" && activity.overdueBalances == [ars(140_000)])

        let again = InterferingStore(base: world.store) { store in
            try await store.record(
                Payment(
                    id: "R-2", customerID: "C-1", date: Fixtures.day(0), amount: StatusWorld.ars(10_000),
                    targetInvoiceIDs: ["FA-2"]),
                at: StatusWorld.noon(0))
        }
        await #expect(throws: StoreError.conflict(.invoice, id: "FA-2", reason: "changed since it was read")) {
            try await again.recordOutcome(
                .noCommitment(), for: ["FA-2"], by: "ana", at: now, context: world.context, attempts: 1)
        }
    }
}
