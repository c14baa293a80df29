/// Receives a run's events, to log and measure runs with the integrator's own logging and metrics.
///
/// `observe(_:)` is called synchronously from the run, in order; keep it fast and non-blocking (hand the
/// event to a logger or a metrics buffer).
///
/// ```swift
/// struct PrintObserver: RunObserver {
///     func observe(_ event: RunEvent) {
///         if case .stageFinished(let stage, let count, let duration) = event { print(stage, count, duration) }
///     }
/// }
/// ```
public protocol RunObserver: Sendable {
    /// Receives one event.
    ///
    /// - Parameter event: The event.
    func observe(_ event: RunEvent)
}
