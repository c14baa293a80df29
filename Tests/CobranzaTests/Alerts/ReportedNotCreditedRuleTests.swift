import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("reported_not_credited")
struct ReportedNotCreditedRuleTests {
    let monday = AlertWorld.monday

    var world: AlertSnapshot {
        var paid = AlertWorld.invoice(
            "FA-4", customer: "C-1", due: monday.adding(days: -30),
            status: .paymentReported(on: monday.adding(days: -10)))
        paid.balance = AlertWorld.ars(0)
        return AlertWorld.snapshot(
            customers: [AlertWorld.customer("C-1", collector: "ana"), AlertWorld.customer("C-3", collector: "bob")],
            invoices: [
                AlertWorld.invoice(
                    "FA-1", customer: "C-1", due: monday.adding(days: -20),
                    status: .paymentReported(on: monday.adding(days: -8))),
                AlertWorld.invoice(
                    "FA-2", customer: "C-1", due: monday.adding(days: -20),
                    status: .paymentReported(on: monday.adding(days: -7))),
                AlertWorld.invoice(
                    "FA-3", customer: "C-3", due: monday.adding(days: -40),
                    status: .paymentReported(on: monday.adding(days: -30))),
                AlertWorld.invoice("FA-5", customer: "C-1", due: monday.adding(days: -50)),
                paid,
            ])
    }

    func evaluator(_ rule: ReportedNotCreditedRule = ReportedNotCreditedRule()) throws -> AlertEvaluator {
        try AlertWorld.evaluator(AlertWorld.policy(rules: AlertRuleSet(reportedNotCredited: rule)))
    }

    @Test("weekly on Monday: more than 7 days after the report, still unpaid, to each collector")
    func onMonday() throws {
        let run = try evaluator().evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        let ana = try #require(run.digest("reported_not_credited", for: .collector("ana")))
        #expect(ana.key == "alert/reported_not_credited/collector:ana/2024-W10")
        #expect(ana.items.flatMap(\.invoices).map(\.invoiceID) == ["FA-1"])
        #expect(ana.items.first?.reason == .paymentNotCredited(reportedOn: monday.adding(days: -8), days: 8))
        let bob = try #require(run.digest("reported_not_credited", for: .collector("bob")))
        #expect(bob.items.flatMap(\.invoices).map(\.invoiceID) == ["FA-3"])
        #expect(run.digests.count == 2)
    }

    @Test("once a week: after Monday's digests nothing more that week", arguments: 1...6)
    func otherWeekdays(offset: Int) throws {
        let evaluator = try evaluator()
        let mondayRun = evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(mondayRun.digests.count == 2)
        let run = evaluator.evaluate(
            world, on: monday.adding(days: offset), timeZone: AlertWorld.utc, events: [], cursor: mondayRun.cursor)
        #expect(run.digests.isEmpty)
        #expect(run.cursor == mondayRun.cursor)
    }

    @Test("a Monday without a run (a holiday) moves the week's digest to the next run of the week")
    func missedWeekday() throws {
        let tuesday = monday.adding(days: 1)
        let run = try evaluator().evaluate(
            world, on: tuesday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(
            run.digests.map(\.key) == [
                "alert/reported_not_credited/collector:ana/2024-W10",
                "alert/reported_not_credited/collector:bob/2024-W10",
            ])
    }

    @Test("a configured weekday is honoured; the next week is a new period")
    func configuredWeekday() throws {
        let friday = monday.adding(days: 4)
        let evaluator = try evaluator(ReportedNotCreditedRule(schedule: .weekly(on: .friday), afterDays: 3))
        #expect(
            evaluator.evaluate(world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor()).digests
                .isEmpty)
        let first = evaluator.evaluate(world, on: friday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(
            first.digests.map(\.key) == [
                "alert/reported_not_credited/collector:ana/2024-W10",
                "alert/reported_not_credited/collector:bob/2024-W10",
            ])
        #expect(first.digest("reported_not_credited", for: .collector("ana"))?.items.flatMap(\.invoices).count == 2)
        let again = evaluator.evaluate(world, on: friday, timeZone: AlertWorld.utc, events: [], cursor: first.cursor)
        #expect(again.digests.isEmpty)
        let nextWeek = evaluator.evaluate(
            world, on: friday.adding(days: 7), timeZone: AlertWorld.utc, events: [], cursor: again.cursor)
        #expect(nextWeek.digests.map(\.period.id) == ["2024-W11", "2024-W11"])
    }

    @Test("oldest report first within a collector's digest")
    func oldestFirst() throws {
        let run = try evaluator(ReportedNotCreditedRule(afterDays: 0)).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        let ana = try #require(run.digest("reported_not_credited", for: .collector("ana")))
        #expect(ana.items.map(\.invoices.first?.invoiceID) == ["FA-1", "FA-2"])
    }
}
