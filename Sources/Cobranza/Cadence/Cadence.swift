/// The cadence of one risk tier: its steps, in any order (the planner orders them by date per invoice).
///
/// ```json
/// {"steps": [{"id": "A-friendly", "trigger": "7_days_after_due", "stage": "friendly", "channels": ["email"]}]}
/// ```
public struct Cadence: Sendable, Hashable, Codable {
    /// The steps.
    public var steps: [CadenceStep]

    /// Creates a cadence.
    ///
    /// - Parameter steps: The steps.
    public init(steps: [CadenceStep]) {
        self.steps = steps
    }
}
