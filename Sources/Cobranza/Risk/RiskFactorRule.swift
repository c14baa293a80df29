/// How one ``RiskFactor`` adds to the risk score: a linear ramp from `good` (no points) to `bad` (the whole
/// weight), flat beyond both ends.
///
/// ```json
/// {"factor": "brokenPromises", "weight": 15, "good": 0, "bad": 3}
/// ```
///
/// With that rule, no broken promise adds 0 points, one adds 5, two add 10, three or more add 15. `good`
/// may be above `bad` for a factor where more is better (``RiskFactor/relationshipDays``).
public struct RiskFactorRule: Sendable, Hashable, Codable {
    /// The feature weighed.
    public var factor: RiskFactor
    /// The points the factor adds at its worst, relative to the other rules' weights; the score is scaled so
    /// that all weights at their worst make 100.
    public var weight: Double
    /// The value at or better than which the factor adds nothing.
    public var good: Double
    /// The value at or worse than which the factor adds its whole weight.
    public var bad: Double

    /// Creates a rule.
    ///
    /// - Parameters:
    ///   - factor: The feature weighed.
    ///   - weight: The points at its worst.
    ///   - good: The value that adds nothing.
    ///   - bad: The value that adds the whole weight.
    public init(factor: RiskFactor, weight: Double, good: Double, bad: Double) {
        self.factor = factor
        self.weight = weight
        self.good = good
        self.bad = bad
    }

    /// Where a value falls between `good` (0) and `bad` (1), clamped to 0 … 1.
    ///
    /// ```swift
    /// RiskFactorRule(factor: .worstDaysLate, weight: 10, good: 15, bad: 90).severity(of: 45)  // 0.4
    /// ```
    ///
    /// - Parameter value: The factor's value.
    /// - Returns: 0 at or beyond `good`, 1 at or beyond `bad`, linear between.
    public func severity(of value: Double) -> Double {
        let position = (value - good) / (bad - good)
        guard position > 0 else { return 0 }
        return position < 1 ? position : 1
    }
}
