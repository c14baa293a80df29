import Cobranza
import Foundation
import Testing

@Suite("Aging")
struct AgingTests {
    /// The portfolio on 2024-04-30, in pesos unless said (buckets: current, 1-30, 31-60, 61-90, 91-120, over 120):
    /// - C-1 (ana, tier A): F-1 1,000 due 05-10 → current; F-2 500 due 04-10, 200 paid 04-20 and 300 paid 05-05
    ///   (after the date, so today it is paid) → 300 on 04-30, 20 days late → 1-30. F-11 999 cancelled without
    ///   any payment → never a receivable.
    /// - C-2 (ana, tier C): F-3 2,000 due 02-15 → 75 days (14 + 31 + 30) → 61-90; F-4 300 due 2023-12-01 → 151
    ///   days → over 120; F-5 400 due 03-31 → 30 days → 1-30 (upper edge); F-6 100 due 03-30 → 31 days → 31-60.
    /// - C-3 (bruno, no tier): F-7 700 due 04-30 → due today, current; F-8 800 due 01-01 → 120 days → 91-120
    ///   (upper edge); F-9 issued 05-02 → not yet issued; F-10 600 due 01-15 written off on 04-10 → gone.
    /// - C-4 (bruno, no tier): only credit notes — NC-1 250 issued 04-01 (unapplied), NC-2 100 issued 05-15
    ///   (after the date).
    /// - C-5 (no collector, tier B): A-1 900 due 03-01 → 60 days → 31-60; U-1 USD 100 due 04-15 → 15 days →
    ///   1-30; a USD 30 payment on 04-25 left unapplied → USD credit 30.
    static func input() -> MeasuresInput {
        MeasuresInput(
            customers: [
                World.customer("C-1", collector: "ana", tier: .a), World.customer("C-2", collector: "ana", tier: .c),
                World.customer("C-3", collector: "bruno"), World.customer("C-4", collector: "bruno"),
                World.customer("C-5", tier: .b),
            ],
            collectors: [Collector(id: "ana", name: "Ana Martínez"), Collector(id: "bruno", name: "Bruno Díaz")],
            invoices: [
                World.invoice("F-1", "C-1", issued: "2024-04-10", due: "2024-05-10", amount: World.ars(1_000)),
                World.invoice(
                    "F-2", "C-1", issued: "2024-03-11", due: "2024-04-10", amount: World.ars(500),
                    balance: World.ars(0), status: .paid),
                World.invoice(
                    "F-11", "C-1", issued: "2024-03-01", due: "2024-03-31", amount: World.ars(999),
                    status: .cancelled),
                World.invoice("F-3", "C-2", issued: "2024-01-16", due: "2024-02-15", amount: World.ars(2_000)),
                World.invoice("F-4", "C-2", issued: "2023-11-01", due: "2023-12-01", amount: World.ars(300)),
                World.invoice("F-5", "C-2", issued: "2024-03-01", due: "2024-03-31", amount: World.ars(400)),
                World.invoice("F-6", "C-2", issued: "2024-02-29", due: "2024-03-30", amount: World.ars(100)),
                World.invoice("F-7", "C-3", issued: "2024-03-31", due: "2024-04-30", amount: World.ars(700)),
                World.invoice("F-8", "C-3", issued: "2023-12-02", due: "2024-01-01", amount: World.ars(800)),
                World.invoice("F-9", "C-3", issued: "2024-05-02", due: "2024-06-01", amount: World.ars(50)),
                World.invoice(
                    "F-10", "C-3", issued: "2023-12-16", due: "2024-01-15", amount: World.ars(600),
                    status: .uncollectible),
                World.creditNote("NC-1", "C-4", issued: "2024-04-01", amount: World.ars(250)),
                World.creditNote("NC-2", "C-4", issued: "2024-05-15", amount: World.ars(100)),
                World.invoice("A-1", "C-5", issued: "2024-01-31", due: "2024-03-01", amount: World.ars(900)),
                World.invoice("U-1", "C-5", issued: "2024-03-16", due: "2024-04-15", amount: World.usd(100)),
            ],
            payments: [
                World.payment("R-1", "C-1", on: "2024-04-20", [("F-2", World.ars(200))]),
                World.payment("R-2", "C-1", on: "2024-05-05", [("F-2", World.ars(300))]),
                World.payment("R-3", "C-5", on: "2024-04-25", [], unapplied: World.usd(30)),
            ],
            activities: [
                World.activity(
                    "W-1", "C-3", on: "2024-04-10", .statusChange, by: .collector("bruno"), invoices: ["F-10"],
                    previous: .normal, new: .uncollectible)
            ])
    }

