import Cobranza
import Foundation

/// A message sender that appends each delivered key, one line each, to a file (one `write` per line, so a
/// SIGKILL never leaves half a line), optionally waiting a fixed time per message as a provider's API would.
final class FileSender: MessageSender, @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NSLock()
    private let delay: Duration
    private let clock: any Clock
    private let worker: String
    private var count = 0

    init(path: String, delay: Duration, clock: any Clock, worker: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw WorkerError.cannotOpen(path)
        }
        handle.seekToEndOfFile()
        self.handle = handle
        self.delay = delay
        self.clock = clock
        self.worker = worker
    }

    func send(_ message: OutgoingMessage, idempotencyKey: IdempotencyKey) async throws(SendError) -> DeliveryReceipt {
        if delay > .zero { try? await Task.sleep(for: delay) }
        let number = lock.withLock {
            handle.write(Data((idempotencyKey.rawValue + "\n").utf8))
            count += 1
            return count
        }
        return DeliveryReceipt(providerMessageID: "\(worker)-\(number)", acceptedAt: clock.now)
    }
}

/// Why the worker stopped.
enum WorkerError: Error, CustomStringConvertible {
    case cannotOpen(String)
    case usage(String)
    case childFailed(String)

    var description: String {
        switch self {
        case .cannotOpen(let path): return "cannot open '\(path)' for writing"
        case .usage(let message): return message
        case .childFailed(let message): return message
        }
    }
}
