import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Promises settled by payments")
struct PromiseSettlementTests {
    func ars(_ units: Int64) -> Money { StatusWorld.ars(units) }

    func world(promise: ContactOutcome, for ids: [InvoiceID]) async throws -> StatusWorld {
        let world = try await StatusWorld(policy: StatusPolicy(promiseGraceDays: 2))
        try await world.store.recordOutcome(
            promise, for: ids, by: "ana", at: StatusWorld.noon(0), context: world.context, outcomeID: "o-1")
        return world
    }

    func pay(_ world: StatusWorld, _ invoice: InvoiceID, _ amount: Int64, day: Int) async throws {
        try await world.store.record(
            Payment(
                id: PaymentID("R-\(invoice)-\(day)"), customerID: "C-1", date: Fixtures.day(day), amount: ars(amount),
                targetInvoiceIDs: [invoice]),
            at: StatusWorld.noon(day), performedBy: .system, policy: world.context.policy)
    }

    @Test("paid in full by the promised date plus grace: promise kept", arguments: [3, 5, 7])
    func kept(day: Int) async throws {
        let world = try await world(promise: .promiseToPay(date: Fixtures.day(5)), for: ["FA-1"])
        try await pay(world, "FA-1", 100_000, day: day)
        #expect(try await world.status("FA-1") == .paid)
        let log = try await world.log()
        #expect(log.map(\.kind) == [.promiseMade, .paymentApplied, .promiseKept])
        #expect(log[2].id == ActivityID("payment/R-FA-1-\(day)/FA-1/promise"))
        #expect(log[1].previousStatus == .promised(PaymentPromise(date: Fixtures.day(5))) && log[1].newStatus == .paid)
        #expect(log[2].previousStatus == nil && log[2].newStatus == nil && log[2].nextActionDate == Fixtures.day(5))
        // FA-1 is 20 days late on day 0: the customer is administrative when it pays.
        #expect(log[1].portfolioStage == .administrative && log[2].portfolioStage == .administrative)
    }

    @Test("paid in full after the deadline: the promise is recorded broken")
    func paidLate() async throws {
        let world = try await world(promise: .promiseToPay(date: Fixtures.day(5)), for: ["FA-1"])
        try await pay(world, "FA-1", 100_000, day: 8)
        #expect(try await world.status("FA-1") == .paid)
        #expect(try await world.log().last?.kind == .promiseBroken)
    }

    @Test("a promise of part of the balance is reduced by payments and kept when met")
    func partialPromise() async throws {
        let world = try await world(promise: .promiseToPay(date: Fixtures.day(5), amount: ars(30_000)), for: ["FA-1"])
        try await pay(world, "FA-1", 10_000, day: 2)
        #expect(try await world.status("FA-1") == .promised(PaymentPromise(date: Fixtures.day(5), amount: ars(20_000))))
        var log = try await world.log()
        #expect(log.last?.kind == .paymentApplied)
        #expect(log.last?.newStatus == .promised(PaymentPromise(date: Fixtures.day(5), amount: ars(20_000))))
        try await pay(world, "FA-1", 25_000, day: 4)
        let invoice = try #require(try await world.invoice("FA-1"))
        #expect(invoice.status == .normal && invoice.balance == ars(65_000))
        log = try await world.log()
        #expect(log.suffix(2).map(\.kind) == [.paymentApplied, .promiseKept])
        #expect(log.suffix(2).map(\.newStatus) == [.normal, nil])
        #expect(log.last?.amount == ars(20_000))  // what was still promised when it was met
    }

    @Test("a partial payment towards a whole-balance promise keeps it pending; after the deadline it breaks it")
    func partialTowardsWholePromise() async throws {
        let world = try await world(promise: .promiseToPay(date: Fixtures.day(5)), for: ["FA-1", "FA-2"])
        try await pay(world, "FA-1", 10_000, day: 3)
        #expect(try await world.status("FA-1") == .promised(PaymentPromise(date: Fixtures.day(5))))
        try await pay(world, "FA-2", 10_000, day: 9)
        #expect(try await world.status("FA-2") == .normal)
        #expect(try await world.log().last?.kind == .promiseBroken)
    }
}
