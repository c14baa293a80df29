import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("action_required")
struct ActionRequiredRuleTests {
    let monday = AlertWorld.monday
    let policy = AlertWorld.policy(rules: AlertRuleSet(actionRequired: ActionRequiredRule()))

    func task(_ id: TaskID, _ customer: CustomerID, _ invoices: [InvoiceID], due: CivilDate, kind: TaskKind = .action)
        -> FollowUpTask
    {
        FollowUpTask(
            id: id, customerID: customer, invoiceIDs: invoices, assignee: .role("actions"), dueDate: due, kind: kind,
            reason: "Suspender el servicio", createdAt: Fixtures.baseInstant)
    }

    func snapshot(extraTasks: [FollowUpTask] = [], paidFA3: Bool = false) -> AlertSnapshot {
        var fa3 = AlertWorld.invoice("FA-3", customer: "C-2", due: monday.adding(days: -70), balance: 200_000)
        if paidFA3 {
            fa3.balance = AlertWorld.ars(0)
            fa3.status = .paid
        }
        return AlertWorld.snapshot(
            customers: [AlertWorld.customer("C-1", collector: "ana"), AlertWorld.customer("C-2", collector: "bob")],
            invoices: [
                AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -40), balance: 150_000),
                AlertWorld.invoice(
                    "FA-2", customer: "C-1", due: monday.adding(days: -10), balance: 50_000, currency: .usd),
                fa3,
            ],
            tasks: [
                task("T-1", "C-1", ["FA-1", "FA-2"], due: monday),
                task("T-2", "C-2", ["FA-3"], due: monday.adding(days: -2)),
                task("T-call", "C-2", ["FA-3"], due: monday, kind: .call),
            ] + extraTasks)
    }

    @Test("lists the customers with due action tasks, to the action owner, most days late first, amounts per currency")
    func listsCustomers() throws {
        let run = try AlertWorld.evaluator(policy).evaluate(
            snapshot(), on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(run.digests.count == 1)
        let digest = try #require(run.digest("action_required", for: .role("actions")))
        #expect(digest.addressee == AlertWorld.actionOwner)
        #expect(digest.key == "alert/action_required/role:actions/2024-03-04")
        #expect(digest.customerIDs == ["C-2", "C-1"])
        #expect(digest.items[0].maxDaysLate == 70)
        #expect(digest.items[1].invoices.map(\.invoiceID) == ["FA-1", "FA-2"])
        #expect(digest.items[1].totals == [AlertWorld.ars(150_000), Money(minorUnits: 50_000, currency: .usd)])
        #expect(digest.items[1].reason == .actionRequired(dueOn: monday, task: "Suspender el servicio"))
    }

    @Test("daily: once per day; the next day is a new period with a new key")
    func dailyBoundary() throws {
        let evaluator = try AlertWorld.evaluator(policy)
        let tomorrowsTask = task("T-3", "C-2", ["FA-3"], due: monday.adding(days: 1))
        let first = evaluator.evaluate(
            snapshot(extraTasks: [tomorrowsTask]), on: monday, timeZone: AlertWorld.utc, events: [],
            cursor: AlertCursor())
        #expect(first.digests.map(\.key) == ["alert/action_required/role:actions/2024-03-04"])

        let again = evaluator.evaluate(
            snapshot(extraTasks: [tomorrowsTask]), on: monday, timeZone: AlertWorld.utc, events: [],
            cursor: first.cursor)
        #expect(again.digests.isEmpty)

        let tuesday = evaluator.evaluate(
            snapshot(extraTasks: [tomorrowsTask]), on: monday.adding(days: 1), timeZone: AlertWorld.utc, events: [],
            cursor: again.cursor)
        #expect(tuesday.digests.map(\.key) == ["alert/action_required/role:actions/2024-03-05"])
        #expect(
            tuesday.digests.first?.items.first?.reason
                == .actionRequired(dueOn: monday.adding(days: -2), task: "Suspender el servicio"))
    }

    @Test("a task due later is listed only within the lookahead")
    func lookahead() throws {
        let later = task("T-9", "C-2", ["FA-3"], due: monday.adding(days: 3))
        var world = snapshot(extraTasks: [later])
        world = AlertSnapshot(
            customers: Array(world.customers.values), invoices: Array(world.invoices.values),
            collectors: AlertWorld.collectors, departments: AlertWorld.departments, tasks: [later])
        let plain = try AlertWorld.evaluator(policy).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(plain.digests.isEmpty)
        let ahead = try AlertWorld.evaluator(
            AlertWorld.policy(rules: AlertRuleSet(actionRequired: ActionRequiredRule(lookaheadDays: 3)))
        ).evaluate(world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(ahead.digests.first?.customerIDs == ["C-2"])
    }

    @Test("completed tasks, other task kinds and fully paid customers are left out; nothing left means no digest")
    func leftOut() throws {
        let run = try AlertWorld.evaluator(policy).evaluate(
            snapshot(paidFA3: true), on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(run.digests.first?.customerIDs == ["C-1"])

        var done = task("T-1", "C-1", ["FA-1", "FA-2"], due: monday)
        done.completedAt = Fixtures.baseInstant
        let empty = AlertSnapshot(
            customers: [AlertWorld.customer("C-1", collector: "ana")],
            invoices: [AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -40))],
            tasks: [done, task("T-c", "C-1", ["FA-1"], due: monday, kind: .call)])
        let none = try AlertWorld.evaluator(policy).evaluate(
            empty, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(none.digests.isEmpty)
        #expect(none.unrouted.isEmpty)
    }

    @Test(
        "an invoice promised, reported, disputed, in clarification or in a payment plan is left out of the action",
        arguments: [
            CollectionStatus.promised(PaymentPromise(date: Fixtures.day(10))),
            .paymentReported(on: Fixtures.day(1)),
            .disputed(Dispute(departmentID: "sales", reason: "Precio", openedOn: Fixtures.day(2))),
        ])
    func heldInvoicesLeftOut(status: CollectionStatus) throws {
        var held = AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -40), balance: 150_000)
        held.status = status
        let world = AlertWorld.snapshot(
            customers: [AlertWorld.customer("C-1", collector: "ana")],
            invoices: [held, AlertWorld.invoice("FA-2", customer: "C-1", due: monday.adding(days: -35))],
            tasks: [task("T-1", "C-1", ["FA-1", "FA-2"], due: monday), task("T-2", "C-1", [], due: monday)])
        let run = try AlertWorld.evaluator(policy).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(run.digests.first?.items.first?.invoices.map(\.invoiceID) == ["FA-2"])

        let onlyHeld = AlertWorld.snapshot(
            customers: [AlertWorld.customer("C-1", collector: "ana")], invoices: [held],
            tasks: [task("T-1", "C-1", ["FA-1"], due: monday)])
        let none = try AlertWorld.evaluator(policy).evaluate(
            onlyHeld, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(none.digests.isEmpty)
    }

    @Test("a task without invoices lists the customer's overdue invoices")
    func taskWithoutInvoices() throws {
        let bare = task("T-0", "C-1", [], due: monday)
        let world = AlertSnapshot(
            customers: [AlertWorld.customer("C-1", collector: "ana")],
            invoices: [
                AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -40)),
                AlertWorld.invoice("FA-9", customer: "C-1", due: monday.adding(days: 10)),
            ],
            tasks: [bare])
        let run = try AlertWorld.evaluator(policy).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(run.digests.first?.items.first?.invoices.map(\.invoiceID) == ["FA-1"])
    }
}