    func ars(_ values: [Int64]) -> [Money] { values.map(World.ars) }

    @Test("the default buckets are current, 1-30, 31-60, 61-90, 91-120 and over 120, edges included")
    func defaultBuckets() throws {
        let buckets = AgingBuckets.standard
        #expect(buckets.buckets.map(\.label) == ["current", "1-30", "31-60", "61-90", "91-120", "over 120"])
        #expect(
            [0, 1, 30, 31, 60, 61, 90, 91, 120, 121, 900].map(buckets.index(forDaysLate:)) == [
                0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
            ])
        #expect(buckets.buckets.last?.maximumDaysLate == nil && buckets.buckets.last?.minimumDaysLate == 121)
    }

    @Test("per customer: reconstructed on the date, one row per currency, credit-note-only customer as credit")
    func perCustomer() throws {
        let aging = try World.report(Self.input(), asOf: "2024-04-30", period: ("2024-04-01", "2024-04-30")).aging
        #expect(aging.asOf == World.day("2024-04-30"))
        let rows = aging.byCustomer
        #expect(rows.map(\.key) == ["C-1", "C-2", "C-3", "C-4", "C-5", "C-5"])
        #expect(rows.map(\.currency) == [.ars, .ars, .ars, .ars, .ars, .usd])
        // C-1: F-1 1,000 current; F-2 500 − 200 paid by 04-30 = 300, 20 days late (the 05-05 payment is later).
        #expect(rows[0].amounts == ars([1_000, 300, 0, 0, 0, 0]))
        #expect(rows[0].total == World.ars(1_300) && rows[0].overdue == World.ars(300))
        #expect(rows[0].openInvoices == 2 && rows[0].maximumDaysLate == 20 && rows[0].name == "Cliente C-1")
        // C-2: 400 (30 d) + 100 (31 d) + 2,000 (75 d) + 300 (151 d).
        #expect(rows[1].amounts == ars([0, 400, 100, 2_000, 0, 300]))
        #expect(rows[1].total == World.ars(2_800) && rows[1].overdue == World.ars(2_800))
        #expect(rows[1].maximumDaysLate == 151)
        // C-3: F-7 due today is current; F-8 is 120 days late; F-10 written off on 04-10; F-9 not issued yet.
        #expect(rows[2].amounts == ars([700, 0, 0, 0, 800, 0]))
        #expect(rows[2].openInvoices == 2 && rows[2].maximumDaysLate == 120)
        // C-4: only credit notes; NC-2 is issued after the date.
        #expect(rows[3].amounts == ars([0, 0, 0, 0, 0, 0]) && rows[3].total == World.ars(0))
        #expect(rows[3].credits == World.ars(250) && rows[3].net == World.ars(-250) && rows[3].openInvoices == 0)
        // C-5: pesos and dollars never summed; the unapplied USD 30 is a dollar credit.
        #expect(rows[4].amounts == ars([0, 0, 900, 0, 0, 0]) && rows[4].maximumDaysLate == 60)
        #expect(rows[5].amounts == [0, 100, 0, 0, 0, 0].map(World.usd))
        #expect(rows[5].credits == World.usd(30) && rows[5].net == World.usd(70))
    }

    @Test("per collector, per tier and per currency add up the customer rows of one currency")
    func groupings() throws {
        let aging = try World.report(Self.input(), asOf: "2024-04-30", period: ("2024-04-01", "2024-04-30")).aging
        // ana = C-1 + C-2; bruno = C-3 + C-4; nil = C-5 (two currencies).
        #expect(aging.byCollector.map(\.key) == ["ana", "bruno", nil, nil])
        #expect(aging.byCollector[0].amounts == ars([1_000, 700, 100, 2_000, 0, 300]))
        #expect(aging.byCollector[0].total == World.ars(4_100) && aging.byCollector[0].overdue == World.ars(3_100))
        #expect(aging.byCollector[0].name == "Ana Martínez" && aging.byCollector[0].openInvoices == 6)
        #expect(aging.byCollector[1].amounts == ars([700, 0, 0, 0, 800, 0]))
        #expect(aging.byCollector[1].credits == World.ars(250) && aging.byCollector[1].net == World.ars(1_250))
        #expect(aging.byCollector[2].currency == .ars && aging.byCollector[3].currency == .usd)
        // Tiers: A = C-1, B = C-5, C = C-2, none = C-3 + C-4.
        #expect(aging.byTier.map(\.key) == ["A", "B", "B", "C", nil])
        #expect(aging.byTier[0].total == World.ars(1_300) && aging.byTier[3].total == World.ars(2_800))
        #expect(aging.byTier[4].total == World.ars(1_500) && aging.byTier[4].credits == World.ars(250))
        // The portfolio per currency: ARS 1,300 + 2,800 + 1,500 + 900 = 6,500, of which 1,700 current.
        #expect(aging.byCurrency.map(\.key) == ["ARS", "USD"])
        let pesos = aging.byCurrency[0]
        #expect(pesos.amounts == ars([1_700, 700, 1_000, 2_000, 800, 300]))
        #expect(pesos.total == World.ars(6_500) && pesos.overdue == World.ars(4_800))
        #expect(pesos.credits == World.ars(250) && pesos.net == World.ars(6_250))
        #expect(pesos.openInvoices == 9 && pesos.maximumDaysLate == 151)
        let dollars = aging.byCurrency[1]
        #expect(dollars.total == World.usd(100) && dollars.credits == World.usd(30) && dollars.openInvoices == 1)
    }

    /// F-1 of 1,000 issued 01-01, due 01-31; 400 paid 02-10 and 600 paid 03-20 (paid today).
    @Test(
        "a past date is reconstructed from the dated allocations, not from today's balance",
        arguments: [
            ("2023-12-31", nil, nil),  // not issued yet
            ("2024-01-31", 0, 1_000),  // due today: current
            ("2024-02-05", 1, 1_000),  // 5 days late
            ("2024-02-29", 1, 600),  // 29 days late, after the first payment
            ("2024-03-05", 2, 600),  // 34 days late
            ("2024-03-20", nil, nil),  // paid in full that day
        ] as [(String, Int?, Int64?)])
    func pastDates(asOf: String, bucket: Int?, pesos: Int64?) throws {
        let input = MeasuresInput(
            customers: [World.customer("C-1")],
            invoices: [
                World.invoice(
                    "F-1", "C-1", issued: "2024-01-01", due: "2024-01-31", amount: World.ars(1_000),
                    balance: World.ars(0), status: .paid)
            ],
            payments: [
                World.payment("R-1", "C-1", on: "2024-02-10", [("F-1", World.ars(400))]),
                World.payment("R-2", "C-1", on: "2024-03-20", [("F-1", World.ars(600))]),
            ])
        let rows = try World.report(input, asOf: asOf, period: (asOf, asOf)).aging.byCustomer
        if let bucket, let pesos {
            var expected = Array(repeating: World.ars(0), count: 6)
            expected[bucket] = World.ars(pesos)
            #expect(rows.map(\.amounts) == [expected])
        } else {
            #expect(rows.isEmpty)
        }
    }

    @Test("a write-off counts until the day of the activity that closed the invoice")
    func writeOffDated() throws {
        // F-10 of C-3, 600 due 01-15, written off on 04-10: on 03-31 it is 76 days late (16 + 29 + 31).
        let aging = try World.report(Self.input(), asOf: "2024-03-31", period: ("2024-03-31", "2024-03-31")).aging
        let bruno = try #require(aging.byCustomer.first { $0.key == "C-3" })
        // F-8 800 due 01-01 is 90 days late (61-90) on 03-31; F-7 issued that day, current.
        #expect(bruno.amounts == ars([700, 0, 0, 1_400, 0, 0]))
    }

    @Test("custom buckets label their ranges and validate their bounds")
    func customBuckets() throws {
        let buckets = try AgingBuckets(upperBounds: [0, 60])
        #expect(buckets.buckets.map(\.label) == ["current", "1-60", "over 60"])
        let aging = try World.report(
            Self.input(), asOf: "2024-04-30", period: ("2024-04-01", "2024-04-30"), buckets: buckets
        ).aging
        #expect(aging.byCurrency[0].amounts == ars([1_700, 1_700, 3_100]))
        #expect(try AgingBuckets(upperBounds: [7, 14]).buckets.map(\.label) == ["0-7", "8-14", "over 14"])
        #expect(throws: PolicyError.missingValue(field: "upperBounds")) { try AgingBuckets(upperBounds: []) }
        #expect(throws: PolicyError.invalidValue(field: "upperBounds[0]", reason: "must be at least 0")) {
            try AgingBuckets(upperBounds: [-1, 30])
        }
        #expect(throws: PolicyError.self) { try AgingBuckets(upperBounds: [0, 30, 30]) }
        let decoded = try JSONDecoder().decode(AgingBuckets.self, from: Data(#"{"upperBounds":[0,15]}"#.utf8))
        #expect(decoded.buckets.map(\.label) == ["current", "1-15", "over 15"])
        #expect(throws: PolicyError.self) {
            try JSONDecoder().decode(AgingBuckets.self, from: Data(#"{"upperBounds":[10,5]}"#.utf8))
        }
    }
}
