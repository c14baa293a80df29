import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation
import Testing

/// Nothing is lossy: every value reads back equal, bit for bit where it is a number, and what could not
/// read back is refused instead of stored.
@Suite("SQLite store: fidelity")
struct SQLiteFidelityTests {
    let folder: TemporaryFolder
    let store: any CollectionStore

    init() throws {
        folder = try TemporaryFolder()
        store = try SQLiteCollectionStore(path: folder.file("fidelity.sqlite"))
    }

    /// Characters that need escaping in JSON and SQL, and some that do not fit in two UTF-8 bytes.
    static let awkward = "comillas \" y \\ barra, tab\t, salto\n, nulo \u{0}, control \u{1F}, ñandú 🧾 'apóstrofo'"

    func seed() async throws {
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector("ana"))
        changes.upsert(Fixtures.customer("C-1", collector: "ana"))
        try await store.commit(changes)
    }

    @Test("instants keep every bit of their seconds")
    func instantsAreExact() async throws {
        try await seed()
        let instants = [
            Date(timeIntervalSinceReferenceDate: 731_000_000.123_456_789),
            Date(timeIntervalSinceReferenceDate: -1.0e-9),
            Date(timeIntervalSince1970: 1_709_294_400.000_000_1),
            Date(timeIntervalSinceReferenceDate: .ulpOfOne),
        ]
        var changes = ChangeSet()
        for (index, instant) in instants.enumerated() {
            var activity = Fixtures.activity(ActivityID("A-\(index)"), customer: "C-1")
            activity.timestamp = instant
            changes.append(activity)
            var task = Fixtures.task(TaskID("T-\(index)"), customer: "C-1", due: Fixtures.day(index))
            task.createdAt = instant
            task.completedAt = instant.addingTimeInterval(1e-6)
            changes.upsert(task)
            changes.enqueue(
                OutboxEntry(key: IdempotencyKey("k-\(index)"), message: Fixtures.message(to: "C-1"), createdAt: instant)
            )
        }
        try await store.commit(changes)
        #expect(try await store.activities(matching: .all).map(\.activity.timestamp) == instants)
        let tasks = try await store.tasks(matching: TaskQuery()).sorted { $0.id < $1.id }
        #expect(tasks.map(\.createdAt) == instants)
        #expect(tasks.map(\.completedAt) == instants.map { $0.addingTimeInterval(1e-6) })
        let entries = try await store.outboxEntries(matching: .all).sorted { $0.key < $1.key }
        #expect(entries.map(\.createdAt) == instants)
    }

    @Test("text with quotes, backslashes, control characters and emoji reads back as written")
    func awkwardText() async throws {
        try await seed()
        var customer = Fixtures.customer("C-2", collector: "ana")
        customer.name = Self.awkward
        customer.customFields = [Self.awkward: Self.awkward, "": "", "clave": ""]
        customer.contacts[0].name = Self.awkward
        var invoice = Fixtures.invoice(InvoiceID("FA-\(Self.awkward)"), customer: "C-2")
        invoice.number = Self.awkward
        invoice.customFields = [Self.awkward: "valor", "vacío": ""]
        invoice.status = .disputed(Dispute(departmentID: "sales", reason: Self.awkward, openedOn: Fixtures.day(1)))
        var task = Fixtures.task("T-1", customer: "C-2", due: Fixtures.day(0))
        task.invoiceIDs = [invoice.id, "", "FA-2"]
        task.assignee = .role(Self.awkward)
        var changes = ChangeSet()
        changes.upsert(customer)
        changes.upsert(invoice)
        changes.upsert(task)
        try await store.commit(changes)
        #expect(try await store.customers(ids: ["C-2"]) == [customer])
        #expect(try await store.invoices(ids: [invoice.id]) == [invoice])
        #expect(try await store.tasks(matching: TaskQuery(assignee: .role(Self.awkward))) == [task])
    }

    @Test("every invoice status, with its data, reads back")
    func everyStatus() async throws {
        try await seed()
        let statuses: [CollectionStatus] = [
            .normal, .promised(PaymentPromise(date: Fixtures.day(5), amount: Money(minorUnits: 7, currency: .ars))),
            .promised(PaymentPromise(date: Fixtures.day(6))), .paymentReported(on: Fixtures.day(2)),
            .disputed(Dispute(departmentID: "sales", reason: "precio", openedOn: Fixtures.day(1))),
            .inClarification(Dispute(departmentID: "billing", reason: "factura", openedOn: Fixtures.day(1))),
            .paying, .negotiating, .paymentPlan(agreementID: "PP-1"), .refusedToPay, .legal, .uncollectible, .paid,
            .cancelled,
        ]
        var changes = ChangeSet()
        var expected: [Invoice] = []
        for (index, status) in statuses.enumerated() {
            var invoice = Fixtures.invoice(InvoiceID("FA-\(index + 10)"), customer: "C-1")
            invoice.status = status
            changes.upsert(invoice)
            expected.append(invoice)
        }
        try await store.commit(changes)
        #expect(try await store.invoices(matching: .all) == expected)
        // Open means receivable, with a balance, not closed: paid, cancelled and uncollectible are not.
        #expect(try await store.invoices(matching: .open).count == statuses.count - 3)
    }

    @Test("extreme amounts, every optional left empty and every performer read back")
    func extremesAndEmpties() async throws {
        try await seed()
        let big = Invoice(
            id: "FA-max", number: "", customerID: "C-1", kind: .installment,
            issueDate: CivilDate(daysSinceEpoch: -800_000),
            dueDate: CivilDate(daysSinceEpoch: 2_000_000), amount: Money(minorUnits: .max, currency: .clf))
        let bare = Customer(id: "C-bare", name: "")
        let activity = Activity(
            id: "A-bare", timestamp: Fixtures.instant(0), performedBy: .system, customerID: "C-bare", kind: .note)
        var changes = ChangeSet()
        changes.upsert(bare)
        changes.upsert(big)
        changes.append(activity)
        changes.upsert(
            FollowUpTask(
                id: "T-dept", customerID: "C-bare", assignee: .department("billing"), dueDate: Fixtures.day(0),
                kind: .resolveDispute, reason: "", createdAt: Fixtures.instant(0)))
        try await store.commit(changes)
        #expect(try await store.invoices(ids: ["FA-max"]) == [big])
        #expect(try await store.customers(ids: ["C-bare"]) == [bare])
        #expect(
            try await store.activities(matching: ActivityQuery(customerIDs: ["C-bare"])).map(\.activity) == [activity])
        #expect(try await store.tasks(matching: TaskQuery(assignee: .department("billing"))).map(\.id) == ["T-dept"])
    }

    @Test("a customer's risk and the outbox's delivery states read back")
    func riskAndOutboxStates() async throws {
        try await seed()
        var customer = Fixtures.customer("C-2", collector: "ana")
        customer.risk = CustomerRisk(
            tier: .c, score: 61.25, assessedOn: Fixtures.day(0), pendingTier: .d, pendingCount: 2)
        customer.riskTierOverride = "B"
        var changes = ChangeSet()
        changes.upsert(customer)
        changes.enqueue(Fixtures.outboxEntry("k-1", customer: "C-2"))
        changes.enqueue(Fixtures.outboxEntry("k-2", customer: "C-2", at: 1))
        try await store.commit(changes)
        #expect(try await store.customers(ids: ["C-2"]) == [customer])

        let claim = OutboxClaim(claimant: "w", now: Fixtures.instant(10), leaseUntil: Fixtures.instant(20), limit: 5)
        _ = try await store.claimOutboxEntries(claim)
        let receipt = DeliveryReceipt(providerMessageID: "p-1", acceptedAt: Fixtures.instant(11.5))
        var results = ChangeSet()
        results.record(OutboxUpdate(key: "k-1", claimant: "w", state: .delivered(receipt)))
        results.record(OutboxUpdate(key: "k-2", claimant: "w", state: .failed(reason: Self.awkward)))
        try await store.commit(results)
        let states = try await store.outboxEntries(matching: .all).map(\.state)
        #expect(states == [.delivered(receipt), .failed(reason: Self.awkward)])
    }

    @Test("money a currency code could not bring back is refused, not stored")
    func unknownCurrencyIsRefused() async throws {
        try await seed()
        let cases: [(String, Currency)] = [
            ("a currency Currency(code:) does not know", try Currency(code: "XTS", minorUnitDigits: 2)),
            ("a known code with other digits", try Currency(code: "ARS", minorUnitDigits: 3)),
        ]
        for (what, currency) in cases {
            var changes = ChangeSet()
            changes.upsert(Fixtures.invoice("FA-x", customer: "C-1", currency: currency))
            await #expect(throws: StoreError.self, "\(what)") { try await store.commit(changes) }
            var payment = ChangeSet()
            payment.insert(
                Payment(
                    id: "R-x", customerID: "C-1", date: Fixtures.day(0),
                    amount: Money(minorUnits: 1, currency: currency)))
            await #expect(throws: StoreError.self, "\(what) in a payment") { try await store.commit(payment) }
        }
        #expect(try await store.invoices(matching: .all).isEmpty)
    }

    @Test("an in-memory database works for throwaway use")
    func inMemory() async throws {
        let store: any CollectionStore = try SQLiteCollectionStore(path: ":memory:")
        var changes = ChangeSet()
        changes.upsert(Customer(id: "C-1", name: "Uno"))
        try await store.commit(changes)
        #expect(try await store.allCustomers().map(\.id) == ["C-1"])
    }
}
