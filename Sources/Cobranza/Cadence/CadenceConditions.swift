/// Conditions a cadence step needs to apply to an invoice; a step whose conditions do not hold is passed
/// over as if it were not in the cadence.
///
/// ```json
/// {"minimumBalance": [{"minorUnits": 50000000, "currency": "ARS"}], "portfolioStages": ["delinquent"]}
/// ```
public struct CadenceConditions: Sendable, Hashable, Codable {
    /// The invoice balance the step needs, at most one amount per currency. An invoice in a currency not
    /// listed meets the condition, so list every currency you bill in.
    public var minimumBalance: [Money]
    /// The portfolio stages the customer must be in for the step to apply; `nil` means any stage. A
    /// customer whose stage the caller did not supply is in none of them.
    public var portfolioStages: Set<PortfolioStage>?

    /// Creates conditions.
    ///
    /// - Parameters:
    ///   - minimumBalance: The invoice balance needed, one amount per currency.
    ///   - portfolioStages: The portfolio stages the customer must be in; `nil` for any.
    public init(minimumBalance: [Money] = [], portfolioStages: Set<PortfolioStage>? = nil) {
        self.minimumBalance = minimumBalance
        self.portfolioStages = portfolioStages
    }

    private enum CodingKeys: String, CodingKey {
        case minimumBalance
        case portfolioStages
    }

    /// Decodes conditions; both fields may be omitted.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a field has the wrong shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minimumBalance = try container.decodeIfPresent([Money].self, forKey: .minimumBalance) ?? []
        portfolioStages = try container.decodeIfPresent([PortfolioStage].self, forKey: .portfolioStages).map(Set.init)
    }

    /// Encodes the conditions, the stages sorted for stable output.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !minimumBalance.isEmpty { try container.encode(minimumBalance, forKey: .minimumBalance) }
        try container.encodeIfPresent(portfolioStages?.sorted(), forKey: .portfolioStages)
    }
}
