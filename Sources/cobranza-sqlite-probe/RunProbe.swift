import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation

/// One engine process sharing the day's customers: waits for the go, then runs the whole day (partitions,
/// alerts when it finishes the last one, dispatch) on the database.
struct RunProbe {
    let path: String
    let deliveries: String
    let workerID: String
    let partitions: Int

    init(arguments: [String]) throws {
        guard arguments.count == 4, let partitions = Int(arguments[3]) else { throw ProbeError.usage }
        path = arguments[0]
        deliveries = arguments[1]
        workerID = arguments[2]
        self.partitions = partitions
    }

    func run() async throws {
        let store = try SQLiteCollectionStore(path: path)
        // Monday 2024-03-04, as in the engine tests; every process sees the same instant, so only claims
        // keep them apart.
        let clock = ManualClock(today: Fixtures.day(3), timeZone: TimeZone(identifier: "UTC") ?? .current)
        var policy = CollectionPolicy.standard
        policy.sharing = WorkSharingPolicy(customerPartitions: partitions, leaseSeconds: 600)
        policy.dispatch.batchSize = 3
        let engine = try CollectionEngine(
            store: store, sender: FileAppendingSender(path: deliveries, workerID: workerID, clock: clock), clock: clock,
            calendar: WorkweekCalendar.mondayToFriday, policy: policy, workerID: workerID)
        ProbeCommand.say("ready")
        _ = readLine()
        let report = try await engine.run(on: Fixtures.day(3))
        let numbers = report.partitions.map(String.init).joined(separator: ",")
        ProbeCommand.say("ran partitions [\(numbers)] messages \(report.messages.count) alerts \(report.alerts.count)")
    }
}
