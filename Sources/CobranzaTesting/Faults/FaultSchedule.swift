import Cobranza
import Foundation

/// Counts the fault points a run passes and, if told to, "crashes" at one of them.
///
/// A crash-point test runs a scenario once with no crash to count its points, then once per point with a
/// crash there, followed by a recovery run, and checks that nothing was lost or duplicated:
///
/// ```swift
/// let probe = FaultSchedule()
/// try await scenario(FaultInjectingStore(base: freshStore(), schedule: probe))
/// for ordinal in 0..<probe.passed.count {
///     let schedule = FaultSchedule(crashAt: ordinal)
///     let store = freshStore()
///     await #expect(throws: SimulatedCrash.self) {
///         try await scenario(FaultInjectingStore(base: store, schedule: schedule))
///     }
///     try await recover(store)   // then assert no loss, no duplicate
/// }
/// ```
public final class FaultSchedule: Sendable {
    private let crashAt: Int?
    private let state = NSLock()
    nonisolated(unsafe) private var points: [FaultPoint] = []

    /// Creates a schedule.
    ///
    /// - Parameter crashAt: The ordinal of the point to crash at; `nil` to only count.
    public init(crashAt: Int? = nil) {
        self.crashAt = crashAt
    }

    /// The points passed so far, in order (the crash point included).
    public var passed: [FaultPoint] {
        state.withLock { points }
    }

    /// Passes a point: records it and throws if it is the scheduled one.
    ///
    /// - Parameter kind: Which side of which call.
    /// - Throws: ``SimulatedCrash`` at the scheduled point, and at every point after it (a dead process
    ///   does nothing more).
    public func pass(_ kind: FaultPoint.Kind) throws(SimulatedCrash) {
        let point = state.withLock {
            let point = FaultPoint(kind: kind, ordinal: points.count)
            points.append(point)
            return point
        }
        if let crashAt, point.ordinal >= crashAt { throw SimulatedCrash(point: point) }
    }
}
