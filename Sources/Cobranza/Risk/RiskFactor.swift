/// A feature of payment behaviour the risk score can weigh; each reads one value of ``RiskFeatures``.
///
/// A ``RiskFactorRule`` turns the value into points between its `good` value (no points) and its `bad`
/// value (all the rule's weight). The names are the JSON names used in a ``RiskPolicy``.
public enum RiskFactor: String, Sendable, Hashable, Codable, CaseIterable {
    /// The share of assessed invoices not paid on time: `1 − onTimeShare` (0 when nothing was assessed).
    case lateShare
    /// The average days late of the assessed invoices (early or on-time payments count 0).
    case averageDaysLate
    /// The days late of the assessed invoices weighted by their amounts, in the primary currency.
    case amountWeightedDaysLate
    /// The worst days late among the assessed invoices.
    case worstDaysLate
    /// Broken payment promises in the event window.
    case brokenPromises
    /// Disputes opened in the event window.
    case disputes
    /// The overdue part of the open balance, in the primary currency: 0 … 1.
    case overdueRatio
    /// The open balance in the credit limit's currency over the limit: 1 is the limit reached. Customers
    /// without a limit get no points.
    case creditLimitUse
    /// The age of the relationship in days; a young relationship is riskier, so a rule for it has `good`
    /// above `bad`. Customers whose age is unknown get no points.
    case relationshipDays

    /// The value of this factor in a set of features, or `nil` when the customer has none (no credit limit,
    /// unknown relationship age), which scores no points.
    ///
    /// - Parameter features: The customer's features.
    /// - Returns: The value the factor's rule ramps.
    public func value(in features: RiskFeatures) -> Double? {
        switch self {
        case .lateShare: return features.onTimeShare.map { 1 - $0 } ?? 0
        case .averageDaysLate: return features.averageDaysLate
        case .amountWeightedDaysLate: return features.amountWeightedDaysLate
        case .worstDaysLate: return Double(features.worstDaysLate)
        case .brokenPromises: return Double(features.brokenPromises)
        case .disputes: return Double(features.disputes)
        case .overdueRatio: return features.overdueRatio
        case .creditLimitUse: return features.creditLimitUse
        case .relationshipDays: return features.relationshipDays.map(Double.init)
        }
    }
}
