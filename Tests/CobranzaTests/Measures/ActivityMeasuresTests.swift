import Cobranza
import Foundation
import Testing

@Suite("Promises, collector productivity, disputes and cadence steps")
struct ActivityMeasuresTests {
    static let ana = Performer.collector("ana")
    static let bruno = Performer.collector("bruno")

    /// March 2024, seen from 2024-04-05. K-1 and K-2 belong to ana, K-3 to bruno.
    static func activities() -> [Activity] {
        [
            // Promises. P-8 was obtained in February and broken on 03-02: broken in March, obtained before.
            World.activity(
                "A-01", "K-2", on: "2024-02-25", .outcome, by: ana, invoices: ["P-8"], channel: .phoneCall,
                new: World.promised("2024-03-01")),
            World.activity("A-02", "K-2", on: "2024-03-02", .promiseBroken, invoices: ["P-8"]),
            World.activity(
                "A-03", "K-1", on: "2024-03-04", .outcome, by: ana, invoices: ["P-1"], channel: .phoneCall,
                new: World.promised("2024-03-10")),
            // The same call logged as a contact too: one contact, not two.
            World.activity("A-04", "K-1", on: "2024-03-04", hours: 13, .contact, by: ana, channel: .phoneCall),
            World.activity("A-05", "K-2", on: "2024-03-05", hours: 9, .contact, by: ana, channel: .email),
            World.activity(
                "A-06", "K-2", on: "2024-03-05", .outcome, by: ana, invoices: ["P-2"], channel: .phoneCall,
                new: World.promised("2024-03-12")),
            World.activity(
                "A-07", "K-2", on: "2024-03-06", .outcome, by: ana, invoices: ["D-6", "D-7"], channel: .phoneCall,
                previous: .normal, new: World.disputed(Department.billingID, on: "2024-03-06")),
            World.activity(
                "A-08", "K-3", on: "2024-03-08", .outcome, by: bruno, invoices: ["D-10"], channel: .visit,
                previous: .normal, new: World.inClarification(Department.shippingID, on: "2024-03-08")),
            World.activity("A-09", "K-1", on: "2024-03-11", .promiseKept, invoices: ["P-1"]),
            World.activity("A-10", "K-2", on: "2024-03-13", .promiseBroken, invoices: ["P-2"]),
            // bruno obtains a promise from ana's customer: the kept promise is bruno's.
            World.activity(
                "A-11", "K-1", on: "2024-03-14", .outcome, by: bruno, invoices: ["P-9"], channel: .phoneCall,
                new: World.promised("2024-03-19")),
            World.activity(
                "A-12", "K-2", on: "2024-03-16", .disputeResolved, by: ana, invoices: ["D-6"],
                previous: World.disputed(Department.billingID, on: "2024-03-06"), new: .normal),
            World.activity("A-13", "K-1", on: "2024-03-20", .promiseKept, invoices: ["P-9"]),
            // D-10 moves from shipping's clarification to a sales dispute, then is paid while disputed.
            World.activity(
                "A-14", "K-3", on: "2024-03-20", .statusChange, by: bruno, invoices: ["D-10"],
                previous: World.inClarification(Department.shippingID, on: "2024-03-08"),
                new: World.disputed(Department.salesID, on: "2024-03-08")),
            World.activity(
                "A-15", "K-3", on: "2024-03-28", .paymentApplied, invoices: ["D-10"],
                previous: World.disputed(Department.salesID, on: "2024-03-08"), new: .paid),
            // A dispute opened in February (accounting) and resolved in March: 12 days.
            World.activity(
                "A-16", "K-1", on: "2024-02-20", .outcome, by: ana, invoices: ["D-11"], channel: .phoneCall,
                new: World.disputed(Department.accountingID, on: "2024-02-20")),
            World.activity(
                "A-17", "K-1", on: "2024-03-03", .disputeResolved, by: ana, invoices: ["D-11"],
                previous: World.disputed(Department.accountingID, on: "2024-02-20"), new: .normal),
            // After the period: not counted.
            World.activity("A-18", "K-3", on: "2024-04-02", .promiseKept, invoices: ["P-4"]),
            World.activity("A-19", "K-3", on: "2024-04-03", .contact, by: bruno, channel: .phoneCall),
            // Automatic messages with their cadence step.
            World.activity(
                "M-1", "K-1", on: "2024-03-01", .messageSent, invoices: ["S-20", "S-21"], channel: .email,
                step: "friendly"),
            World.activity(
                "M-2", "K-1", on: "2024-03-03", .messageSent, invoices: ["S-22", "S-26"], channel: .email,
                step: "friendly"),
            World.activity(
                "M-3", "K-1", on: "2024-03-10", .messageSent, invoices: ["S-21"], channel: .email, step: "direct"),
            World.activity(
                "M-4", "K-1", on: "2024-03-12", .messageSent, invoices: ["S-23"], channel: .whatsApp, step: "direct"),
            World.activity(
                "M-5", "K-1", on: "2024-03-30", .messageSent, invoices: ["S-24"], channel: .email, step: "final"),
            World.activity("M-6", "K-1", on: "2024-03-15", .messageSent, invoices: ["S-24"], channel: .email),
        ]
    }

