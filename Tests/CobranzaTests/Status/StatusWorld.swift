import Cobranza
import CobranzaTesting
import Foundation

/// A small portfolio for status tests, on Friday 2024-03-01 (Fixtures.baseDate), UTC, Monday to Friday:
/// customer C-1 (collector ana) with FA-1 (due day -20, 1,000.00 ARS), FA-2 (due day -5, 500.00 ARS),
/// FA-3 (due day +10, 300.00 ARS); customer C-2 with FB-1 (due day -40, 200.00 ARS). Departments: sales,
/// billing.
struct StatusWorld {
    static let utc = TimeZone(identifier: "UTC") ?? .gmt
    let store: any CollectionStore
    var context: StatusContext

    init(policy: StatusPolicy = StatusPolicy(), customer: Customer? = nil) async throws {
        store = InMemoryCollectionStore()
        context = StatusContext(policy: policy, calendar: WorkweekCalendar.mondayToFriday, timeZone: Self.utc)
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector("ana"))
        changes.upsert(Department(id: Department.salesID, name: "Ventas", email: "ventas@empresa.example"))
        changes.upsert(Department(id: Department.billingID, name: "Facturación"))
        changes.upsert(customer ?? Fixtures.customer("C-1", collector: "ana"))
        changes.upsert(Fixtures.customer("C-2", collector: "ana"))
        changes.upsert(Fixtures.invoice("FA-1", customer: "C-1", due: Fixtures.day(-20), amount: 100_000))
        changes.upsert(Fixtures.invoice("FA-2", customer: "C-1", due: Fixtures.day(-5), amount: 50_000))
        changes.upsert(Fixtures.invoice("FA-3", customer: "C-1", due: Fixtures.day(10), amount: 30_000))
        changes.upsert(Fixtures.invoice("FB-1", customer: "C-2", due: Fixtures.day(-40), amount: 20_000))
        try await store.commit(changes)
    }

    /// Noon UTC on day `offset` after 2024-03-01.
    static func noon(_ offset: Int) -> Date { Fixtures.instant(Double(offset) * 86_400) }

    static func ars(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .ars) }

    func invoice(_ id: InvoiceID) async throws -> Invoice? { try await store.invoices(ids: [id]).first }

    func status(_ id: InvoiceID) async throws -> CollectionStatus? { try await invoice(id)?.status }

    func log(_ customer: CustomerID? = nil) async throws -> [Activity] {
        let query = customer.map { ActivityQuery(customerIDs: [$0]) } ?? .all
        return try await store.activities(matching: query).map(\.activity)
    }

    func tasks() async throws -> [FollowUpTask] { try await store.tasks(matching: TaskQuery()) }

    func outbox() async throws -> [OutboxEntry] { try await store.outboxEntries(matching: OutboxQuery()) }

    /// Everything the store holds that a refused operation must not change.
    struct Snapshot: Equatable {
        var invoices: [Invoice]
        var log: [Activity]
        var tasks: [FollowUpTask]
        var outbox: [OutboxEntry]
    }

    func snapshot() async throws -> Snapshot {
        Snapshot(
            invoices: try await store.invoices(matching: .all), log: try await log(), tasks: try await tasks(),
            outbox: try await outbox())
    }
}
