extension RiskAssessment {
    /// Why the customer has its tier, most decisive first, built from the assessment on demand.
    ///
    /// In order: the override or VIP flag if one decided; the score and its tier, or the lack of history
    /// that gave the default tier; how many invoices were paid on time; then every factor that added points,
    /// the heaviest first; and last, a tier held back by the stability rule.
    ///
    /// ```swift
    /// assessment.reasons.map { $0.text(in: .english) }
    /// // ["score 41.3 of 100: tier C", "paid 3 of 10 invoices on time", "2 broken promises in 90 days", …]
    /// ```
    ///
    /// - Complexity: O(*f* log *f*) for *f* factors; nothing is computed in the batch.
    public var reasons: [RiskReason] {
        var reasons: [RiskReason] = []
        switch source {
        case .manualOverride: reasons.append(.manualOverride(tier: tier, classified: classifiedTier))
        case .vip: reasons.append(.vip(tier: tier, classified: classifiedTier))
        case .classification: break
        }
        let assessed = features.invoicesAssessed
        if !usesDefaultTier {
            reasons.append(.score(score, tier: indicatedTier))
        } else if assessed == 0 {
            reasons.append(.noHistory(defaultTier: indicatedTier))
        } else {
            reasons.append(
                .insufficientHistory(assessed: assessed, required: requiredHistory, defaultTier: indicatedTier))
        }
        if assessed > 0 { reasons.append(.paidOnTime(features.invoicesPaidOnTime, of: assessed)) }
        let weighed = contributions.enumerated().filter { $0.element.points > 0 }
            .sorted { ($0.element.points, $1.offset) > ($1.element.points, $0.offset) }
        for (_, contribution) in weighed {
            if let reason = reason(for: contribution) { reasons.append(reason) }
        }
        if let pending = risk.pendingTier {
            reasons.append(
                .tierHeld(
                    tier: classifiedTier, pending: pending, count: risk.pendingCount, required: requiredEvaluations))
        }
        return reasons
    }

    /// The reasons in words, in one language.
    ///
    /// - Parameter language: The language.
    /// - Returns: One text per reason, in the order of ``reasons``.
    public func reasonTexts(in language: RiskReason.Language) -> [String] {
        reasons.map { $0.text(in: language) }
    }

    private func reason(for contribution: RiskContribution) -> RiskReason? {
        let value = contribution.value ?? 0
        switch contribution.factor {
        case .lateShare: return nil  // told by paidOnTime
        case .averageDaysLate: return .averageDaysLate(Int(value.rounded()), invoices: features.invoicesAssessed)
        case .amountWeightedDaysLate: return .amountWeightedDaysLate(Int(value.rounded()))
        case .worstDaysLate: return .worstDaysLate(features.worstDaysLate)
        case .brokenPromises: return .brokenPromises(features.brokenPromises, days: features.eventWindowDays)
        case .disputes: return .disputes(features.disputes, days: features.eventWindowDays)
        case .overdueRatio: return .overdueShare(percent: Int((value * 100).rounded()))
        case .creditLimitUse: return .creditLimitUse(percent: Int((value * 100).rounded()))
        case .relationshipDays: return .shortRelationship(days: Int(value))
        }
    }
}
