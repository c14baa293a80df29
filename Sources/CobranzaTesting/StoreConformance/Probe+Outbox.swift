import Cobranza
import Foundation

extension Probe {
    private func claim(_ claimant: String, at offset: TimeInterval, lease: TimeInterval = 300, limit: Int = 100)
        -> OutboxClaim
    {
        OutboxClaim(
            claimant: claimant, now: Fixtures.instant(offset), leaseUntil: Fixtures.instant(offset + lease),
            limit: limit)
    }

    mutating func outboxKeysAreUnique() async throws {
        try await seedCustomers(["C-1"])
        var first = ChangeSet()
        first.enqueue(Fixtures.outboxEntry("k-1", customer: "C-1"))
        try await store.commit(first)

        var again = ChangeSet()
        var changed = Fixtures.outboxEntry("k-1", customer: "C-1", at: 99)
        changed.message.subject = "Otro asunto"
        again.enqueue(changed)
        again.enqueue(Fixtures.outboxEntry("k-2", customer: "C-1"))
        again.enqueue(Fixtures.outboxEntry("k-2", customer: "C-1", at: 5))
        again.append(Fixtures.activity("A-1", customer: "C-1"))
        let result = try await store.commit(again)
        try expectEqual(result.skippedOutboxKeys, ["k-1", "k-2"], "keys reported as skipped")
        let entries = try await store.outboxEntries(matching: .all)
        try expectEqual(entries.map(\.key), ["k-1", "k-2"], "keys stored once each")
        try expectEqual(entries.first?.message.subject, "Recordatorio de pago", "the first intent is kept")
        try expectEqual(entries.last?.createdAt, Fixtures.instant(0), "the first entry with a new key is kept")
        try expectEqual(try await store.activities(matching: .all).count, 1, "the rest of the set still lands")
    }

    mutating func outboxClaimsAreExclusive() async throws {
        try await seedCustomers(["C-1"])
        var changes = ChangeSet()
        for index in 0..<40 {
            changes.enqueue(Fixtures.outboxEntry(IdempotencyKey("k-\(index)"), customer: "C-1", at: Double(40 - index)))
        }
        try await store.commit(changes)

        let oldest = try await store.claimOutboxEntries(claim("w-0", at: 100, limit: 3))
        try expectEqual(oldest.map(\.key), ["k-39", "k-38", "k-37"], "claims take the oldest first")
        try expect(oldest.allSatisfy { $0.attempts == 1 }, "a claim counts an attempt")
        try expect(
            oldest.allSatisfy { $0.state == .claimed(by: "w-0", until: Fixtures.instant(400)) },
            "claimed entries carry the claimant and lease")

        let store = self.store
        let batches = try await withThrowingTaskGroup(of: [IdempotencyKey].self) { group in
            for worker in 1...4 {
                group.addTask {
                    var mine: [IdempotencyKey] = []
                    while true {
                        let claim = OutboxClaim(
                            claimant: "w-\(worker)", now: Fixtures.instant(100), leaseUntil: Fixtures.instant(400),
                            limit: 2)
                        let got = try await store.claimOutboxEntries(claim)
                        if got.isEmpty { return mine }
                        mine += got.map(\.key)
                    }
                }
            }
            var all: [[IdempotencyKey]] = []
            for try await batch in group { all.append(batch) }
            return all
        }
        let claimed = batches.flatMap { $0 }
        try expectEqual(claimed.count, 37, "entries claimed by four concurrent workers")
        try expectEqual(Set(claimed).count, 37, "distinct entries claimed (none twice)")
        try expect(Set(claimed).isDisjoint(with: oldest.map(\.key)), "entries already claimed are not handed out again")
    }

    mutating func outboxLeasesAndRetriesAreHonoured() async throws {
        try await seedCustomers(["C-1"])
        var changes = ChangeSet()
        changes.enqueue(Fixtures.outboxEntry("k-lease", customer: "C-1"))
        changes.enqueue(Fixtures.outboxEntry("k-retry", customer: "C-1", at: 1))
        try await store.commit(changes)

        let taken = try await store.claimOutboxEntries(claim("w-1", at: 10, lease: 60))
        try expectEqual(taken.map(\.key), ["k-lease", "k-retry"], "first claim")

        var retry = ChangeSet()
        retry.record(
            OutboxUpdate(
                key: "k-retry", claimant: "w-1", state: .retrying(after: Fixtures.instant(500), lastError: "421")))
        try await store.commit(retry)

        try expectEqual(
            try await store.claimOutboxEntries(claim("w-2", at: 69)).map(\.key), [], "claims before the lease ends")
        try expectEqual(
            try await store.claimOutboxEntries(claim("w-2", at: 70, lease: 10_000)).map(\.key), ["k-lease"],
            "a lapsed lease")
        let again = try await store.claimOutboxEntries(claim("w-3", at: 500))
        try expectEqual(again.map(\.key), ["k-retry"], "a retry whose date has come")
        try expectEqual(again.first?.attempts, 2, "attempts after a retry is claimed")

        var done = ChangeSet()
        done.record(
            OutboxUpdate(
                key: "k-retry", claimant: "w-3",
                state: .delivered(DeliveryReceipt(providerMessageID: "p-1", acceptedAt: Fixtures.instant(501)))))
        try await store.commit(done)
        try expectEqual(
            try await store.claimOutboxEntries(claim("w-4", at: 20_000)).map(\.key), ["k-lease"],
            "delivered entries are never claimed; lapsed ones are")
        let delivered = try await store.outboxEntries(matching: OutboxQuery(states: [.delivered]))
        try expectEqual(delivered.map(\.key), ["k-retry"], "querying by state")
    }

    mutating func outboxUpdatesRequireTheClaim() async throws {
        try await seedCustomers(["C-1"])
        var changes = ChangeSet()
        changes.enqueue(Fixtures.outboxEntry("k-1", customer: "C-1"))
        try await store.commit(changes)
        let receipt = DeliveryReceipt(providerMessageID: "p-1", acceptedAt: Fixtures.instant(1))

        var unclaimed = ChangeSet()
        unclaimed.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: .delivered(receipt)))
        try await expectRefused(unclaimed, "a result for an entry nobody claimed") {
            if case .conflict(.outboxEntry, "k-1", _) = $0 { return true }
            return false
        }
        _ = try await store.claimOutboxEntries(claim("w-1", at: 0, lease: 10))
        _ = try await store.claimOutboxEntries(claim("w-2", at: 20, lease: 10))
        var late = ChangeSet()
        late.record(OutboxUpdate(key: "k-1", claimant: "w-1", state: .delivered(receipt)))
        late.append(Fixtures.activity("A-1", customer: "C-1", kind: .messageSent))
        try await expectRefused(late, "a result from a worker whose claim was taken over") {
            if case .conflict(.outboxEntry, "k-1", _) = $0 { return true }
            return false
        }
        try expectEqual(try await store.activities(matching: .all).count, 0, "the activity of a refused result")

        var missing = ChangeSet()
        missing.record(OutboxUpdate(key: "nope", claimant: "w-2", state: .delivered(receipt)))
        try await expectRefused(missing, "a result for an entry that does not exist") {
            if case .conflict(.outboxEntry, "nope", _) = $0 { return true }
            return false
        }

        var owner = ChangeSet()
        owner.record(OutboxUpdate(key: "k-1", claimant: "w-2", state: .delivered(receipt)))
        try await store.commit(owner)
        try expectEqual(
            try await store.outboxEntries(matching: .all).map(\.state), [.delivered(receipt)], "the owner's result")
    }
}
