import Cobranza
import Foundation

/// Times each stage of a daily run by the monotonic clock (the engine's own durations come from its
/// injected clock, which a benchmark keeps still), and notes the process's resident memory as each stage ends:
/// its high-water mark so far (which stage raised the part's peak) and what is still resident.
final class StageTimer: RunObserver, @unchecked Sendable {
    // `@unchecked Sendable`: every access holds the lock.
    private let lock = NSLock()
    private let clock = ContinuousClock()
    private var started: [RunStage: ContinuousClock.Instant] = [:]
    private var finished: [(stage: RunStage, seconds: Double)] = []
    private var memory: [(stage: RunStage, peak: Int, resident: Int?)] = []

    func observe(_ event: RunEvent) {
        let now = clock.now
        lock.withLock {
            switch event {
            case .stageStarted(let stage): started[stage] = now
            case .stageFinished(let stage, _, _):
                guard let start = started[stage] else { return }
                let parts = (now - start).components
                finished.append((stage, Double(parts.seconds) + Double(parts.attoseconds) / 1e18))
                memory.append((stage, PeakMemory.highWaterMark(), PeakMemory.residentNow()))
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

    /// "after status review: peak 610 MiB, resident 590 MiB; …" in the order the stages finished.
    var memorySummary: String {
        lock.withLock {
            memory.map { entry in
                let resident = entry.resident.map { ", resident \($0 >> 20) MiB" } ?? ""
                return "after \(entry.stage.rawValue): peak \(entry.peak >> 20) MiB\(resident)"
            }
            .joined(separator: "; ")
        }
    }
}
