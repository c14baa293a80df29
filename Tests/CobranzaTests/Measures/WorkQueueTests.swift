import Cobranza
import Foundation
import Testing

@Suite("Daily work queue")
struct WorkQueueTests {
    /// Round weights so every score is checked by hand: 10 points per power of ten of pesos, 1 point per day
    /// late up to 60, tiers A 0 / B 10 / C 20 / none 5, broken promise 50, promise due today 40, task due 30,
    /// recent contact −25 (yesterday or today).
    static let policy = WorkQueuePolicy(
        overdueAmountWeight: 10, daysLateWeight: 1, daysLateCap: 60, tierPoints: ["A": 0, "B": 10, "C": 20],
        unclassifiedTierPoints: 5, brokenPromisePoints: 50, brokenPromiseLookbackDays: 7, promiseDueTodayPoints: 40,
        taskDuePoints: 30, recentContactPenalty: 25, recentContactDays: 1)

    static let today = "2024-04-15"

    /// A customer of ana with one invoice of `pesos` due `due`.
    static func debtor(
        _ id: CustomerID, pesos: Int64 = 99, due: String = "2024-04-05", tier: RiskTier? = .a,
        status: CollectionStatus = .normal, collector: CollectorID = "ana"
    ) -> (Customer, Invoice) {
        (
            World.customer(id, collector: collector, tier: tier),
            World.invoice(
                InvoiceID("F-\(id)"), id, issued: "2024-01-01", due: due, amount: World.ars(pesos), status: status)
        )
    }

    static func queue(
        _ debtors: [(Customer, Invoice)], activities: [Activity] = [], tasks: [FollowUpTask] = [],
        policy: WorkQueuePolicy = policy, collector: CollectorID? = "ana"
    ) throws -> [WorkQueueEntry] {
        let input = MeasuresInput(
            customers: debtors.map(\.0), invoices: debtors.map(\.1), activities: activities, tasks: tasks)
        let report = try World.report(input, asOf: today, period: (today, today), policy: policy)
        return report.workQueue(for: collector)?.entries ?? []
    }

    static func points(_ entry: WorkQueueEntry?, _ factor: WorkQueueFactor) -> Double? {
        entry?.reasons.first { $0.factor == factor }?.points
    }

    @Test("overdue amount: a larger debt ranks higher, logarithmically")
    func overdueAmount() throws {
        // 9,999 pesos → 10 × log10(10,000) = 40; 99 pesos → 10 × log10(100) = 20; both 10 days late.
        let entries = try Self.queue([Self.debtor("Q-SMALL", pesos: 99), Self.debtor("Q-BIG", pesos: 9_999)])
        #expect(entries.map(\.customerID) == ["Q-BIG", "Q-SMALL"])
        #expect(entries.map(\.rank) == [1, 2])
        #expect(close(Self.points(entries.first, .overdueAmount), 40) && close(entries.first?.score, 50))
        #expect(close(entries.last?.score, 30))
        #expect(entries.first?.reasons.first?.detail == "1 invoice overdue: ARS 9999.00")
        #expect(entries.first?.overdueBalances == [World.ars(9_999)] && entries.first?.overdueInvoiceIDs == ["F-Q-BIG"])
    }

    @Test("days late: older debt ranks higher, capped")
    func daysLate() throws {
        // 99 pesos each (20 points): 10 days → 30; 40 days (due 03-06) → 60; 100 days (due 01-06) → 20 + 60 cap.
        let entries = try Self.queue([
            Self.debtor("Q-10", due: "2024-04-05"), Self.debtor("Q-40", due: "2024-03-06"),
            Self.debtor("Q-100", due: "2024-01-06"),
        ])
        #expect(entries.map(\.customerID) == ["Q-100", "Q-40", "Q-10"])
        #expect(entries.map(\.daysLate) == [100, 40, 10])
        #expect(entries.map(\.score).map { ($0 * 1e9).rounded() / 1e9 } == [80, 60, 30])
        #expect(entries.first?.reasons.map(\.factor) == [.daysLate, .overdueAmount])
    }

    @Test("risk tier: a worse tier ranks higher; no tier takes the unclassified points")
    func riskTier() throws {
        let entries = try Self.queue([
            Self.debtor("Q-A", tier: .a), Self.debtor("Q-C", tier: .c), Self.debtor("Q-NONE", tier: nil),
            Self.debtor("Q-D", tier: .d),
        ])
        // 30 + tier: C 20 → 50; unlisted D and no tier → 5 → 35 (tie broken by days, then id); A 0 → 30.
        #expect(entries.map(\.customerID) == ["Q-C", "Q-D", "Q-NONE", "Q-A"])
        #expect(entries.map(\.score).map { ($0 * 1e9).rounded() / 1e9 } == [50, 35, 35, 30])
        #expect(entries[0].riskTier == .c && Self.points(entries[0], .riskTier) == 20)
        #expect(entries[2].reasons.contains(WorkQueueReason(factor: .riskTier, points: 5, detail: "no risk tier")))
        #expect(!entries[3].has(.riskTier))  // tier A adds nothing and is not listed
    }

