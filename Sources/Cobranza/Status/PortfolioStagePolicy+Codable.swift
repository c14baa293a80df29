extension PortfolioStagePolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case administrativeFromDaysLate, delinquentFromDaysLate, extrajudicialFromDaysLate, legalFromDaysLate
        case refusedToPayStage, disputesCount
    }

    /// Decodes a policy; missing fields take their defaults. Values are checked by ``validate(prefix:)``
    /// when the enclosing ``StatusPolicy`` is decoded.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = PortfolioStagePolicy()
        self.init(
            administrativeFromDaysLate: try container.decodeIfPresent(Int.self, forKey: .administrativeFromDaysLate)
                ?? defaults.administrativeFromDaysLate,
            delinquentFromDaysLate: try container.decodeIfPresent(Int.self, forKey: .delinquentFromDaysLate)
                ?? defaults.delinquentFromDaysLate,
            extrajudicialFromDaysLate: try container.decodeIfPresent(Int.self, forKey: .extrajudicialFromDaysLate)
                ?? defaults.extrajudicialFromDaysLate,
            legalFromDaysLate: try container.decodeIfPresent(Int.self, forKey: .legalFromDaysLate),
            refusedToPayStage: try container.decodeIfPresent(PortfolioStage.self, forKey: .refusedToPayStage)
                ?? defaults.refusedToPayStage,
            disputesCount: try container.decodeIfPresent(Bool.self, forKey: .disputesCount) ?? defaults.disputesCount)
    }

    /// Encodes every field (a `nil` legal threshold as `null`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(administrativeFromDaysLate, forKey: .administrativeFromDaysLate)
        try container.encode(delinquentFromDaysLate, forKey: .delinquentFromDaysLate)
        try container.encode(extrajudicialFromDaysLate, forKey: .extrajudicialFromDaysLate)
        try container.encode(legalFromDaysLate, forKey: .legalFromDaysLate)
        try container.encode(refusedToPayStage, forKey: .refusedToPayStage)
        try container.encode(disputesCount, forKey: .disputesCount)
    }
}
