import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("refused_to_pay")
struct RefusedToPayRuleTests {
    let monday = AlertWorld.monday

    var world: AlertSnapshot {
        AlertWorld.snapshot(
            customers: [
                AlertWorld.customer("C-1", collector: "ana"), AlertWorld.customer("C-2", collector: "ana"),
                AlertWorld.customer("C-3", collector: "bob"),
            ],
            invoices: [
                AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -50), status: .refusedToPay),
                AlertWorld.invoice("FA-2", customer: "C-2", due: monday.adding(days: -20), status: .refusedToPay),
                AlertWorld.invoice("FA-3", customer: "C-3", due: monday.adding(days: -90), status: .refusedToPay),
            ])
    }

    var events: [LoggedActivity] {
        [
            AlertWorld.event(
                20, customer: "C-1", invoices: ["FA-1"], kind: .statusChange, on: monday, previous: .normal,
                new: .refusedToPay, comment: "Dice que no va a pagar"),
            AlertWorld.event(
                21, customer: "C-3", invoices: ["FA-3"], kind: .outcome, on: monday, previous: .negotiating,
                new: .refusedToPay),
            AlertWorld.event(
                22, customer: "C-1", invoices: ["FA-1"], kind: .statusChange, on: monday, previous: .refusedToPay,
                new: .refusedToPay),
            AlertWorld.event(
                23, customer: "C-2", invoices: ["FA-2"], kind: .outcome, on: monday, previous: .normal,
                new: .promised(PaymentPromise(date: monday.adding(days: 5)))),
        ]
    }

    var evaluator: AlertEvaluator {
        get throws {
            try AlertWorld.evaluator(AlertWorld.policy(rules: AlertRuleSet(refusedToPay: RefusedToPayRule())))
        }
    }

    @Test("a change to refused to pay alerts the collector and the supervisor; the period carries the log position")
    func alerts() throws {
        let run = try evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor())
        #expect(
            run.digests.map(\.key) == [
                "alert/refused_to_pay/collector:ana/2024-03-04@20", "alert/refused_to_pay/collector:bob/2024-03-04@21",
                "alert/refused_to_pay/collector:sofia/2024-03-04@21",
            ])
        let ana = try #require(run.digest("refused_to_pay", for: .collector("ana")))
        #expect(ana.customerIDs == ["C-1"])
        #expect(ana.items[0].reason == .refusedToPay(on: monday, comment: "Dice que no va a pagar"))
        #expect(run.digest("refused_to_pay", for: .collector("sofia"))?.customerIDs == ["C-1", "C-3"])
    }

    @Test("on event: nothing new, nothing sent; a new refusal is a new digest with only itself")
    func eventBoundary() throws {
        let evaluator = try evaluator
        let first = evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor())
        let again = evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: first.cursor)
        #expect(again.digests.isEmpty)
        let later = AlertWorld.event(
            30, customer: "C-2", invoices: ["FA-2"], kind: .statusChange, on: monday, previous: .normal,
            new: .refusedToPay)
        let third = evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events + [later], cursor: again.cursor)
        #expect(
            third.digests.map(\.key) == [
                "alert/refused_to_pay/collector:ana/2024-03-04@30",
                "alert/refused_to_pay/collector:sofia/2024-03-04@30",
            ])
        #expect(third.digests.allSatisfy { $0.customerIDs == ["C-2"] })
    }

    @Test("a refusal on an invoice paid since is not sent")
    func paidSince() throws {
        var paid = world.invoices["FA-3"]
        paid?.balance = AlertWorld.ars(0)
        paid?.status = .paid
        let snapshot = AlertWorld.snapshot(
            customers: Array(world.customers.values),
            invoices: world.invoices.values.filter { $0.id != "FA-3" } + [paid].compactMap { $0 })
        let run = try evaluator.evaluate(
            snapshot, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor())
        #expect(run.digest("refused_to_pay", for: .collector("bob")) == nil)
        #expect(run.digest("refused_to_pay", for: .collector("sofia"))?.customerIDs == ["C-1"])
    }
}
