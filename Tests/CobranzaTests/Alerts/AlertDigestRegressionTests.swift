import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// The alerts stage's output on a seeded synthetic portfolio, pinned to what it was before the stage was made
/// faster (issue #11): the same digests, byte for byte, on a first day (every rule, the whole event log) and on
/// the next day (only the events after each rule's cursor).
@Suite("Alert digests: unchanged output on a synthetic portfolio")
struct AlertDigestRegressionTests {
    static let utc = TimeZone(identifier: "UTC") ?? .gmt
    static let monday = CivilDate(daysSinceEpoch: 20_402)  // 2025-11-10

    /// The alert digests in the outbox (subject and body), by key, and the alert activities logged, after
    /// running the engine on two days.
    static func alertOutput() async throws -> (digests: [String], activities: [String]) {
        let portfolio = SyntheticPortfolio(.init(customers: 1_000, asOf: monday, seed: 7))
        let store: any CollectionStore = InMemoryCollectionStore()
        try await store.commit(portfolio.changeSet())
        let policy = CollectionPolicy.standard
        let rules = Set(policy.alerts.rules.all.map(\.name))
        for day in [monday, monday.adding(days: 1)] {
            let clock = ManualClock(today: day, timeZone: utc)
            let engine = try CollectionEngine(
                store: store, sender: InMemoryMessageSender(clock: clock), clock: clock,
                calendar: WorkweekCalendar.mondayToFriday, policy: policy)
            _ = try await engine.run(on: day)
        }
        let digests = try await store.outboxEntries(matching: .all)
            .filter { rules.contains($0.message.purpose) }
            .sorted { $0.key < $1.key }
            .map { "\($0.key)\n\($0.message.to)\n\($0.message.subject ?? "")\n\($0.message.body)" }
        let activities = try await store.activities(matching: .all, after: nil, limit: 1_000_000)
            .filter { $0.activity.kind == .alertRaised }
            .map {
                "\($0.activity.id) \($0.activity.customerID) \($0.activity.invoiceIDs) \($0.activity.comment ?? "")"
            }
        return (digests, activities)
    }

    /// FNV-1a, 64 bits: a checksum that does not depend on the process (unlike `Hasher`).
    static func checksum(_ texts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in texts {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    @Test("the digests and alert activities are the ones the straightforward implementation wrote")
    func sameDigests() async throws {
        let output = try await Self.alertOutput()
        // Recorded from the implementation before issue #11's changes (same seed, same two days): 12 digests
        // (action required, broken promises, both dispute rules, overdue threshold, reported not credited).
        #expect(output.digests.count == 12)
        #expect(Self.checksum(output.digests) == 10_973_291_356_653_030_494)
        #expect(output.activities.count == 1_289)
        #expect(Self.checksum(output.activities) == 14_576_085_210_416_623_135)
    }
}
