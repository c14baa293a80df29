/// What the time-driven review of one customer will write, and what it found.
public struct StatusReviewPlan: Sendable, Hashable {
    /// The writes.
    public var plan: StatusPlan
    /// What was found, in order.
    public var findings: [StatusFinding]

    /// Creates a review plan.
    ///
    /// - Parameters:
    ///   - plan: The writes.
    ///   - findings: What was found.
    public init(plan: StatusPlan = StatusPlan(), findings: [StatusFinding] = []) {
        self.plan = plan
        self.findings = findings
    }
}
