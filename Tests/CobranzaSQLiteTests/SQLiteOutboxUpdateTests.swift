import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation
import Testing

/// Outbox updates are written by one conditional statement while the unit of work is checked; these units of
/// work give the same result (error, entries, log) on the SQLite store as on the in-memory store.
@Suite("SQLite store: conditional outbox updates")
struct SQLiteOutboxUpdateTests {
    static let receipt = DeliveryReceipt(providerMessageID: "p-1", acceptedAt: Fixtures.instant(5))

    /// A named unit of work applied after `k-1` and `k-2` are claimed by `w-1` (and `k-3` is pending).
    static let cases: [(name: String, changes: ChangeSet)] = {
        func changes(_ build: (inout ChangeSet) -> Void) -> ChangeSet {
            var changes = ChangeSet()
            build(&changes)
            return changes
        }
        let delivered = OutboxState.delivered(receipt)
        let retrying = OutboxState.retrying(after: Fixtures.instant(90), lastError: "busy")
        return [
            ("one result", changes { $0.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: delivered)) }),
            (
                "two results",
                changes {
                    $0.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: delivered))
                    $0.record(OutboxUpdate(key: "k-2", claimant: "w-1", state: retrying))
                    $0.append(Fixtures.activity("A-1", customer: "C-1", kind: .messageSent))
                }
            ),
            (
                "the same key twice, still claimed the first time",
                changes {
                    $0.record(
                        OutboxUpdate(
                            key: "k-1", claimant: "w-1", state: .claimed(by: "w-1", until: Fixtures.instant(99))))
                    $0.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: delivered))
                }
            ),
            (
                "the same key twice, final the first time",
                changes {
                    $0.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: delivered))
                    $0.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: retrying))
                }
            ),
            (
                "a good result, then one from another claimant",
                changes {
                    $0.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: delivered))
                    $0.record(OutboxUpdate(key: "k-2", claimant: "w-2", state: delivered))
                }
            ),
            (
                "a good result, then an unclaimed entry",
                changes {
                    $0.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: delivered))
                    $0.record(OutboxUpdate(key: "k-3", claimant: "w-1", state: delivered))
                }
            ),
            (
                "a good result, then a missing entry",
                changes {
                    $0.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: delivered))
                    $0.record(OutboxUpdate(key: "nope", claimant: "w-1", state: delivered))
                }
            ),
            (
                "a good result with an activity of an unknown customer",
                changes {
                    $0.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: delivered))
                    $0.append(Fixtures.activity("A-1", customer: "C-404", kind: .messageSent))
                }
            ),
            (
                "a result for an entry enqueued in the same unit of work",
                changes {
                    $0.enqueue(Fixtures.outboxEntry("k-new", customer: "C-1", at: 3))
                    $0.record(OutboxUpdate(key: "k-new", claimant: "w-1", state: delivered))
                }
            ),
        ]
    }()

    static func outcome(of changes: ChangeSet, on store: any CollectionStore) async throws -> String {
        try await store.commit(Fixtures.customerSeed)
        var entries = ChangeSet()
        for (index, key) in ["k-1", "k-2", "k-3"].enumerated() {
            entries.enqueue(Fixtures.outboxEntry(IdempotencyKey(key), customer: "C-1", at: TimeInterval(index)))
        }
        try await store.commit(entries)
        _ = try await store.claimOutboxEntries(
            OutboxClaim(claimant: "w-1", now: Fixtures.instant(10), leaseUntil: Fixtures.instant(70), limit: 2))
        var result: String
        do {
            try await store.commit(changes)
            result = "committed"
        } catch {
            result = "refused: \(error)"
        }
        let outbox = try await store.outboxEntries(matching: .all).map { "\($0.key) \($0.state) \($0.attempts)" }
        let log = try await store.activities(matching: .all).map(\.activity.id.rawValue)
        return ([result] + outbox + log).joined(separator: "\n")
    }

    @Test("gives the in-memory store's result", arguments: 0..<cases.count)
    func sameResult(_ index: Int) async throws {
        let folder = try TemporaryFolder()
        let sqlite: any CollectionStore = try SQLiteCollectionStore(path: folder.file("outbox.sqlite"))
        let memory: any CollectionStore = InMemoryCollectionStore()
        let changes = Self.cases[index].changes
        let expected = try await Self.outcome(of: changes, on: memory)
        #expect(try await Self.outcome(of: changes, on: sqlite) == expected, "\(Self.cases[index].name)")
    }
}

extension Fixtures {
    /// The customer `C-1`.
    fileprivate static var customerSeed: ChangeSet {
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector())
        changes.upsert(Fixtures.customer("C-1"))
        return changes
    }
}
