extension AlertRuleSet: Codable {
    /// The JSON keys: the rule names.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case actionRequired = "action_required"
        case brokenPromises = "broken_promises"
        case reportedNotCredited = "reported_not_credited"
        case disputesByDepartment = "disputes_by_department"
        case disputesByCollector = "disputes_by_collector"
        case overdueThreshold = "overdue_threshold"
        case refusedToPay = "refused_to_pay"
    }

    /// Any key, to find names that are not rules.
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes the enabled rules, rejecting names that are not built-in rules.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` naming an unknown rule; `DecodingError` for a malformed rule.
    public init(from decoder: any Decoder) throws {
        let names = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
        let known = CodingKeys.allCases.map(\.rawValue)
        if let unknown = names.sorted().first(where: { !known.contains($0) }) {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath + [AnyKey(stringValue: unknown)],
                    debugDescription: "Unknown alert rule '\(unknown)'; the built-in rules are "
                        + known.joined(separator: ", ")
                        + ". Pass your own rules to AlertEvaluator(policy:customRules:)"))
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            actionRequired: try container.decodeIfPresent(ActionRequiredRule.self, forKey: .actionRequired),
            brokenPromises: try container.decodeIfPresent(BrokenPromisesRule.self, forKey: .brokenPromises),
            reportedNotCredited: try container.decodeIfPresent(
                ReportedNotCreditedRule.self, forKey: .reportedNotCredited),
            disputesByDepartment: try container.decodeIfPresent(
                DisputesByDepartmentRule.self, forKey: .disputesByDepartment),
            disputesByCollector: try container.decodeIfPresent(
                DisputesByCollectorRule.self, forKey: .disputesByCollector),
            overdueThreshold: try container.decodeIfPresent(OverdueThresholdRule.self, forKey: .overdueThreshold),
            refusedToPay: try container.decodeIfPresent(RefusedToPayRule.self, forKey: .refusedToPay))
    }

    /// Encodes the enabled rules keyed by name.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(actionRequired, forKey: .actionRequired)
        try container.encodeIfPresent(brokenPromises, forKey: .brokenPromises)
        try container.encodeIfPresent(reportedNotCredited, forKey: .reportedNotCredited)
        try container.encodeIfPresent(disputesByDepartment, forKey: .disputesByDepartment)
        try container.encodeIfPresent(disputesByCollector, forKey: .disputesByCollector)
        try container.encodeIfPresent(overdueThreshold, forKey: .overdueThreshold)
        try container.encodeIfPresent(refusedToPay, forKey: .refusedToPay)
    }
}