    @Test("broken promise: a recent promise_broken, or a promised date already past")
    func brokenPromise() throws {
        let activities = [
            World.activity("B-1", "Q-RECENT", on: "2024-04-12", .promiseBroken, invoices: ["F-Q-RECENT"]),
            World.activity("B-2", "Q-OLD", on: "2024-04-01", .promiseBroken, invoices: ["F-Q-OLD"]),
            World.activity("B-3", "Q-RENEWED", on: "2024-04-12", .promiseBroken, invoices: ["F-Q-RENEWED"]),
            World.activity(
                "B-4", "Q-RENEWED", on: "2024-04-13", .outcome, by: .collector("ana"), invoices: ["F-Q-RENEWED"],
                channel: .phoneCall, new: World.promised("2024-04-20")),
        ]
        let entries = try Self.queue(
            [
                Self.debtor("Q-RECENT"), Self.debtor("Q-OLD"), Self.debtor("Q-PLAIN"),
                // Promised for 04-14, not paid: broken even before the state machine says so.
                Self.debtor("Q-PASSED", status: World.promised("2024-04-14")),
                // A new promise after the broken one: the broken one no longer counts (and it is not due yet).
                Self.debtor("Q-RENEWED", status: World.promised("2024-04-20")),
            ], activities: activities)
        // Q-RECENT 30 + 50; Q-PASSED 30 + 50 (its overdue invoice is actionable again); Q-OLD broke 14 days ago
        // (more than 7) → 30, a tie with Q-PLAIN broken by customer id.
        #expect(entries.map(\.customerID) == ["Q-PASSED", "Q-RECENT", "Q-OLD", "Q-PLAIN"])
        #expect(Self.points(entries[0], .brokenPromise) == 50 && Self.points(entries[1], .brokenPromise) == 50)
        #expect(entries[0].reasons.first?.detail == "promised to pay F-Q-PASSED by 2024-04-14; not paid")
        #expect(entries[1].reasons.first?.detail == "promise broken on 2024-04-12")
        #expect(!entries[2].has(.brokenPromise))
        // Q-RENEWED: promised for a later date and nothing else → not on the list; its last contact is the call.
        #expect(!entries.contains { $0.customerID == "Q-RENEWED" })
    }

