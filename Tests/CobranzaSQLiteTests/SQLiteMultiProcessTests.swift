import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation
import Testing

/// Several processes on one database file: claims are exclusive across processes, so two outbox workers
/// deliver every message exactly once between them.
@Suite("SQLite store: several processes", .serialized)
struct SQLiteMultiProcessTests {
    static let messages = 150

    @Test("two processes dispatching the same outbox deliver each message once")
    func twoDispatchers() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("outbox.sqlite")
        let deliveries = folder.file("deliveries.txt")
        let store: any CollectionStore = try SQLiteCollectionStore(path: path)
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector("ana"))
        for index in 0..<10 { changes.upsert(Fixtures.customer(CustomerID("C-\(index)"), collector: "ana")) }
        let keys = (0..<Self.messages).map { IdempotencyKey("k-\($0)") }
        for (index, key) in keys.enumerated() {
            changes.enqueue(Fixtures.outboxEntry(key, customer: CustomerID("C-\(index % 10)"), at: Double(index)))
        }
        try await store.commit(changes)

        let workers = try ["w-1", "w-2"].map { try ProbeProcess(["dispatch", path, deliveries, $0]) }
        for worker in workers { _ = try await worker.line(startingWith: "ready") }
        for worker in workers { worker.send("go") }
        for worker in workers {
            _ = try await worker.line(startingWith: "delivered")
            let ended = await worker.exit()
            #expect(!ended.signaled && ended.status == 0)
        }

        let lines = try String(contentsOfFile: deliveries, encoding: .utf8).split(separator: "\n")
        let delivered = lines.compactMap { $0.split(separator: " ").first.map { IdempotencyKey(String($0)) } }
        #expect(delivered.count == Self.messages, "deliveries, one line each")
        #expect(Set(delivered) == Set(keys), "every message delivered, none twice")
        let byWorker = Dictionary(grouping: lines) { $0.split(separator: " ").last.map(String.init) ?? "" }
        #expect(Set(byWorker.keys) == ["w-1", "w-2"], "both processes took part")

        let entries = try await store.outboxEntries(matching: .all)
        #expect(entries.allSatisfy { $0.state.kind == .delivered && $0.attempts == 1 })
        let sent = try await store.activities(matching: ActivityQuery(kinds: [.messageSent]))
        #expect(sent.count == Self.messages, "one 'message sent' activity per message")
    }

    @Test("two engine processes sharing the customers run the day once between them")
    func twoEnginesShareTheDay() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared-day.sqlite")
        let deliveries = folder.file("deliveries.txt")
        let store: any CollectionStore = try SQLiteCollectionStore(path: path)
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector("ana"))
        let customers = 60
        for index in 0..<customers {
            var customer = Fixtures.customer(CustomerID("X-\(index)"), collector: "ana")
            customer.riskTierOverride = .b
            changes.upsert(customer)
            // Due Friday 2024-03-01: three days late on Monday 03-04, tier B's friendly reminder by email.
            changes.upsert(Fixtures.invoice(InvoiceID("FX-\(index)"), customer: customer.id, due: Fixtures.day(0)))
        }
        try await store.commit(changes)

        let workers = try ["w-1", "w-2"].map { try ProbeProcess(["run", path, deliveries, $0, "12"]) }
        for worker in workers { _ = try await worker.line(startingWith: "ready") }
        for worker in workers { worker.send("go") }
        var claimed: [Int] = []
        var recorded = 0
        for worker in workers {
            let line = try await worker.line(startingWith: "ran")
            let ended = await worker.exit()
            #expect(!ended.signaled && ended.status == 0, "\(line)")
            let words = line.split(separator: " ")
            let list = words[2].dropFirst().dropLast()
            claimed += list.split(separator: ",").compactMap { Int($0) }
            recorded += Int(words[4]) ?? 0
        }
        #expect(claimed.sorted() == Array(0..<12), "each partition run by one process")
        #expect(recorded == customers, "one message recorded per customer between the two")

        let lines = try String(contentsOfFile: deliveries, encoding: .utf8).split(separator: "\n")
        let delivered = lines.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(Set(delivered).count == delivered.count, "nothing delivered twice")
        let customerMessages = delivered.filter { !$0.hasPrefix("alert/") }
        #expect(customerMessages.count == customers)
        let partitions = try await (store as? any CustomerPartitionStore)?.customerPartitions(on: Fixtures.day(3))
        #expect(partitions?.count == 12 && partitions?.allSatisfy(\.state.isFinished) == true)
        let steps = try await store.activities(matching: ActivityQuery(kinds: [.cadenceStep]))
        #expect(steps.count == customers)
    }

    @Test("a second store on the same file reads what the first commits, and claims exclude each other")
    func twoStoresInOneProcess() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.sqlite")
        let first: any CollectionStore = try SQLiteCollectionStore(path: path)
        let second: any CollectionStore = try SQLiteCollectionStore(path: path)
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector("ana"))
        changes.upsert(Fixtures.customer("C-1", collector: "ana"))
        for index in 0..<20 {
            changes.enqueue(Fixtures.outboxEntry(IdempotencyKey("k-\(index)"), customer: "C-1", at: Double(index)))
        }
        try await first.commit(changes)
        #expect(try await second.allCustomers().map(\.id) == ["C-1"])

        let claims = try await withThrowingTaskGroup(of: [IdempotencyKey].self) { group in
            for (store, name) in [(first, "a"), (second, "b")] {
                group.addTask {
                    var mine: [IdempotencyKey] = []
                    while true {
                        let claim = OutboxClaim(
                            claimant: name, now: Fixtures.instant(100), leaseUntil: Fixtures.instant(700), limit: 3)
                        let got = try await store.claimOutboxEntries(claim)
                        if got.isEmpty { return mine }
                        mine += got.map(\.key)
                    }
                }
            }
            var all: [IdempotencyKey] = []
            for try await keys in group { all += keys }
            return all
        }
        #expect(claims.count == 20)
        #expect(Set(claims).count == 20)
    }
}
