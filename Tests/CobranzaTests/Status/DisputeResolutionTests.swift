import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Dispute resolution")
struct DisputeResolutionTests {
    func ars(_ units: Int64) -> Money { StatusWorld.ars(units) }

    /// FA-1 (1,000.00, of which 200.00 paid) disputed on day 0 with sales; resolved on day 6.
    func disputed() async throws -> StatusWorld {
        let world = try await StatusWorld()
        try await world.store.record(
            Payment(
                id: "R-1", customerID: "C-1", date: Fixtures.day(-1), amount: ars(20_000), targetInvoiceIDs: ["FA-1"]),
            at: StatusWorld.noon(-1))
        try await world.store.recordOutcome(
            .dispute(departmentID: Department.salesID, reason: "Precio"), for: ["FA-1"], by: "ana",
            at: StatusWorld.noon(0), context: world.context, outcomeID: "o-1")
        return world
    }

    @discardableResult
    func resolve(_ world: StatusWorld, _ resolution: DisputeResolution) async throws -> ResolvedDispute {
        try await world.store.resolveDispute(
            of: "FA-1", resolution, by: .collector("ana"), at: StatusWorld.noon(6), context: world.context,
            comment: "Revisado con ventas", resolutionID: "d-1")
    }

    @Test("not in the customer's favour: back to normal with the same balance; department and days recorded")
    func rejected() async throws {
        let world = try await disputed()
        let resolved = try await resolve(world, .notInCustomersFavour)
        #expect(resolved.departmentID == Department.salesID && resolved.daysToResolve == 6)
        #expect(!resolved.resolution.favoursCustomer)
        let invoice = try #require(try await world.invoice("FA-1"))
        #expect(invoice.status == .normal && invoice.balance == ars(80_000))
        let activity = try #require(try await world.log().last)
        #expect(activity.id == "d-1" && activity.kind == .disputeResolved)
        #expect(activity.previousStatus?.kind == .disputed && activity.newStatus == .normal)
        #expect(
            activity.comment
                == "Resolved by department sales in 6 days, not in the customer's favour; collection resumes. "
                + "Revisado con ventas")
        // The department's task is done.
        let task = try #require(try await world.tasks().first)
        #expect(task.completedAt == StatusWorld.noon(6))
    }

    @Test("a credit note reduces the balance; one for the whole balance cancels the invoice")
    func creditNote() async throws {
        let world = try await disputed()
        try await resolve(world, .creditNote(ars(30_000)))
        let invoice = try #require(try await world.invoice("FA-1"))
        #expect(invoice.status == .normal && invoice.balance == ars(50_000) && invoice.amount == ars(100_000))
        #expect(try await world.log().last?.amount == ars(30_000))

        let whole = try await disputed()
        try await resolve(whole, .creditNote(ars(80_000)))
        let cancelled = try #require(try await whole.invoice("FA-1"))
        #expect(cancelled.status == .cancelled && cancelled.balance.isZero)
    }

    @Test("cancelling annuls the invoice")
    func cancel() async throws {
        let world = try await disputed()
        try await resolve(world, .cancelInvoice)
        let invoice = try #require(try await world.invoice("FA-1"))
        #expect(invoice.status == .cancelled && invoice.balance.isZero)
    }

    @Test("adjusting the amount: the new balance is the new amount less what was paid")
    func adjust() async throws {
        let world = try await disputed()
        try await resolve(world, .adjustAmount(to: ars(70_000)))
        let invoice = try #require(try await world.invoice("FA-1"))
        #expect(invoice.status == .normal && invoice.amount == ars(70_000) && invoice.balance == ars(50_000))

        let exact = try await disputed()
        try await resolve(exact, .adjustAmount(to: ars(20_000)))
        let paid = try #require(try await exact.invoice("FA-1"))
        #expect(paid.status == .paid && paid.balance.isZero)
    }

    @Test("impossible resolutions are refused and write nothing")
    func refusals() async throws {
        let world = try await disputed()
        let before = try await world.snapshot()
        await #expect(throws: StatusError.invalidAdjustment("FA-1", reason: "the credit note is more than the balance"))
        {
            try await resolve(world, .creditNote(ars(80_001)))
        }
        await #expect(
            throws: StatusError.invalidAdjustment(
                "FA-1", reason: "the corrected amount is not lower than the billed amount")
        ) {
            try await resolve(world, .adjustAmount(to: ars(100_000)))
        }
        await #expect(
            throws: StatusError.invalidAdjustment("FA-1", reason: "the corrected amount is below what was already paid")
        ) {
            try await resolve(world, .adjustAmount(to: ars(19_999)))
        }
        await #expect(throws: StatusError.nonPositiveAmount(field: "creditNote")) {
            try await resolve(world, .creditNote(ars(0)))
        }
        #expect(try await world.snapshot() == before)
        await #expect(
            throws: StatusError.transitionForbidden(
                "FA-2", TransitionError(from: .normal, event: .resolveDispute, reason: .noDispute))
        ) {
            try await world.store.resolveDispute(
                of: "FA-2", .cancelInvoice, by: .system, at: StatusWorld.noon(6), context: world.context)
        }
    }

    @Test("a dispute task over several invoices is completed when the last of them is resolved")
    func sharedTask() async throws {
        let world = try await StatusWorld()
        try await world.store.recordOutcome(
            .dispute(departmentID: Department.billingID, reason: "No recibidas"), for: ["FA-1", "FA-2"], by: "ana",
            at: StatusWorld.noon(0), context: world.context, outcomeID: "o-1")
        try await world.store.resolveDispute(
            of: "FA-1", .notInCustomersFavour, by: .system, at: StatusWorld.noon(2), context: world.context)
        #expect(try await world.tasks().first?.isOpen == true)
        try await world.store.resolveDispute(
            of: "FA-2", .cancelInvoice, by: .system, at: StatusWorld.noon(3), context: world.context)
        #expect(try await world.tasks().first?.completedAt == StatusWorld.noon(3))
    }
}
