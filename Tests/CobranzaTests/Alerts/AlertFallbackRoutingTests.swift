import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Alert routing to the fallback role")
struct AlertFallbackRoutingTests {
    @Test("an item already addressed to the fallback role is listed there once")
    func listedOnce() throws {
        let monday = AlertWorld.monday
        let world = AlertWorld.snapshot(
            customers: [AlertWorld.customer("C-1", collector: "mute")],
            invoices: [AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -40))])
        let rule = OverdueThresholdRule(
            days: [:], defaultDays: 39, notify: AlertAudience(collector: true, supervisor: false, roles: ["manager"]))
        let run = try AlertWorld.evaluator(
            AlertWorld.policy(rules: AlertRuleSet(overdueThreshold: rule), fallbackRole: "manager")
        ).evaluate(world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(run.digests.map(\.recipient) == [.role("manager")])
        #expect(run.digests.first?.customerIDs == ["C-1"])
        #expect(run.unrouted.map(\.problem) == [.noAddress(.collector("mute"))])
        #expect(run.unrouted.first?.sentToFallback == true)
    }
}
