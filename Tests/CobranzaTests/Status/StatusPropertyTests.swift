import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// Seeded random sequences of outcomes, status changes, payments, dispute resolutions, payment plans and
/// daily reviews over a small portfolio.
@Suite("Status properties")
struct StatusPropertyTests {
    struct Run {
        var world: StatusWorld
        var rng: SplitMix64
        var day = 0
        var step = 0
        var committed = 0
        var refused = 0
        /// The statuses invoices start with: the portfolio's, then each imported invoice's.
        var initial: [InvoiceID: CollectionStatus] = [:]

        mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
        mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
        var now: Date { StatusWorld.noon(day).addingTimeInterval(Double(step)) }
        var today: CivilDate { Fixtures.day(day) }

        mutating func subset(of invoices: [Invoice]) -> [InvoiceID] {
            var ids = invoices.map(\.id).shuffled(using: &rng)
            ids.removeLast(Swift.max(0, ids.count - int(1...3)))
            return ids
        }

        mutating func outcome(balance: Int64) -> ContactOutcome {
            switch int(0...4) {
            case 0:
                let amount = chance(40) && balance > 0 ? StatusWorld.ars(Int64(int(1...Int(balance)))) : nil
                return .promiseToPay(date: today.adding(days: int(0...8)), amount: amount)
            case 1: return .noCommitment(followUpInDays: chance(50) ? int(1...5) : nil)
            case 2: return .saysItPaid(on: today.adding(days: -int(0...4)))
            case 3: return .dispute(departmentID: chance(50) ? Department.salesID : Department.billingID, reason: "r")
            default: return .unreachable(callAgain: chance(50) ? .laterToday : nil)
            }
        }

        mutating func manualEvent() -> CollectionEvent {
            let events: [CollectionEvent] = [
                .requestClarification(Dispute(departmentID: Department.billingID, reason: "q", openedOn: today)),
                .negotiate, .startPaying, .refuseToPay, .sendToLegal, .writeOff, .cancel, .resume,
            ]
            return events[int(0...events.count - 1)]
        }

        mutating func resolution(balance: Int64, amount: Int64) -> DisputeResolution {
            switch int(0...3) {
            case 0: return .notInCustomersFavour
            case 1: return .creditNote(StatusWorld.ars(Int64(int(1...Int(Swift.max(1, balance))))))
            case 2: return .cancelInvoice
            default: return .adjustAmount(to: StatusWorld.ars(Int64(int(1...Int(Swift.max(1, amount))))))
            }
        }

        /// One random operation; refused ones must write nothing.
        mutating func act() async throws {
            step += 1
            let store = world.store
            let context = world.context
            let customer: CustomerID = chance(80) ? "C-1" : "C-2"
            let own = try await store.invoices(matching: InvoiceQuery(customerIDs: [customer]))
            let open = own.filter(\.isOpen)
            let ids = subset(of: chance(80) && !open.isEmpty ? open : own)
            let chosen = own.filter { ids.contains($0.id) }
            let balance = chosen.reduce(Int64(0)) { $0 + $1.balance.minorUnits }
            let before = try await world.snapshot()
            do {
                switch int(0...12) {
                case 0...2:
                    try await store.recordOutcome(
                        outcome(balance: balance), for: ids, by: "ana", at: now, context: context, comment: "c")
                case 3:
                    try await store.changeStatus(
                        manualEvent(), of: ids, by: .collector("ana"), at: now, context: context)
                case 4...5:
                    let promised = own.filter { $0.status.kind == .promised }.randomElement(using: &rng)
                    let target = chance(60) ? promised?.id ?? ids[0] : ids[0]
                    let payment = Payment(
                        id: PaymentID("R-\(step)"), customerID: customer, date: today,
                        amount: StatusWorld.ars(Int64(int(1...30_000))), targetInvoiceIDs: chance(70) ? [target] : [])
                    try await store.record(payment, at: now, policy: context.policy)
                case 6:
                    let disputed = own.filter { [.disputed, .inClarification].contains($0.status.kind) }
                    let invoice = chance(80) ? disputed.randomElement(using: &rng) ?? chosen[0] : chosen[0]
                    try await store.resolveDispute(
                        of: invoice.id,
                        resolution(balance: invoice.balance.minorUnits, amount: invoice.amount.minorUnits),
                        by: .collector("ana"), at: now, context: context)
                case 7:
                    let plan = PaymentPlan(
                        agreementID: "CV-\(step)", invoiceIDs: ids,
                        installments: PaymentPlan.evenInstallments(
                            total: StatusWorld.ars(balance), count: int(1...3),
                            firstDueDate: today.adding(days: int(0...10)),
                            everyMonths: 1))
                    try await store.agreePaymentPlan(plan, by: .collector("ana"), at: now, context: context)
                case 8:
                    let id = InvoiceID("N-\(step)")
                    var changes = ChangeSet()
                    changes.upsert(
                        Fixtures.invoice(
                            id, customer: customer, due: today.adding(days: int(-30...30)),
                            amount: Int64(int(1...10)) * 10_000))
                    try await store.commit(changes)
                    initial[id] = .normal
                default:
                    day += int(0...6)
                    try await store.reviewStatuses(at: now, context: context)
                }
                committed += 1
            } catch is StatusError {
                refused += 1
                #expect(try await world.snapshot() == before, "a refused operation wrote something at step \(step)")
            } catch is PaymentError {
                refused += 1
                #expect(try await world.snapshot() == before, "a refused payment wrote something at step \(step)")
            }
        }
    }

