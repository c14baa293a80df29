import Cobranza
import Foundation

/// Counts a run's stage retries and times its stages by the wall clock.
final class StageTimer: RunObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var started: [RunStage: Date] = [:]
    private var seconds: [RunStage: Double] = [:]
    private var retries = 0

    func observe(_ event: RunEvent) {
        lock.withLock {
            switch event {
            case .stageStarted(let stage): started[stage] = Date()
            case .stageFinished(let stage, _, _):
                if let start = started[stage] { seconds[stage, default: 0] += Date().timeIntervalSince(start) }
            case .stageRetried: retries += 1
            default: break
            }
        }
    }

    /// `stage=seconds …` and the retries.
    var summary: String {
        lock.withLock {
            let stages: [RunStage] = [.statusReview, .risk, .cadence, .alerts, .dispatch]
            let times = stages.map { "\($0.rawValue)=\(String(format: "%.2f", seconds[$0] ?? 0))s" }
            return times.joined(separator: " ") + " retries=\(retries)"
        }
    }
}
