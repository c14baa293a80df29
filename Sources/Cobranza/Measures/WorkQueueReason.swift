/// Why a customer is on a collector's work queue, or why it ranks where it does: one factor, the points it
/// added (negative for the recent-contact penalty) and a sentence for the collector.
public struct WorkQueueReason: Sendable, Hashable, Codable {
    /// The factor.
    public var factor: WorkQueueFactor
    /// The points it added to the score.
    public var points: Double
    /// A short English sentence with the facts, such as `"3 invoices overdue: ARS 1234.56"`.
    public var detail: String

    /// Creates a reason.
    ///
    /// - Parameters:
    ///   - factor: The factor.
    ///   - points: The points.
    ///   - detail: The sentence.
    public init(factor: WorkQueueFactor, points: Double, detail: String) {
        self.factor = factor
        self.points = points
        self.detail = detail
    }
}