    @Test(
        "random events and payments keep every invariant, and replaying the log gives the stored statuses",
        arguments: [1, 7, 42, 1_234, 20_240_301] as [UInt64])
    func randomSequences(seed: UInt64) async throws {
        let world = try await StatusWorld(
            policy: StatusPolicy(promiseGraceDays: 1, uncreditedAfterDays: 3, planGraceDays: 2))
        var run = Run(world: world, rng: SplitMix64(seed: seed))
        run.initial = Dictionary(
            uniqueKeysWithValues: try await world.store.invoices(matching: .all).map { ($0.id, $0.status) })
        for _ in 0..<200 {
            try await run.act()
            for invoice in try await world.store.invoices(matching: .all) {
                #expect(StatusInvariant.violations(of: invoice).isEmpty, "\(invoice.id) at step \(run.step)")
                #expect(!invoice.balance.isNegative)
            }
        }
        #expect(run.committed >= 60 && run.refused >= 10, "the sequence exercised too little")

        let log = try await world.log()
        let replay = ActivityLogReplay(initial: run.initial).replaying(log)
        #expect(replay.problems.isEmpty)
        for invoice in try await world.store.invoices(matching: .all) {
            #expect(replay.statuses[invoice.id] == invoice.status, "\(invoice.id)")
        }
        // Every kind of status the sequence produced went through a transition of the table.
        let reached = Set(log.compactMap(\.newStatus?.kind))
        #expect(reached.count >= 8)
    }

    @Test("the replay notices a log that does not hang together")
    func replayDetectsInconsistency() {
        let activity = Activity(
            id: "x", timestamp: Fixtures.baseInstant, performedBy: .system, customerID: "C-1", invoiceIDs: ["FA-1"],
            kind: .statusChange, previousStatus: .paid, newStatus: .normal)
        let replay = ActivityLogReplay(initial: ["FA-1": .normal]).replaying([activity])
        #expect(
            replay.problems == [
                .transitionNotInTable("x", from: .paid, to: .normal), .previousStatusMismatch("x", invoice: "FA-1"),
            ])
        #expect(replay.statuses["FA-1"] == .normal)
    }

    @Test("the invariants catch impossible invoices")
    func invariants() {
        var invoice = Fixtures.invoice("FA-1", customer: "C-1", amount: 100, balance: 0)
        #expect(StatusInvariant.violations(of: invoice) == [.openWithoutBalance])
        invoice.status = .paid
        #expect(StatusInvariant.violations(of: invoice).isEmpty)
        invoice.balance.minorUnits = 5
        #expect(StatusInvariant.violations(of: invoice) == [.paidWithBalance])
        invoice.status = .paymentPlan(agreementID: "CV-1")
        #expect(StatusInvariant.violations(of: invoice) == [.planWithBalance])
        invoice.status = .normal
        invoice.balance.minorUnits = -1
        #expect(StatusInvariant.violations(of: invoice) == [.negativeBalance, .openWithoutBalance])
    }
}
