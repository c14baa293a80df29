import Cobranza
import Foundation

/// Times each stage of a daily run by the monotonic clock (the engine's own durations come from its
/// injected clock, which a benchmark keeps still).
final class StageTimer: RunObserver, @unchecked Sendable {
    // `@unchecked Sendable`: every access holds the lock.
    private let lock = NSLock()
    private let clock = ContinuousClock()
    private var started: [RunStage: ContinuousClock.Instant] = [:]
    private var finished: [(stage: RunStage, seconds: Double)] = []

    func observe(_ event: RunEvent) {
        let now = clock.now
        lock.withLock {
            switch event {
            case .stageStarted(let stage): started[stage] = now
            case .stageFinished(let stage, _, _):
                guard let start = started[stage] else { return }
                let parts = (now - start).components
                finished.append((stage, Double(parts.seconds) + Double(parts.attoseconds) / 1e18))
            default: break
            }
        }
    }

    /// "status review 12 ms, risk 80 ms, …" in the order the stages finished.
    var summary: String {
        lock.withLock {
            finished.map { "\($0.stage.rawValue) \(String(format: "%.0f", $0.seconds * 1_000)) ms" }
                .joined(separator: ", ")
        }
    }
}