    @Test("promise due today: on the list for it alone, the invoice itself not counted as overdue")
    func promiseDueToday() throws {
        let entries = try Self.queue([
            Self.debtor("Q-TODAY", status: World.promised(Self.today)),
            Self.debtor("Q-LATER", status: World.promised("2024-04-16")),
            Self.debtor("Q-CURRENT", due: "2024-04-30"),
        ])
        #expect(entries.map(\.customerID) == ["Q-TODAY"])
        #expect(
            entries[0].reasons == [
                WorkQueueReason(factor: .promiseDueToday, points: 40, detail: "promise due today for F-Q-TODAY")
            ])
        #expect(entries[0].score == 40 && entries[0].overdueBalances.isEmpty && entries[0].daysLate == 0)
    }

    @Test("task due: open collector tasks due today or earlier put a customer on the list")
    func taskDue() throws {
        func task(_ id: TaskID, _ customer: CustomerID, due: String, done: Bool = false) -> FollowUpTask {
            FollowUpTask(
                id: id, customerID: customer, assignee: .collector("ana"), dueDate: World.day(due), kind: .call,
                reason: "Llamar para confirmar fecha", createdAt: World.instant("2024-04-01"),
                completedAt: done ? World.instant("2024-04-10") : nil)
        }
        let entries = try Self.queue(
            [
                Self.debtor("Q-TASK", due: "2024-04-30"), Self.debtor("Q-FUTURE", due: "2024-04-30"),
                Self.debtor("Q-DONE", due: "2024-04-30"), Self.debtor("Q-BOTH"),
            ],
            tasks: [
                task("T-1", "Q-TASK", due: "2024-04-14"), task("T-2", "Q-TASK", due: "2024-04-15"),
                task("T-3", "Q-FUTURE", due: "2024-04-16"), task("T-4", "Q-DONE", due: "2024-04-10", done: true),
                task("T-5", "Q-BOTH", due: "2024-04-15"),
            ])
        // Q-BOTH 30 (overdue) + 30 (task) = 60; Q-TASK 30 (two tasks count once).
        #expect(entries.map(\.customerID) == ["Q-BOTH", "Q-TASK"])
        #expect(entries[1].score == 30)
        #expect(entries[1].reasons.first?.detail == "2 tasks due, oldest on 2024-04-14: Llamar para confirmar fecha")
    }

    @Test("recent contact: a collector's call yesterday lowers the score; the last contact is shown")
    func recentContact() throws {
        let activities = [
            World.activity(
                "C-1", "Q-CALLED", on: "2024-04-14", .outcome, by: .collector("ana"), invoices: ["F-Q-CALLED"],
                channel: .phoneCall, new: .normal),
            World.activity(
                "C-2", "Q-EARLIER", on: "2024-04-13", .contact, by: .collector("ana"), channel: .phoneCall),
            World.activity("C-3", "Q-EMAILED", on: "2024-04-15", .messageSent, channel: .email, step: "direct"),
        ]
        let entries = try Self.queue(
            [Self.debtor("Q-CALLED"), Self.debtor("Q-EARLIER"), Self.debtor("Q-EMAILED")], activities: activities)
        // Q-EARLIER (two days ago) and Q-EMAILED (an automatic message) keep 30; Q-CALLED 30 − 25 = 5.
        #expect(entries.map(\.customerID) == ["Q-EARLIER", "Q-EMAILED", "Q-CALLED"])
        #expect(close(entries[2].score, 5) && Self.points(entries[2], .recentContact) == -25)
        #expect(entries[2].reasons.last?.factor == .recentContact)
        #expect(entries[2].lastContact?.date == World.day("2024-04-14"))
        #expect(entries[2].lastContact?.collectorID == "ana" && entries[2].lastContact?.kind == .outcome)
        #expect(entries[1].lastContact?.kind == .messageSent && entries[1].lastContact?.collectorID == nil)
        #expect(entries[0].lastContact?.date == World.day("2024-04-13"))
    }

    @Test("held invoices never put a customer on the list; each collector gets their own queue")
    func eligibility() throws {
        let debtors = [
            Self.debtor("Q-DISPUTED", status: World.disputed(Department.billingID, on: "2024-04-01")),
            Self.debtor("Q-REPORTED", status: .paymentReported(on: World.day("2024-04-10"))),
            Self.debtor("Q-PLAN", status: .paymentPlan(agreementID: "CV-1")),
            Self.debtor("Q-CURRENT", due: "2024-04-15"),  // due today is not overdue
            Self.debtor("Q-OTHER", collector: "bruno"),
            Self.debtor("Q-ANA"),
        ]
        #expect(try Self.queue(debtors).map(\.customerID) == ["Q-ANA"])
        #expect(try Self.queue(debtors, collector: "bruno").map(\.customerID) == ["Q-OTHER"])
        #expect(try Self.queue(debtors, collector: nil).isEmpty)
    }

    @Test("currencies are scored with their own unit and listed apart; the queue can be capped")
    func currenciesAndCap() throws {
        let (customer, pesos) = Self.debtor("Q-MULTI")
        let dollars = World.invoice(
            "U-1", "Q-MULTI", issued: "2024-01-01", due: "2024-04-05", amount: World.usd(99))
        var policy = Self.policy
        policy.amountUnits = ["USD": 1]  // one cent is one unit: 9,900 units
        let input = MeasuresInput(
            customers: [customer, Self.debtor("Q-B").0], invoices: [pesos, dollars, Self.debtor("Q-B").1])
        let entries =
            try World.report(input, asOf: Self.today, period: (Self.today, Self.today), policy: policy)
            .workQueue(for: "ana")?.entries ?? []
        // 99 pesos + 9,900 cent units = 9,999 units → 10 × log10(10,000) = 40.
        #expect(close(Self.points(entries.first, .overdueAmount), 40))
        #expect(entries.first?.overdueBalances == [World.ars(99), World.usd(99)])
        policy.maximumEntries = 1
        let capped = try World.report(input, asOf: Self.today, period: (Self.today, Self.today), policy: policy)
        #expect(capped.workQueue(for: "ana")?.entries.map(\.customerID) == ["Q-MULTI"])
    }

    @Test("the policy decodes with defaults and names an invalid field")
    func policyDecoding() throws {
        let decoded = try JSONDecoder().decode(WorkQueuePolicy.self, from: Data(#"{"taskDuePoints": 12}"#.utf8))
        #expect(decoded.taskDuePoints == 12 && decoded.brokenPromisePoints == 50 && decoded.tierPoints["D"] == 40)
        #expect(decoded.maximumEntries == 100)
        let everyone = try JSONDecoder().decode(WorkQueuePolicy.self, from: Data(#"{"maximumEntries": null}"#.utf8))
        #expect(everyone.maximumEntries == nil)
        #expect(throws: PolicyError.invalidValue(field: "daysLateCap", reason: "must be at least 0")) {
            try JSONDecoder().decode(WorkQueuePolicy.self, from: Data(#"{"daysLateCap": -1}"#.utf8))
        }
        #expect(throws: PolicyError.invalidValue(field: "amountUnits.USD", reason: "must be at least 1 minor unit")) {
            try JSONDecoder().decode(WorkQueuePolicy.self, from: Data(#"{"amountUnits": {"USD": 0}}"#.utf8))
        }
        let request =
            #"{"asOf": "2024-04-15", "period": {"start": "2024-04-01", "end": "2024-04-15"}, "workQueue": {"recentContactDays": -2}}"#
        #expect(throws: PolicyError.invalidValue(field: "workQueue.recentContactDays", reason: "must be at least 0")) {
            try JSONDecoder().decode(MeasuresRequest.self, from: Data(request.utf8))
        }
    }
}
