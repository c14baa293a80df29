/// What one factor added to a customer's risk score: the explanation behind the number.
public struct RiskContribution: Sendable, Hashable, Codable {
    /// The factor.
    public var factor: RiskFactor
    /// The factor's value for the customer, `nil` when it has none (no credit limit, unknown age).
    public var value: Double?
    /// The points it added to the 0 … 100 score.
    public var points: Double

    /// Creates a contribution.
    ///
    /// - Parameters:
    ///   - factor: The factor.
    ///   - value: Its value.
    ///   - points: The points added.
    public init(factor: RiskFactor, value: Double?, points: Double) {
        self.factor = factor
        self.value = value
        self.points = points
    }
}
