import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("overdue_threshold")
struct OverdueThresholdRuleTests {
    let monday = AlertWorld.monday
    let rule = OverdueThresholdRule(days: ["A": 60, "B": 30], defaultDays: 45)

    var world: AlertSnapshot {
        AlertWorld.snapshot(
            customers: [
                AlertWorld.customer("C-1", collector: "ana", tier: .b),
                AlertWorld.customer("C-2", collector: "bob", tier: .a),
                AlertWorld.customer("C-3", collector: "ana"),
            ],
            invoices: [
                AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -31)),
                AlertWorld.invoice("FA-2", customer: "C-1", due: monday.adding(days: -30)),
                AlertWorld.invoice("FA-3", customer: "C-2", due: monday.adding(days: -61)),
                AlertWorld.invoice("FA-4", customer: "C-3", due: monday.adding(days: -46)),
                AlertWorld.invoice("FA-5", customer: "C-3", due: monday.adding(days: -28)),
            ])
    }

    func evaluator(_ rule: OverdueThresholdRule? = nil) throws -> AlertEvaluator {
        try AlertWorld.evaluator(AlertWorld.policy(rules: AlertRuleSet(overdueThreshold: rule ?? self.rule)))
    }

    @Test("fires the day an invoice is more than N days late for its tier, to collector and supervisor")
    func crossing() throws {
        let run = try evaluator().evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        let ana = try #require(run.digest("overdue_threshold", for: .collector("ana")))
        #expect(ana.key == "alert/overdue_threshold/collector:ana/2024-03-04")
        #expect(ana.customerIDs == ["C-3", "C-1"])
        #expect(ana.items[1].invoices.map(\.invoiceID) == ["FA-1"])
        #expect(ana.items[1].reason == .overdueThreshold(thresholdDays: 30, crossedOn: monday, tier: .b))
        #expect(ana.items[0].reason == .overdueThreshold(thresholdDays: 45, crossedOn: monday, tier: nil))
        #expect(run.digest("overdue_threshold", for: .collector("bob"))?.customerIDs == ["C-2"])
        #expect(run.digest("overdue_threshold", for: .collector("sofia"))?.customerIDs == ["C-2", "C-3", "C-1"])
    }

    @Test("not the day before, and each invoice once: the next day lists only the next crossing")
    func eventBoundary() throws {
        let evaluator = try evaluator()
        let sunday = evaluator.evaluate(
            world, on: monday.adding(days: -1), timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(sunday.digests.isEmpty)
        let first = evaluator.evaluate(world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: sunday.cursor)
        #expect(first.digests.count == 3)
        let again = evaluator.evaluate(world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: first.cursor)
        #expect(again.digests.isEmpty)
        let tuesday = evaluator.evaluate(
            world, on: monday.adding(days: 1), timeZone: AlertWorld.utc, events: [], cursor: again.cursor)
        #expect(
            tuesday.digests.map(\.key) == [
                "alert/overdue_threshold/collector:ana/2024-03-05",
                "alert/overdue_threshold/collector:sofia/2024-03-05",
            ])
        #expect(tuesday.digests.first?.items.flatMap(\.invoices).map(\.invoiceID) == ["FA-2"])
        let wednesday = evaluator.evaluate(
            world, on: monday.adding(days: 2), timeZone: AlertWorld.utc, events: [], cursor: tuesday.cursor)
        #expect(wednesday.digests.isEmpty)
    }

    @Test("a run missed for days catches up once")
    func catchUp() throws {
        let evaluator = try evaluator(
            OverdueThresholdRule(days: ["A": 60, "B": 30], defaultDays: 45, notify: AlertAudience(supervisor: false)))
        let sunday = evaluator.evaluate(
            world, on: monday.adding(days: -1), timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        let thursday = evaluator.evaluate(
            world, on: monday.adding(days: 3), timeZone: AlertWorld.utc, events: [], cursor: sunday.cursor)
        let ana = try #require(thursday.digest("overdue_threshold", for: .collector("ana")))
        #expect(ana.items.flatMap(\.invoices).map(\.invoiceID).sorted() == ["FA-1", "FA-2", "FA-4"])
        #expect(
            ana.items.first { $0.customerID == "C-1" }?.reason
                == .overdueThreshold(thresholdDays: 30, crossedOn: monday, tier: .b))
        #expect(thursday.digest("overdue_threshold", for: .collector("sofia")) == nil)
    }

    @Test("a customer without a listed tier and no default is not watched")
    func noDefault() throws {
        let run = try evaluator(OverdueThresholdRule(days: ["A": 60, "B": 30], defaultDays: nil)).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(run.digest("overdue_threshold", for: .collector("ana"))?.customerIDs == ["C-1"])
    }

    @Test("policy roles can be notified too")
    func roles() throws {
        let run = try evaluator(
            OverdueThresholdRule(
                days: ["B": 30], defaultDays: nil,
                notify: AlertAudience(collector: false, supervisor: false, roles: ["manager"]))
        ).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(run.digests.map(\.recipient) == [.role("manager")])
    }
}