    static func input() -> MeasuresInput {
        func ars(_ id: InvoiceID, _ customer: CustomerID, balance: Int64 = 1_000, status: CollectionStatus = .normal)
            -> Invoice
        {
            World.invoice(
                id, customer, issued: "2024-02-01", due: "2024-02-29", amount: World.ars(1_000),
                balance: World.ars(balance), status: status)
        }
        return MeasuresInput(
            customers: [
                World.customer("K-1", collector: "ana"), World.customer("K-2", collector: "ana"),
                World.customer("K-3", collector: "bruno"),
            ],
            collectors: [
                Collector(id: "ana", name: "Ana"), Collector(id: "bruno", name: "Bruno"),
                Collector(id: "carla", name: "Carla"),
            ],
            departments: [Department(id: Department.billingID, name: "Facturación")],
            invoices: [
                ars("S-20", "K-1", balance: 0, status: .paid), ars("S-21", "K-1", balance: 0, status: .paid),
                ars("S-22", "K-1"), ars("S-23", "K-1", balance: 0, status: .paid), ars("S-24", "K-1"),
                ars("S-26", "K-1", balance: 0, status: .paid), ars("P-1", "K-1", balance: 700),
                ars("D-7", "K-2", status: World.disputed(Department.billingID, on: "2024-03-06")),
                World.invoice(
                    "U-7", "K-2", issued: "2024-02-01", due: "2024-02-29", amount: World.usd(80),
                    balance: World.usd(30)),
                ars("D-10", "K-3", balance: 0, status: .paid),
            ],
            payments: [
                World.payment("R-20", "K-1", on: "2024-03-08", [("S-20", World.ars(1_000))]),
                World.payment("R-21", "K-1", on: "2024-03-06", [("S-21", World.ars(400))]),
                World.payment("R-22", "K-1", on: "2024-03-15", [("S-21", World.ars(600))]),
                World.payment("R-23", "K-1", on: "2024-03-20", [("S-23", World.ars(1_000))]),
                World.payment("R-26", "K-1", on: "2024-03-02", [("S-26", World.ars(1_000))]),
                World.payment("R-1", "K-1", on: "2024-03-11", [("P-1", World.ars(300))]),
                World.payment("R-7", "K-2", on: "2024-03-20", [("U-7", World.usd(50))]),
                World.payment("R-10", "K-3", on: "2024-03-28", [("D-10", World.ars(1_000))]),
            ],
            activities: activities())
    }

    static func report() throws -> MeasuresReport {
        try World.report(input(), asOf: "2024-04-05", period: ("2024-03-01", "2024-03-31"))
    }

