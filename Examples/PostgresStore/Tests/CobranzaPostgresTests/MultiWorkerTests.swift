import Cobranza
import CobranzaPostgres
import CobranzaTesting
import Foundation
import Testing

/// Worker processes running the same day against one database.
@Suite("Several worker processes on one database", .serialized)
struct MultiWorkerTests {
    static let date = "2024-07-01"

    /// The keys a single in-memory engine delivers for the same portfolio and day: what the workers together
    /// must deliver, each once.
    static func expectedDeliveries(customers: Int, seed: UInt64) async throws -> Set<String> {
        let asOf = try CivilDate(iso: date)
        let portfolio = SyntheticPortfolio(.init(customers: customers, asOf: asOf, seed: seed))
        let store: any CollectionStore = InMemoryCollectionStore()
        try await store.commit(portfolio.changeSet())
        let utc = TimeZone(identifier: "UTC") ?? .gmt
        let clock = ManualClock(now: asOf.startInstant(in: utc).addingTimeInterval(9 * 3_600), timeZone: utc)
        let sender = InMemoryMessageSender(clock: clock)
        let engine = try CollectionEngine(
            store: store, sender: sender, clock: clock, calendar: WorkweekCalendar.mondayToFriday,
            policy: .standard)
        let report = try await engine.run(on: asOf)
        let keys = await sender.deliveries.map(\.key.rawValue)
        #expect(report.delivered.count == keys.count)
        return Set(keys)
    }

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "cobranza-pg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The partitions a worker's summary line says it carried out (`partitions=3,7`).
    static func partitions(_ summary: String) -> [Int] {
        let field = summary.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("partitions=") }
        return (field?.dropFirst(11) ?? "").split(separator: ",").compactMap { Int($0) }
    }

    /// The wall-clock instant a worker clock's instant stands for: the workers' clocks start at 09:00 UTC of
    /// the day at the wall instant `epoch` and run at real speed.
    static func wallInstant(_ instant: Date, epoch: Date) throws -> Date {
        let utc = TimeZone(identifier: "UTC") ?? .gmt
        let start = try CivilDate(iso: date).startInstant(in: utc).addingTimeInterval(9 * 3_600)
        return epoch.addingTimeInterval(instant.timeIntervalSince(start))
    }

    @Test("four workers sharing 16 customer partitions over 10,000+ invoices deliver every due message once")
    func fourWorkers() async throws {
        try TestDatabase.requireServer()
        let customers = 1_100
        let schema = TestDatabase.schemaName("four")
        let seeded = try WorkerProcess.run(
            "seed", ["seed", "--schema", schema, "--customers", "\(customers)", "--seed", "7", "--date", Self.date])
        let field = seeded.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("invoices=") }
        let invoices = Int(field?.dropFirst(9) ?? "") ?? 0
        #expect(invoices >= 10_000, "\(seeded)")

        let folder = try Self.folder()
        let epoch = "\(Date().timeIntervalSince1970)"
        let workers = try (1...4).map { number in
            try WorkerProcess.start(
                "w\(number)",
                [
                    "run", "--schema", schema, "--worker", "w\(number)", "--deliveries", "\(folder)/w\(number).txt",
                    "--date", Self.date, "--epoch", epoch, "--batch", "20", "--partitions", "16",
                ])
        }
        var summaries: [String] = []
        for worker in workers { summaries.append(try worker.wait()) }

        let delivered = (1...4).map { WorkerProcess.deliveries("\(folder)/w\($0).txt") }
        let all = delivered.flatMap { $0 }
        let expected = try await Self.expectedDeliveries(customers: customers, seed: 7)
        #expect(expected.count > 100, "a day with work to share (\(expected.count) messages)")
        #expect(all.count == Set(all).count, "no message delivered twice: \(summaries)")
        #expect(Set(all) == expected, "the due messages, all of them")
        #expect(delivered.filter { !$0.isEmpty }.count >= 2, "the work was shared: \(delivered.map(\.count))")

        let store = try PostgresCollectionStore(client: TestDatabase.client, schema: schema)
        let partitions = try await store.customerPartitions(on: try CivilDate(iso: Self.date))
        #expect(partitions.map(\.number) == Array(0..<16) && partitions.allSatisfy { $0.count == 16 })
        let states = partitions.map { "\($0.state)" }
        #expect(partitions.allSatisfy { $0.state.isFinished }, "every partition finished: \(states)")
        let finishers = Set(partitions.map(\.finisher))
        #expect(finishers.count >= 2, "more than one worker carried out partitions: \(finishers.sorted())")
        #expect(finishers.isSubset(of: ["w1", "w2", "w3", "w4"]))
        let reported = summaries.map(Self.partitions)
        #expect(reported.flatMap { $0 }.sorted() == Array(0..<16), "each partition carried out once: \(reported)")
        for (index, numbers) in reported.enumerated() {
            let mine = partitions.filter { $0.finisher == "w\(index + 1)" }.map(\.number)
            #expect(numbers.sorted() == mine, "w\(index + 1)'s report names the partitions it finished")
        }

        let outbox = try await store.outboxEntries(matching: .all)
        #expect(outbox.count == expected.count)
        #expect(outbox.allSatisfy { $0.state.kind == .delivered && $0.attempts == 1 })
        let sent = try await store.activities(matching: ActivityQuery(kinds: [.messageSent]))
        let toCustomers = expected.filter { !$0.hasPrefix("alert/") }
        #expect(sent.count == toCustomers.count, "one messageSent activity per message to a customer")
    }

    @Test("a worker killed mid-run has its claims taken over after their lease")
    func killedWorkerClaimsAreTakenOver() async throws {
        try TestDatabase.requireServer()
        let customers = 300
        let schema = TestDatabase.schemaName("kill")
        try WorkerProcess.run(
            "seed", ["seed", "--schema", schema, "--customers", "\(customers)", "--seed", "11", "--date", Self.date])
        let folder = try Self.folder()
        let epochDate = Date()
        let epoch = "\(epochDate.timeIntervalSince1970)"
        let lease = 10.0
        func arguments(_ worker: String) -> [String] {
            [
                "run", "--schema", schema, "--worker", worker, "--deliveries", "\(folder)/\(worker).txt", "--date",
                Self.date, "--epoch", epoch, "--batch", "25", "--lease", "\(lease)", "--send-delay-ms", "20",
            ]
        }
        let doomed = try WorkerProcess.start("doomed", arguments("doomed"))
        // Kill it while it delivers: after its first few messages.
        let deadline = Date().addingTimeInterval(120)
        while WorkerProcess.deliveries("\(folder)/doomed.txt").count < 5 && Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        doomed.killNow()
        let killedAt = Date()
        let store = try PostgresCollectionStore(client: TestDatabase.client, schema: schema)
        let held = try await store.outboxEntries(matching: OutboxQuery(states: [.claimed])).filter {
            if case .claimed(let claimant, _) = $0.state { return claimant == "doomed" }
            return false
        }
        #expect(!held.isEmpty, "the killed worker held claims")
        let sentByDoomed = WorkerProcess.deliveries("\(folder)/doomed.txt")

        // A worker started at once finds them leased; one started after the lease takes them over.
        try WorkerProcess.run("early", arguments("early"))
        let earlyEnded = Date()
        let early = Set(WorkerProcess.deliveries("\(folder)/early.txt"))
        if Date().timeIntervalSince(killedAt) < lease - 2 {
            #expect(early.isDisjoint(with: held.map(\.key.rawValue)), "claims are not taken before their lease ends")
        }
        let wait = lease + 0.5 - Date().timeIntervalSince(killedAt)
        if wait > 0 { try await Task.sleep(for: .seconds(wait)) }
        try WorkerProcess.run("late", arguments("late"))
        let late = Set(WorkerProcess.deliveries("\(folder)/late.txt"))
        // On a loaded machine the early worker may outlast the lease and take the claims over itself.
        let leaseEnds =
            try held.compactMap { entry -> Date? in
                guard case .claimed(_, let until) = entry.state else { return nil }
                return try Self.wallInstant(until, epoch: epochDate)
            }.min() ?? killedAt
        if earlyEnded < leaseEnds {
            #expect(Set(held.map(\.key.rawValue)).isSubset(of: late), "the late worker delivered the lapsed claims")
        } else {
            #expect(Set(held.map(\.key.rawValue)).isSubset(of: early.union(late)), "the lapsed claims were delivered")
        }

        let expected = try await Self.expectedDeliveries(customers: customers, seed: 11)
        let all = sentByDoomed + Array(early) + Array(late)
        #expect(Set(all) == expected, "every due message delivered")
        // The only messages sent twice are those the killed worker sent without recording the result:
        // the provider sees the same idempotency key twice, at most one batch's worth.
        let twice = Dictionary(grouping: all, by: { $0 }).filter { $0.value.count > 1 }.keys
        #expect(Set(twice).isSubset(of: Set(held.map(\.key.rawValue))))
        #expect(twice.count <= 1, "at most the message in flight at the kill is sent again (\(twice.count))")
        let outbox = try await store.outboxEntries(matching: .all)
        #expect(outbox.allSatisfy { $0.state.kind == .delivered })
        let takenOver = outbox.filter { held.map(\.key).contains($0.key) }
        #expect(takenOver.allSatisfy { $0.attempts == 2 }, "each taken-over entry was claimed twice")
    }

    @Test("a worker killed holding a customer partition has it taken over after the lease, each message sent once")
    func killedWorkerPartitionIsTakenOver() async throws {
        try TestDatabase.requireServer()
        let customers = 300
        let schema = TestDatabase.schemaName("pkill")
        try WorkerProcess.run(
            "seed", ["seed", "--schema", schema, "--customers", "\(customers)", "--seed", "11", "--date", Self.date])
        let folder = try Self.folder()
        let epoch = Date()
        let lease = 15.0
        func arguments(_ worker: String, hold: Int = 0) -> [String] {
            [
                "run", "--schema", schema, "--worker", worker, "--deliveries", "\(folder)/\(worker).txt", "--date",
                Self.date, "--epoch", "\(epoch.timeIntervalSince1970)", "--partitions", "8", "--partition-lease",
                "\(lease)", "--hold-partition-ms", "\(hold)",
            ]
        }
        // The doomed worker stalls in its first partition (claimed, stages not committed); it is killed there.
        let doomed = try WorkerProcess.start("doomed", arguments("doomed", hold: 600_000))
        let store = try PostgresCollectionStore(client: TestDatabase.client, schema: schema)
        let day = try CivilDate(iso: Self.date)
        var held: CustomerPartition?
        let deadline = Date().addingTimeInterval(120)
        while held == nil && Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
            held = try? await store.customerPartitions(on: day).first { $0.finisher == "doomed" }
        }
        doomed.killNow()
        let partition = try #require(held, "the doomed worker claimed a partition")
        guard case .claimed(_, let leaseEnd) = partition.state else {
            Issue.record("the doomed worker's partition is claimed, not \(partition.state)")
            return
        }
        let leaseEndsAt = try Self.wallInstant(leaseEnd, epoch: epoch)
        #expect(WorkerProcess.deliveries("\(folder)/doomed.txt").isEmpty, "killed before delivering anything")

        // A worker started at once carries out the other partitions and leaves the held one (and the alerts).
        let early = try WorkerProcess.run("early", arguments("early"))
        let earlyEnded = Date()
        let earlyPartitions = Self.partitions(early)
        if earlyEnded < leaseEndsAt {
            #expect(!earlyPartitions.contains(partition.number), "a leased partition is not taken: \(early)")
            #expect(earlyPartitions.count == 7, "the early worker carried out the 7 free partitions: \(early)")
            let stateBefore = try await store.customerPartitions(on: day)[partition.number].state
            #expect(stateBefore == partition.state, "still held by the dead worker until its lease ends")
        }
        // One started after the lease takes the partition over, finds every partition finished, runs the alerts.
        let wait = leaseEndsAt.timeIntervalSinceNow + 0.5
        if wait > 0 { try await Task.sleep(for: .seconds(wait)) }
        let late = try WorkerProcess.run("late", arguments("late"))
        if earlyEnded < leaseEndsAt {
            #expect(Self.partitions(late) == [partition.number], "the late worker took the lapsed partition: \(late)")
        }

        let partitions = try await store.customerPartitions(on: day)
        let states = partitions.map { "\($0.state)" }
        #expect(partitions.count == 8 && partitions.allSatisfy { $0.state.isFinished }, "\(states)")
        #expect(partitions[partition.number].finisher != "doomed", "the lapsed partition was finished by another")
        let all =
            WorkerProcess.deliveries("\(folder)/early.txt") + WorkerProcess.deliveries("\(folder)/late.txt")
        let expected = try await Self.expectedDeliveries(customers: customers, seed: 11)
        #expect(all.count == Set(all).count, "no message delivered twice")
        #expect(Set(all) == expected, "every due message delivered, the alerts too")
        let outbox = try await store.outboxEntries(matching: .all)
        #expect(outbox.count == expected.count)
        #expect(outbox.allSatisfy { $0.state.kind == .delivered && $0.attempts == 1 })
    }
}
