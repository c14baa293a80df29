import Cobranza
import CobranzaTesting
import Foundation

/// A small portfolio on Monday 2024-03-04 (UTC), tier B by override:
/// - C-1: FA-1 due Friday 03-01, three days late today → B-friendly (due + 3) by email;
/// - C-2: FA-2 due 02-20 (13 days late), promised for 02-28 → broken today (grace 2: deadline 03-01), then
///   B-direct (due + 10) by email (no WhatsApp number or phone);
/// - C-3: FA-3 due 03-01, disputed with sales → its B-friendly step is held and reported as a skip.
enum EngineWorld {
    static let utc = TimeZone(identifier: "UTC") ?? .gmt
    static let monday = Fixtures.day(3)

    static func clock() -> ManualClock { ManualClock(today: monday, timeZone: utc) }

    /// The store, with `extra` more tier-B customers `X-<n>` each with one invoice three days late.
    static func store(extra: Int = 0) async throws -> any CollectionStore {
        let store: any CollectionStore = InMemoryCollectionStore()
        try await store.commit(seed(extra: extra))
        return store
    }

    static func seed(extra: Int = 0) -> ChangeSet {
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector("ana"))
        changes.upsert(Department(id: "sales", name: "Ventas", email: "ventas@empresa.example"))
        for id in ["C-1", "C-2", "C-3"] {
            var customer = Fixtures.customer(CustomerID(id), collector: "ana")
            customer.riskTierOverride = .b
            changes.upsert(customer)
        }
        changes.upsert(Fixtures.invoice("FA-1", customer: "C-1", due: Fixtures.day(0)))
        var promised = Fixtures.invoice("FA-2", customer: "C-2", due: Fixtures.day(-10))
        promised.status = .promised(PaymentPromise(date: Fixtures.day(-2)))
        changes.upsert(promised)
        var disputed = Fixtures.invoice("FA-3", customer: "C-3", due: Fixtures.day(0))
        disputed.status = .disputed(Dispute(departmentID: "sales", reason: "precio", openedOn: Fixtures.day(-1)))
        changes.upsert(disputed)
        for index in 0..<extra {
            var customer = Fixtures.customer(CustomerID("X-\(index)"), collector: "ana")
            customer.riskTierOverride = .b
            changes.upsert(customer)
            changes.upsert(Fixtures.invoice(InvoiceID("FX-\(index)"), customer: customer.id, due: Fixtures.day(0)))
        }
        return changes
    }

    static func engine(
        _ store: any CollectionStore, sender: any MessageSender, clock: ManualClock,
        worker: String = "engine-1", policy: CollectionPolicy = .standard, observer: (any RunObserver)? = nil
    ) throws -> CollectionEngine {
        try CollectionEngine(
            store: store, sender: sender, clock: clock, calendar: WorkweekCalendar.mondayToFriday,
            policy: policy, workerID: worker, observer: observer)
    }
}

/// Records every event.
final class RecordingObserver: RunObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [RunEvent] = []

    func observe(_ event: RunEvent) { lock.withLock { recorded.append(event) } }

    var events: [RunEvent] { lock.withLock { recorded } }
}