    @Test("promise-kept rate overall and per collector, credited to whoever obtained the promise")
    func promises() throws {
        let report = try Self.report()
        // Obtained in March: A-03 and A-06 (ana), A-11 (bruno). Kept: P-1 (ana), P-9 (bruno's, on ana's
        // customer). Broken: P-8 (obtained in February) and P-2, both ana's. Rate 2 / 4.
        #expect(report.promises == PromiseSummary(obtained: 3, kept: 2, broken: 2))
        #expect(report.promises.keptRate == 50)
        let ana = try #require(report.collectors.first { $0.collectorID == "ana" })
        let bruno = try #require(report.collectors.first { $0.collectorID == "bruno" })
        #expect(ana.promises == PromiseSummary(obtained: 2, kept: 1, broken: 2))
        #expect(close(ana.promises.keptRate, 100.0 / 3))
        #expect(bruno.promises == PromiseSummary(obtained: 1, kept: 1, broken: 0) && bruno.promises.keptRate == 100)
    }

    @Test("collector productivity: contacts per business day by channel, amount recovered, disputes opened")
    func productivity() throws {
        let report = try Self.report()
        // Rows for every known collector, idle ones included, by id.
        #expect(report.collectors.map(\.collectorID) == ["ana", "bruno", "carla"])
        let ana = report.collectors[0]
        // ana: (K-1, 03-04, phone) [A-03 + A-04], (K-2, 03-05, email), (K-2, 03-05, phone), (K-2, 03-06, phone).
        // March 2024 has 21 business days (Friday the 1st, then four full weeks).
        #expect(ana.contacts == 4 && ana.activeDays == 3 && close(ana.contactsPerBusinessDay, 4.0 / 21))
        #expect(
            ana.contactsByChannel == [
                ChannelContacts(channel: .email, contacts: 1, perBusinessDay: 1.0 / 21),
                ChannelContacts(channel: .phoneCall, contacts: 3, perBusinessDay: 3.0 / 21),
            ])
        // Recovered on ana's customers in March: S-20 1,000 + S-21 400 + 600 + S-23 1,000 + S-26 1,000 + P-1 300
        // = 4,300 pesos, and USD 50 on U-7 — one amount per currency.
        #expect(ana.amountRecovered == [World.ars(4_300), World.usd(50)])
        #expect(ana.disputesOpened == 2 && ana.name == "Ana")
        let bruno = report.collectors[1]
        // bruno: (K-3, 03-08, visit), (K-1, 03-14, phone); the 04-03 call is after the period.
        #expect(bruno.contacts == 2 && bruno.activeDays == 2)
        #expect(bruno.contactsByChannel.map(\.channel) == [.phoneCall, .visit])
        #expect(bruno.amountRecovered == [World.ars(1_000)] && bruno.disputesOpened == 1)
        #expect(
            report.collectors[2] == CollectorPerformance(collectorID: "carla", name: "Carla", contactsPerBusinessDay: 0)
        )
    }

    @Test("disputes by department: opened, resolved, days to resolve, still open")
    func disputes() throws {
        let report = try Self.report()
        #expect(report.disputes.map(\.departmentID) == ["accounting", "billing", "sales", "shipping"])
        let byID = Dictionary(uniqueKeysWithValues: report.disputes.map { ($0.departmentID, $0) })
        // accounting: opened 02-20 (before the period), resolved 03-03 → 12 days (9 of February + 3).
        #expect(byID["accounting"]?.opened == 0 && byID["accounting"]?.resolved == 1)
        #expect(byID["accounting"]?.averageDaysToResolve == 12 && byID["accounting"]?.maximumDaysToResolve == 12)
        // billing: D-6 and D-7 opened 03-06; D-6 resolved 03-16 (10 days); D-7 open on 04-05 for 30 days with
        // its 1,000 pesos.
        let billing = try #require(byID["billing"])
        #expect(billing.name == "Facturación" && billing.opened == 2 && billing.resolved == 1)
        #expect(billing.averageDaysToResolve == 10 && billing.open == 1 && billing.averageOpenAgeDays == 30)
        #expect(billing.openBalances == [World.ars(1_000)])
        // D-10: opened in shipping 03-08, transferred to sales 03-20, paid 03-28 while disputed → resolved by
        // sales after 20 days; shipping keeps the opening.
        #expect(byID["shipping"]?.opened == 1 && byID["shipping"]?.resolved == 0 && byID["shipping"]?.open == 0)
        #expect(byID["sales"]?.opened == 0 && byID["sales"]?.resolved == 1)
        #expect(byID["sales"]?.averageDaysToResolve == 20 && byID["sales"]?.averageOpenAgeDays == nil)
    }

    @Test("cadence step effectiveness: paid within N days of the step, pending windows left out")
    func cadenceSteps() throws {
        let report = try Self.report()
        #expect(report.cadenceSteps.map(\.stepID) == ["direct", "final", "friendly"])
        // friendly (N = 7): S-20 sent 03-01, paid in full 03-08 (the last day of the window) → paid; S-21 sent
        // 03-01, 400 on 03-06 → some payment only; S-22 sent 03-03, never paid; S-26 was paid 03-02, before its
        // send on 03-03 → not counted.
        #expect(
            report.cadenceSteps[2]
                == CadenceStepEffectiveness(
                    stepID: "friendly", sends: 3, evaluated: 3, pending: 0, paidInFull: 1, anyPayment: 2,
                    amountCollected: [World.ars(1_400)]))
        #expect(
            close(report.cadenceSteps[2].paidRate, 100.0 / 3) && close(report.cadenceSteps[2].anyPaymentRate, 200.0 / 3)
        )
        // direct: S-21 sent 03-10, rest paid 03-15 → paid; S-23 sent 03-12, paid 03-20 — one day too late.
        #expect(
            report.cadenceSteps[0]
                == CadenceStepEffectiveness(
                    stepID: "direct", sends: 2, evaluated: 2, pending: 0, paidInFull: 1, anyPayment: 1,
                    amountCollected: [World.ars(600)]))
        // final: sent 03-30, its window runs to 04-06, after the report's 04-05 → pending, no rate.
        #expect(report.cadenceSteps[1].pending == 1 && report.cadenceSteps[1].evaluated == 0)
        #expect(report.cadenceSteps[1].paidRate == nil)
        #expect(report.sendsWithoutStep == 1)
    }

    @Test("the day of an activity is its day in the company's time zone")
    func timeZone() throws {
        // 2024-03-01 01:00 UTC is still 29 February in Buenos Aires (UTC−3): outside March there.
        let promise = World.activity(
            "A-1", "K-1", on: "2024-03-01", hours: 1, .outcome, by: Self.ana, invoices: ["P-1"],
            new: World.promised("2024-03-05"))
        let input = MeasuresInput(customers: [World.customer("K-1", collector: "ana")], activities: [promise])
        let utc = try World.report(input, asOf: "2024-03-31", period: ("2024-03-01", "2024-03-31"))
        #expect(utc.promises.obtained == 1)
        let buenosAires = try #require(TimeZone(identifier: "America/Argentina/Buenos_Aires"))
        let local = try World.report(
            input, asOf: "2024-03-31", period: ("2024-03-01", "2024-03-31"), timeZone: buenosAires)
        #expect(local.promises.obtained == 0)
    }

    @Test("the log is read in time order even when given out of order")
    func outOfOrder() throws {
        var input = Self.input()
        input.activities.reverse()
        let shuffled = try World.report(input, asOf: "2024-04-05", period: ("2024-03-01", "2024-03-31"))
        let ordered = try Self.report()
        #expect(shuffled.promises == ordered.promises && shuffled.disputes == ordered.disputes)
        #expect(shuffled.collectors == ordered.collectors)
    }
}
