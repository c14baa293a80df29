import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One outbox worker process: waits for the go, then dispatches everything it can claim.
struct DispatchProbe {
    let path: String
    let deliveries: String
    let workerID: String

    init(arguments: [String]) throws {
        guard arguments.count == 3 else { throw ProbeError.usage }
        path = arguments[0]
        deliveries = arguments[1]
        workerID = arguments[2]
    }

    func run() async throws {
        let store = try SQLiteCollectionStore(path: path)
        // Every worker sees the same instant, so no lease lapses: only the claims keep them apart.
        let clock = ManualClock(now: Fixtures.instant(3_600), timeZone: TimeZone(identifier: "UTC") ?? .current)
        let sender = FileAppendingSender(path: deliveries, workerID: workerID, clock: clock)
        let dispatcher = OutboxDispatcher(
            store: store, sender: sender, clock: clock, policy: DispatchPolicy(leaseSeconds: 600, batchSize: 3),
            workerID: workerID)
        ProbeCommand.say("ready")
        _ = readLine()
        let report = try await dispatcher.dispatchAll()
        ProbeCommand.say("delivered \(report.delivered.count) lost \(report.lostClaims.count)")
    }
}

/// A sender that "delivers" by appending `key worker` to a file opened with `O_APPEND`, so lines written by
/// several processes never interleave or overwrite each other.
struct FileAppendingSender: MessageSender {
    let path: String
    let workerID: String
    let clock: any Clock

    func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError) -> DeliveryReceipt {
        let line = Array("\(idempotencyKey.rawValue) \(workerID)\n".utf8)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw .transient(reason: "cannot open the deliveries file") }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else { throw .transient(reason: "short write to the deliveries file") }
        // A provider takes a moment; it lets the other worker claim in between.
        try? await Task.sleep(nanoseconds: 5_000_000)
        return DeliveryReceipt(providerMessageID: "file-\(workerID)-\(idempotencyKey.rawValue)", acceptedAt: clock.now)
    }
}
