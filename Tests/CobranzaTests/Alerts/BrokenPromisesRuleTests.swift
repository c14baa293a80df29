import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("broken_promises")
struct BrokenPromisesRuleTests {
    let monday = AlertWorld.monday
    let rules = AlertRuleSet(brokenPromises: BrokenPromisesRule())

    var world: AlertSnapshot {
        AlertWorld.snapshot(
            customers: [
                AlertWorld.customer("C-1", collector: "ana"), AlertWorld.customer("C-2", collector: "ana"),
                AlertWorld.customer("C-3", collector: "bob"), AlertWorld.customer("C-4", collector: nil),
            ],
            invoices: [
                AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -20)),
                AlertWorld.invoice("FA-2", customer: "C-2", due: monday.adding(days: -40)),
                AlertWorld.invoice("FA-3", customer: "C-3", due: monday.adding(days: -5)),
                AlertWorld.invoice("FA-4", customer: "C-4", due: monday.adding(days: -5)),
            ])
    }

    func broken(_ position: Int64, _ customer: CustomerID, _ invoice: InvoiceID, promised: Int) -> LoggedActivity {
        AlertWorld.event(
            position, customer: customer, invoices: [invoice], kind: .promiseBroken, on: monday,
            previous: .promised(PaymentPromise(date: monday.adding(days: promised))), new: .normal)
    }

    var events: [LoggedActivity] {
        [
            broken(10, "C-1", "FA-1", promised: -3), broken(11, "C-2", "FA-2", promised: -2),
            broken(12, "C-3", "FA-3", promised: -1), broken(13, "C-4", "FA-4", promised: -1),
            AlertWorld.event(14, customer: "C-1", invoices: ["FA-1"], kind: .note, on: monday),
        ]
    }

    @Test("each collector receives only their own customers, most urgent first")
    func routing() throws {
        let run = try AlertWorld.evaluator(AlertWorld.policy(rules: rules)).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor(position: 9))
        #expect(run.digests.map(\.recipient) == [.collector("ana"), .collector("bob")])
        let ana = try #require(run.digest("broken_promises", for: .collector("ana")))
        #expect(ana.customerIDs == ["C-2", "C-1"])
        #expect(ana.addressee.emails == ["ana@empresa.example"])
        #expect(ana.items[1].reason == .promiseBroken(promisedOn: monday.adding(days: -3), amount: nil))
        #expect(run.digest("broken_promises", for: .collector("bob"))?.customerIDs == ["C-3"])
        #expect(run.digests.allSatisfy { !$0.customerIDs.contains("C-4") })
    }

    @Test("a customer without a collector is reported unrouted, or goes to the fallback role")
    func unassigned() throws {
        let plain = try AlertWorld.evaluator(AlertWorld.policy(rules: rules)).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor(position: 9))
        #expect(plain.unrouted.map(\.item.customerID) == ["C-4"])
        #expect(plain.unrouted.first?.problem == .noRecipient)
        #expect(plain.unrouted.first?.sentToFallback == false)

        let withFallback = try AlertWorld.evaluator(AlertWorld.policy(rules: rules, fallbackRole: "manager")).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor(position: 9))
        #expect(withFallback.digest("broken_promises", for: .role("manager"))?.customerIDs == ["C-4"])
        #expect(withFallback.unrouted.first?.sentToFallback == true)
    }

    @Test("a collector without an email address is reported, never dropped")
    func collectorWithoutAddress() throws {
        let snapshot = AlertWorld.snapshot(
            customers: [AlertWorld.customer("C-1", collector: "mute")],
            invoices: [AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -20))])
        let run = try AlertWorld.evaluator(AlertWorld.policy(rules: rules)).evaluate(
            snapshot, on: monday, timeZone: AlertWorld.utc, events: [broken(10, "C-1", "FA-1", promised: -3)],
            cursor: AlertCursor())
        #expect(run.digests.isEmpty)
        #expect(run.unrouted.map(\.problem) == [.noAddress(.collector("mute"))])
    }

    @Test("daily: only promises broken since the last digest; a second run the same day waits for tomorrow")
    func sinceLastDigest() throws {
        let evaluator = try AlertWorld.evaluator(AlertWorld.policy(rules: rules))
        let first = evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor(position: 9))
        #expect(
            first.cursor.marks["broken_promises"] == AlertMark(periodID: "2024-03-04", runDate: monday, position: 14))

        let late = broken(15, "C-1", "FA-1", promised: 0)
        let sameDay = evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: events + [late], cursor: first.cursor)
        #expect(sameDay.digests.isEmpty)
        #expect(sameDay.cursor == first.cursor)

        let tuesday = evaluator.evaluate(
            world, on: monday.adding(days: 1), timeZone: AlertWorld.utc, events: events + [late],
            cursor: sameDay.cursor)
        #expect(tuesday.digests.map(\.key) == ["alert/broken_promises/collector:ana/2024-03-05"])
        #expect(tuesday.digests.first?.customerIDs == ["C-1"])
        #expect(tuesday.digests.first?.items.first?.reason == .promiseBroken(promisedOn: monday, amount: nil))

        let wednesday = evaluator.evaluate(
            world, on: monday.adding(days: 2), timeZone: AlertWorld.utc, events: events + [late],
            cursor: tuesday.cursor)
        #expect(wednesday.digests.isEmpty)
    }

    @Test("an invoice paid since the promise broke is not listed")
    func paidSince() throws {
        var paid = world.invoices["FA-1"]
        paid?.balance = AlertWorld.ars(0)
        paid?.status = .paid
        let snapshot = AlertWorld.snapshot(
            customers: Array(world.customers.values),
            invoices: world.invoices.values.filter { $0.id != "FA-1" } + [paid].compactMap { $0 })
        let run = try AlertWorld.evaluator(AlertWorld.policy(rules: rules)).evaluate(
            snapshot, on: monday, timeZone: AlertWorld.utc, events: events, cursor: AlertCursor(position: 9))
        #expect(run.digest("broken_promises", for: .collector("ana"))?.customerIDs == ["C-2"])
    }

    @Test("no broken promise, no digest")
    func nothingToSay() throws {
        let run = try AlertWorld.evaluator(AlertWorld.policy(rules: rules)).evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [events[4]], cursor: AlertCursor())
        #expect(run.digests.isEmpty)
        #expect(run.cursor.marks["broken_promises"]?.position == 14)
    }
}

@Suite("broken_promises without invoices")
struct BrokenPromiseWithoutInvoicesTests {
    @Test("an event naming no invoice lists the customer's overdue invoices")
    func overdueInvoices() throws {
        let monday = AlertWorld.monday
        let world = AlertWorld.snapshot(
            customers: [AlertWorld.customer("C-1", collector: "ana")],
            invoices: [
                AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -20)),
                AlertWorld.invoice("FA-2", customer: "C-1", due: monday),
            ])
        let event = AlertWorld.event(1, customer: "C-1", invoices: [], kind: .promiseBroken, on: monday)
        let run = try AlertWorld.evaluator(AlertWorld.policy(rules: AlertRuleSet(brokenPromises: BrokenPromisesRule())))
            .evaluate(world, on: monday, timeZone: AlertWorld.utc, events: [event], cursor: AlertCursor())
        #expect(run.digests.first?.items.first?.invoices.map(\.invoiceID) == ["FA-1"])
        #expect(run.digests.first?.items.first?.reason == .promiseBroken(promisedOn: nil, amount: nil))
    }
}
