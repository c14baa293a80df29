import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Collection engine: engines sharing a day's customers")
struct EnginePartitionTests {
    let monday = EngineWorld.monday

    func sharing(_ partitions: Int, lease: Double = 600) -> CollectionPolicy {
        var policy = CollectionPolicy.standard
        policy.sharing = WorkSharingPolicy(customerPartitions: partitions, leaseSeconds: lease)
        policy.dispatch.batchSize = 3
        return policy
    }

    @Test("sharing customers needs a store that partitions them; the error names the policy field")
    func storeMustPartition() async throws {
        let store = try await EngineWorld.store()
        let clock = EngineWorld.clock()
        let wrapped = FaultInjectingStore(base: store, schedule: FaultSchedule())
        do {
            _ = try EngineWorld.engine(
                wrapped, sender: InMemoryMessageSender(clock: clock), clock: clock, policy: sharing(4))
            Issue.record("an engine sharing customers was made on a store without partitions")
        } catch {
            #expect("\(error)".contains("sharing.customerPartitions"), "\(error)")
        }
        _ = try EngineWorld.engine(wrapped, sender: InMemoryMessageSender(clock: clock), clock: clock)
    }

    @Test("four engines sharing eight partitions record and deliver each message once, and one runs the alerts")
    func fourEnginesShareTheDay() async throws {
        let clock = EngineWorld.clock()
        let store = try await EngineWorld.store(extra: 40)
        let provider = InMemoryMessageSender(clock: clock)
        let observer = RecordingObserver()
        let engines = try (1...4).map {
            try EngineWorld.engine(
                store, sender: provider, clock: clock, worker: "engine-\($0)", policy: sharing(8), observer: observer)
        }
        let reports = try await withThrowingTaskGroup(of: RunReport.self) { group in
            for engine in engines { group.addTask { try await engine.run(on: monday) } }
            var reports: [RunReport] = []
            for try await report in group { reports.append(report) }
            return reports
        }
        let customerMessages = 2 + 40
        #expect(reports.flatMap(\.partitions).sorted() == Array(0..<8))
        #expect(reports.map(\.messages.count).reduce(0, +) == customerMessages)
        #expect(reports.map(\.statusChanges).reduce(0, +) == 1)
        #expect(reports.map(\.riskAssessed).reduce(0, +) == 43)
        #expect(reports.map(\.alerts.count).reduce(0, +) == 3)
        let keys = await provider.deliveries.map(\.key)
        #expect(keys.count == Set(keys).count)
        #expect(keys.count == customerMessages + 3)
        let steps = try await store.activities(matching: ActivityQuery(kinds: [.cadenceStep]))
        #expect(steps.count == customerMessages)
        let partitions = try await (store as? any CustomerPartitionStore)?.customerPartitions(on: monday) ?? []
        #expect(partitions.count == 8 && partitions.allSatisfy(\.state.isFinished))
        let claimed = observer.events.filter { if case .partitionClaimed = $0 { true } else { false } }
        #expect(claimed.count == 8)

        let again = try await engines[0].run(on: monday)
        #expect(again.partitions.isEmpty && again.messages.isEmpty && again.alerts.isEmpty)
    }

    @Test("a partition held by a dead engine waits for its lease; the engine that takes it over runs the alerts")
    func deadEnginesPartitionIsTakenOver() async throws {
        let clock = EngineWorld.clock()
        let store = try await EngineWorld.store(extra: 12)
        let partitions = try #require(store as? any CustomerPartitionStore)
        let provider = InMemoryMessageSender(clock: clock)
        let start = clock.now
        // A worker claims partition 0 (C-1 is in it) and dies.
        let held = try await partitions.claimCustomerPartition(
            CustomerPartitionClaim(
                date: monday, count: 4, claimant: "dead", now: start, leaseUntil: start.addingTimeInterval(600)))
        #expect(held?.number == 0)
        let everyone: [CustomerID] = ["C-1", "C-2", "C-3"] + (0..<12).map { CustomerID("X-\($0)") }
        let inHeld = everyone.filter { CustomerPartition.number(of: $0, count: 4) == 0 }

        let observer = RecordingObserver()
        let first = try EngineWorld.engine(
            store, sender: provider, clock: clock, worker: "engine-1", policy: sharing(4), observer: observer)
        let early = try await first.run(on: monday)
        #expect(early.partitions == [1, 2, 3])
        #expect(early.alerts.isEmpty)
        #expect(observer.events.contains(.alertsLeftToOtherEngines(unfinishedPartitions: [0])))
        #expect(Set(early.messages.map(\.customerID)).isDisjoint(with: inHeld))
        // 14 customers get a message today (C-3's invoice is disputed); those in partition 0 wait.
        #expect(early.messages.count == 14 - inHeld.filter { $0 != "C-3" }.count)

        clock.advance(by: 599)
        let stillHeld = try await first.run(on: monday)
        #expect(stillHeld.partitions.isEmpty && stillHeld.messages.isEmpty && stillHeld.alerts.isEmpty)

        clock.advance(by: 1)
        let second = try EngineWorld.engine(
            store, sender: provider, clock: clock, worker: "engine-2", policy: sharing(4))
        let late = try await second.run(on: monday)
        #expect(late.partitions == [0])
        #expect(Set(late.messages.map(\.customerID)) == Set(inHeld.filter { $0 != "C-3" }))
        #expect(late.alerts.count == 3)
        let keys = await provider.deliveries.map(\.key)
        #expect(keys.count == Set(keys).count)
        #expect(keys.count == 2 + 12 + 3)
    }
}
