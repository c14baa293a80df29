import Cobranza
import Foundation

/// Holds the engine for a while after each partition claim (`--hold-partition-ms`): a slow partition, so a
/// test can kill the worker while it holds a claimed, unfinished partition.
struct PartitionHold: RunObserver {
    let milliseconds: Int

    func observe(_ event: RunEvent) {
        guard milliseconds > 0, case .partitionClaimed = event else { return }
        Thread.sleep(forTimeInterval: Double(milliseconds) / 1_000)
    }
}

/// Passes each event to several observers, in order.
struct RunObservers: RunObserver {
    let observers: [any RunObserver]

    func observe(_ event: RunEvent) {
        for observer in observers { observer.observe(event) }
    }
}
