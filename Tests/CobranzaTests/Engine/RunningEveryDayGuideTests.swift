import Cobranza
import Foundation
import Testing

/// Logs every stage and every failure with your own logger.
private struct LogObserver: RunObserver {
    let log: @Sendable (String) -> Void

    func observe(_ event: RunEvent) {
        switch event {
        case .stageFinished(let stage, let count, let duration): log("\(stage.rawValue): \(count) in \(duration)")
        case .stageRetried(let stage, let attempt, let reason): log("\(stage.rawValue) retry \(attempt): \(reason)")
        case .messageFailed(let failure): log("failed \(failure.key): \(failure.reason)")
        default: break
        }
    }
}

private final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

@Suite("Guide: Running Cobranza every day")
struct RunningEveryDayGuideTests {
    @Test("the guide's example plans, runs and re-runs the day as the guide says")
    func guideExample() async throws {
        let lines = Lines()
        let buenosAires = TimeZone(identifier: "America/Argentina/Buenos_Aires") ?? .gmt
        let clock = ManualClock(today: try CivilDate(iso: "2024-03-04"), timeZone: buenosAires)
        let store: any CollectionStore = InMemoryCollectionStore()
        let sender = InMemoryMessageSender(clock: clock)

        var seed = ChangeSet()
        seed.upsert(Collector(id: "ana", name: "Ana Torres", email: "ana@empresa.com.ar", phone: "+54 11 5555-0101"))
        seed.upsert(
            Customer(
                id: "C-001", name: "Ferretería Sur SRL",
                contacts: [Contact(name: "Laura Gómez", role: .billing, email: "pagos@ferreteriasur.com.ar")],
                collectorID: "ana"))
        seed.upsert(
            Invoice(
                id: "FA-1001", number: "A-0001-00001001", customerID: "C-001",
                issueDate: try CivilDate(iso: "2024-02-01"), dueDate: try CivilDate(iso: "2024-03-01"),
                amount: Money(minorUnits: 150_000_00, currency: .ars)))
        try await store.commit(seed)

        var policy = CollectionPolicy.standard
        policy.company = CompanyProfile(
            name: "Distribuidora Norte S.A.", paymentInstructions: "Transferencia al CBU 0000003100000000000001",
            phone: "+54 11 4000-0000")

        let engine = try CollectionEngine(
            store: store, sender: sender, clock: clock, calendar: WorkweekCalendar.mondayToFriday, policy: policy,
            workerID: "host-1/pid-\(ProcessInfo.processInfo.processIdentifier)",
            observer: LogObserver(log: lines.append))

        let plan = try await engine.plan(on: clock.today)
        #expect(
            plan.messages.map { "\($0.customerID) \($0.stage.rawValue) by \($0.channel.rawValue)" } == [
                "C-001 friendly by email"
            ])
        let report = try await engine.run(on: clock.today)
        #expect(report.delivered.count == 1 && report.skipped.isEmpty && report.failures.isEmpty)
        #expect(report.riskAssessed == 1 && report.reclassified == 1)
        let delivered = try #require(await sender.deliveries.first)
        #expect(delivered.message.to == ["pagos@ferreteriasur.com.ar"])
        #expect(delivered.message.body.contains("Distribuidora Norte S.A."))
        let again = try await engine.run(on: clock.today)
        #expect(again.messages.isEmpty && again.delivered.isEmpty)
        #expect(lines.all.contains("cadence: 1 in 0.0 seconds"))
    }
}
