extension RiskPolicy {
    /// Checks the policy makes sense; decoding calls it, and so should code that builds a policy by hand.
    ///
    /// Field paths name the element: `tiers[2].minimumScore`, `factors[0].weight`.
    ///
    /// - Throws: ``PolicyError`` naming the first field in error.
    public func validate() throws(PolicyError) {
        try validateTiers()
        try validateFactors()
        guard tierIndex(of: defaultTier) != nil else {
            throw .invalidValue(field: "defaultTier", reason: "'\(defaultTier)' is not one of the tiers")
        }
        guard tierIndex(of: vipTier) != nil else {
            throw .invalidValue(field: "vipTier", reason: "'\(vipTier)' is not one of the tiers")
        }
        guard minimumHistory >= 0 else { throw .invalidValue(field: "minimumHistory", reason: "must not be negative") }
        guard (1...120).contains(historyMonths) else {
            throw .invalidValue(field: "historyMonths", reason: "must be 1 to 120")
        }
        guard (1...3_650).contains(eventWindowDays) else {
            throw .invalidValue(field: "eventWindowDays", reason: "must be 1 to 3650")
        }
        guard (0...90).contains(onTimeGraceDays) else {
            throw .invalidValue(field: "onTimeGraceDays", reason: "must be 0 to 90")
        }
        guard consecutiveEvaluations >= 1 else {
            throw .invalidValue(field: "consecutiveEvaluations", reason: "must be at least 1")
        }
        guard immediateChangeTiers >= 1 else {
            throw .invalidValue(field: "immediateChangeTiers", reason: "must be at least 1")
        }
    }

    private func validateTiers() throws(PolicyError) {
        guard tiers.count >= 2 else { throw .invalidValue(field: "tiers", reason: "needs at least two tiers") }
        for (index, definition) in tiers.enumerated() {
            let name = definition.name
            guard !name.allSatisfy(\.isWhitespace) else { throw .missingValue(field: "tiers[\(index)].name") }
            guard !tiers[..<index].contains(where: { $0.name == name }) else {
                throw .invalidValue(field: "tiers[\(index)].name", reason: "'\(name)' appears twice")
            }
            let minimum = definition.minimumScore
            if index == 0 {
                guard minimum == 0 else {
                    throw .invalidValue(field: "tiers[0].minimumScore", reason: "the best tier must start at 0")
                }
            } else {
                guard minimum.isFinite, minimum > tiers[index - 1].minimumScore, minimum <= 100 else {
                    throw .invalidValue(
                        field: "tiers[\(index)].minimumScore",
                        reason: "must be above the previous tier's minimum and at most 100")
                }
            }
        }
    }

    private func validateFactors() throws(PolicyError) {
        guard !factors.isEmpty else { throw .missingValue(field: "factors") }
        for (index, rule) in factors.enumerated() {
            guard !factors[..<index].contains(where: { $0.factor == rule.factor }) else {
                throw .invalidValue(
                    field: "factors[\(index)].factor", reason: "'\(rule.factor.rawValue)' appears twice")
            }
            guard rule.weight.isFinite, rule.weight >= 0 else {
                throw .invalidValue(field: "factors[\(index)].weight", reason: "must be a number of at least 0")
            }
            guard rule.good.isFinite else {
                throw .invalidValue(field: "factors[\(index)].good", reason: "must be a finite number")
            }
            guard rule.bad.isFinite, rule.bad != rule.good else {
                throw .invalidValue(field: "factors[\(index)].bad", reason: "must be a finite number other than good")
            }
        }
        guard factors.contains(where: { $0.weight > 0 }) else {
            throw .invalidValue(field: "factors", reason: "at least one weight must be above 0")
        }
    }

    /// The position of a tier from best (0) to worst, or `nil` if the policy does not define it.
    ///
    /// - Parameter tier: A tier.
    /// - Returns: Its index in ``tiers``.
    public func tierIndex(of tier: RiskTier) -> Int? {
        tiers.firstIndex { $0.name == tier.name }
    }
}
