import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Collection engine: crashes and concurrent engines")
struct EngineCrashTests {
    let monday = EngineWorld.monday

    /// Runs the day with every store write and every send wrapped by one schedule.
    func run(
        _ store: any CollectionStore, _ sender: any MessageSender, clock: ManualClock, schedule: FaultSchedule,
        worker: String
    ) async throws -> RunReport {
        try await EngineWorld.engine(
            FaultInjectingStore(base: store, schedule: schedule),
            sender: FaultInjectingSender(base: sender, schedule: schedule), clock: clock, worker: worker
        ).run(on: monday)
    }

    @Test("a crash at any fault point, then a run of the same date: nothing due is lost, nothing duplicated")
    func everyCrashPoint() async throws {
        let probe = FaultSchedule()
        let probeClock = EngineWorld.clock()
        let probeSender = InMemoryMessageSender(clock: probeClock)
        _ = try await run(
            try await EngineWorld.store(), probeSender, clock: probeClock, schedule: probe, worker: "probe")
        let expected = Set(await probeSender.deliveries.map(\.key))
        #expect(expected.count == 5)  // two customer messages, three digests
        let points = probe.passed
        // Four stage commits, one claim, then per message a send and its record: 4·2 + 2 + 5·4.
        #expect(points.count == 30)
        #expect(points.filter { $0.kind == .afterSend }.count == 5)

        for point in points {
            let clock = EngineWorld.clock()
            let store = try await EngineWorld.store()
            let provider = InMemoryMessageSender(clock: clock)
            await #expect(throws: SimulatedCrash.self, "crash at \(point)") {
                _ = try await run(
                    store, provider, clock: clock, schedule: FaultSchedule(crashAt: point.ordinal), worker: "dies")
            }
            clock.advance(by: CollectionPolicy.standard.dispatch.leaseSeconds)
            let recovery = try await EngineWorld.engine(store, sender: provider, clock: clock, worker: "recovers")
                .run(on: monday)
            #expect(recovery.failures.isEmpty, "crash at \(point)")

            let keys = await provider.deliveries.map(\.key)
            #expect(Set(keys) == expected, "nothing lost: crash at \(point)")
            // The one documented window: the provider accepted the message, its result was not recorded.
            let previous = point.ordinal > 0 ? points[point.ordinal - 1].kind : nil
            let inWindow = point.kind == .afterSend || (point.kind == .beforeCommit && previous == .afterSend)
            #expect(keys.count - Set(keys).count == (inWindow ? 1 : 0), "duplicates: crash at \(point)")

            let entries = try await store.outboxEntries(matching: .all)
            #expect(Set(entries.map(\.key)) == expected, "crash at \(point)")
            #expect(entries.allSatisfy { $0.state.kind == .delivered }, "crash at \(point)")
            let steps = try await store.activities(matching: ActivityQuery(kinds: [.cadenceStep]))
            #expect(steps.count == 2, "crash at \(point)")
            let broken = try await store.activities(matching: ActivityQuery(kinds: [.promiseBroken]))
            #expect(broken.count == 1, "crash at \(point)")
            #expect(try await store.alertCursor() != nil, "crash at \(point)")

            let again = try await EngineWorld.engine(store, sender: provider, clock: clock, worker: "again")
                .run(on: monday)
            #expect(again.messages.isEmpty && again.alerts.isEmpty && again.delivered.isEmpty, "crash at \(point)")
        }
    }

    @Test("two engines running the same date at once deliver each message exactly once", arguments: 0..<5)
    func twoEnginesAtOnce(round: Int) async throws {
        let clock = EngineWorld.clock()
        let store = try await EngineWorld.store(extra: 20 + round * 7)
        let provider = InMemoryMessageSender(clock: clock)
        var policy = CollectionPolicy.standard
        policy.dispatch.batchSize = 3  // many small claims, so the two dispatches interleave
        let first = try EngineWorld.engine(store, sender: provider, clock: clock, worker: "engine-1", policy: policy)
        let second = try EngineWorld.engine(store, sender: provider, clock: clock, worker: "engine-2", policy: policy)
        async let one = first.run(on: monday)
        async let two = second.run(on: monday)
        let reports = try await [one, two]

        let customerMessages = 2 + 20 + round * 7
        #expect(reports.map(\.messages.count).reduce(0, +) == customerMessages)
        #expect(reports.map(\.statusChanges).reduce(0, +) == 1)
        let keys = await provider.deliveries.map(\.key)
        #expect(keys.count == Set(keys).count)
        #expect(keys.count == customerMessages + 3)
        #expect(reports.map(\.delivered.count).reduce(0, +) == keys.count)
        let steps = try await store.activities(matching: ActivityQuery(kinds: [.cadenceStep]))
        #expect(steps.count == customerMessages)
    }
}
