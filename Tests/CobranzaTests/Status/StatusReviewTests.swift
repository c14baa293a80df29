import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Time-driven status review")
struct StatusReviewTests {
    func ars(_ units: Int64) -> Money { StatusWorld.ars(units) }

    /// A promise for day 5 with 2 grace days: the deadline is day 7.
    func promisedWorld() async throws -> StatusWorld {
        let world = try await StatusWorld(policy: StatusPolicy(promiseGraceDays: 2))
        try await world.store.recordOutcome(
            .promiseToPay(date: Fixtures.day(5)), for: ["FA-1"], by: "ana", at: StatusWorld.noon(0),
            context: world.context, outcomeID: "o-1")
        return world
    }

    @Test("a promise is not broken the day before the grace deadline", arguments: [6, 7])
    func promiseNotYetBroken(day: Int) async throws {
        let world = try await promisedWorld()
        let report = try await world.store.reviewStatuses(at: StatusWorld.noon(day), context: world.context)
        #expect(report.findings.isEmpty && report.customersReviewed == 0)
        #expect(try await world.status("FA-1") == .promised(PaymentPromise(date: Fixtures.day(5))))
    }

    @Test("a promise is broken the day after its date plus the grace days: back to normal, logged once")
    func promiseBroken() async throws {
        let world = try await promisedWorld()
        let report = try await world.store.reviewStatuses(at: StatusWorld.noon(8), context: world.context)
        let promise = PaymentPromise(date: Fixtures.day(5))
        #expect(report.findings == [.promiseBroken("FA-1", customer: "C-1", promise: promise)])
        #expect(report.date == Fixtures.day(8) && report.customersReviewed == 1)
        #expect(try await world.status("FA-1") == .normal)
        let activity = try #require(try await world.log().last)
        #expect(activity.id == "review/promise-broken/FA-1/2024-03-06" && activity.kind == .promiseBroken)
        #expect(activity.performedBy == .system && activity.previousStatus == .promised(promise))
        #expect(activity.newStatus == .normal)
        // On day 8: FA-1 28 days late, FA-2 13 days late, FA-3 not yet due.
        #expect(activity.daysLate == 28 && activity.overdueBalances == [ars(150_000)])
        let again = try await world.store.reviewStatuses(at: StatusWorld.noon(8), context: world.context)
        #expect(again.findings.isEmpty)
        #expect(try await world.log().count == 2)
    }

    @Test("a reported payment not credited after X days is flagged once, with a task; the status stays")
    func uncredited() async throws {
        let world = try await StatusWorld(policy: StatusPolicy(uncreditedAfterDays: 5))
        try await world.store.recordOutcome(
            .saysItPaid(on: Fixtures.day(0)), for: ["FA-2"], by: "ana", at: StatusWorld.noon(0),
            context: world.context, outcomeID: "o-1")
        #expect(try await world.store.reviewStatuses(at: StatusWorld.noon(5), context: world.context).findings.isEmpty)
        let report = try await world.store.reviewStatuses(at: StatusWorld.noon(6), context: world.context)
        #expect(report.findings == [.reportedPaymentUncredited("FA-2", customer: "C-1", reportedOn: Fixtures.day(0))])
        #expect(try await world.status("FA-2") == .paymentReported(on: Fixtures.day(0)))
        let activity = try #require(try await world.log().last)
        #expect(activity.id == "review/uncredited/FA-2/2024-03-01" && activity.kind == .reportedPaymentUncredited)
        #expect(activity.previousStatus == activity.newStatus)
        let task = try #require(try await world.tasks().first)
        #expect(task.assignee == .collector("ana") && task.dueDate == Fixtures.day(6) && task.invoiceIDs == ["FA-2"])
        // Flagged once: later reviews find nothing more.
        #expect(try await world.store.reviewStatuses(at: StatusWorld.noon(7), context: world.context).findings.isEmpty)
        #expect(try await world.store.reviewStatuses(at: StatusWorld.noon(20), context: world.context).findings.isEmpty)
        #expect(try await world.log().count == 2)
    }

    @Test("the review is a pure function: nothing due, nothing planned")
    func pure() throws {
        var promised = Fixtures.invoice("FA-1", customer: "C-1", due: Fixtures.day(-3))
        promised.status = .promised(PaymentPromise(date: Fixtures.day(1)))
        let customer = Fixtures.customer("C-1", collector: "ana")
        let policy = StatusPolicy(promiseGraceDays: 0)
        let quiet = StatusReview.plan(
            for: [promised], customer: customer, alreadyFlagged: [], on: Fixtures.day(1), at: StatusWorld.noon(1),
            policy: policy)
        #expect(quiet.plan.isEmpty && quiet.findings.isEmpty)
        #expect(!StatusReview.needsReview(promised, on: Fixtures.day(1), policy: policy))
        #expect(StatusReview.needsReview(promised, on: Fixtures.day(2), policy: policy))
        let due = StatusReview.plan(
            for: [promised], customer: customer, alreadyFlagged: [], on: Fixtures.day(2), at: StatusWorld.noon(2),
            policy: policy)
        #expect(due.plan.updatedInvoices.map(\.status) == [.normal])
    }
}
