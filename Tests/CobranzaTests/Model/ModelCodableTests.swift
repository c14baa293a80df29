import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The JSON shape of the model is a contract: integrators store it, send it, and read it from other
/// languages. These tests pin it.
@Suite("Model JSON")
struct ModelCodableTests {
    func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    @Test("an invoice encodes ids bare, dates as ISO text and money as minor units with a currency code")
    func invoiceShape() throws {
        let invoice = Fixtures.invoice("FA-1", customer: "C-1", due: try CivilDate(iso: "2024-03-31"), amount: 123_456)
        let text = try json(invoice)
        #expect(text.contains(#""id":"FA-1""#))
        #expect(text.contains(#""customerID":"C-1""#))
        #expect(text.contains(#""dueDate":"2024-03-31""#))
        #expect(text.contains(#""amount":{"currency":"ARS","minorUnits":123456}"#))
        #expect(text.contains(#""status":{"status":"normal"}"#))
        #expect(try roundTrip(invoice) == invoice)
    }

    @Test(
        "every collection status round-trips, tagged by its snake_case name",
        arguments: [
            CollectionStatus.normal,
            .promised(PaymentPromise(date: Fixtures.day(7), amount: Money(minorUnits: 5, currency: .usd))),
            .promised(PaymentPromise(date: Fixtures.day(7))), .paymentReported(on: Fixtures.day(-2)),
            .disputed(
                Dispute(departmentID: Department.shippingID, reason: "Mercadería dañada", openedOn: Fixtures.day(0))),
            .inClarification(
                Dispute(departmentID: Department.billingID, reason: "Falta OC", openedOn: Fixtures.day(1))),
            .paying, .negotiating, .paymentPlan(agreementID: "CONV-7"), .refusedToPay, .legal, .uncollectible, .paid,
            .cancelled,
        ])
    func statusRoundTrip(_ status: CollectionStatus) throws {
        #expect(try roundTrip(status) == status)
        #expect(try json(status).hasPrefix(#"{"#))
        #expect(try json(status).contains(#""status":"\#(status.kind.rawValue)""#))
    }

    @Test("a status without its data is refused with a decoding error")
    func statusMissingData() {
        let text = Data(#"{"status":"promised"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CollectionStatus.self, from: text) }
        let unknown = Data(#"{"status":"teleported"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CollectionStatus.self, from: unknown) }
    }

    @Test("customers, payments, activities, tasks and outbox entries round-trip unchanged")
    func recordsRoundTrip() throws {
        var customer = Fixtures.customer("C-1", collector: "ana")
        customer.risk = CustomerRisk(
            tier: .b, score: 41.5, assessedOn: Fixtures.day(0), pendingTier: .c, pendingCount: 1)
        customer.riskTierOverride = .a
        #expect(try roundTrip(customer) == customer)
        let payment = Payment(
            id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: Money(minorUnits: 1_500, currency: .kwd),
            allocations: [PaymentAllocation(invoiceID: "FA-1", amount: Money(minorUnits: 1_000, currency: .kwd))])
        #expect(try roundTrip(payment) == payment)
        #expect(try roundTrip(Fixtures.activity("A-1", customer: "C-1")) == Fixtures.activity("A-1", customer: "C-1"))
        #expect(try roundTrip(Fixtures.task("T-1", customer: "C-1", due: Fixtures.day(2))).id == "T-1")
        var entry = Fixtures.outboxEntry("k-1", customer: "C-1")
        entry.state = .retrying(after: Fixtures.instant(60), lastError: "421")
        #expect(try roundTrip(entry) == entry)
    }

    @Test("a customer's effective tier is the manual override, else the classified tier")
    func effectiveTier() {
        var customer = Fixtures.customer("C-1")
        #expect(customer.effectiveRiskTier == nil)
        customer.risk = CustomerRisk(tier: .c, score: 70, assessedOn: Fixtures.day(0))
        #expect(customer.effectiveRiskTier == .c)
        customer.riskTierOverride = .a
        #expect(customer.effectiveRiskTier == .a)
    }

    @Test("which statuses close an invoice and which hold automatic reminders")
    func statusProperties() {
        let closed = CollectionStatusKind.allCases.filter(\.isClosed)
        #expect(closed == [.uncollectible, .paid, .cancelled])
        let remindable = CollectionStatusKind.allCases.filter { !$0.holdsAutomaticReminders }
        #expect(remindable == [.normal, .paying, .negotiating, .refusedToPay])
    }

    @Test("due today is not overdue; the day after is one day late")
    func dueToday() {
        let invoice = Fixtures.invoice("FA-1", customer: "C-1", due: Fixtures.day(0))
        #expect(!invoice.isOverdue(asOf: Fixtures.day(0)))
        #expect(invoice.daysLate(asOf: Fixtures.day(0)) == 0)
        #expect(invoice.isOverdue(asOf: Fixtures.day(1)))
        #expect(invoice.daysLate(asOf: Fixtures.day(1)) == 1)
        #expect(invoice.daysLate(asOf: Fixtures.day(-5)) == 0)
    }
}
