/// The JSON form of ``RiskFeatures``: one key per public property, the per-currency lists as arrays of
/// amounts, optional values left out when absent (as a synthesized conformance writes it).
extension RiskFeatures: Codable {
    private enum CodingKeys: String, CodingKey {
        case asOf, historyStart, eventWindowDays, invoicesAssessed, invoicesPaidOnTime, averageDaysLate
        case amountWeightedDaysLate, worstDaysLate, brokenPromises, disputes, openBalance, overdueBalance
        case openInvoices, overdueInvoices, currentDaysLate, primaryCurrency, overdueRatio, billedPerYear
        case creditLimitUse, relationshipDays
    }

    /// Decodes a set of features.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a key is missing or has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            asOf: try container.decode(CivilDate.self, forKey: .asOf),
            historyStart: try container.decode(CivilDate.self, forKey: .historyStart),
            eventWindowDays: try container.decode(Int.self, forKey: .eventWindowDays),
            invoicesAssessed: try container.decode(Int.self, forKey: .invoicesAssessed),
            invoicesPaidOnTime: try container.decode(Int.self, forKey: .invoicesPaidOnTime),
            averageDaysLate: try container.decode(Double.self, forKey: .averageDaysLate),
            amountWeightedDaysLate: try container.decode(Double.self, forKey: .amountWeightedDaysLate),
            worstDaysLate: try container.decode(Int.self, forKey: .worstDaysLate),
            brokenPromises: try container.decode(Int.self, forKey: .brokenPromises),
            disputes: try container.decode(Int.self, forKey: .disputes),
            openBalance: try container.decode([Money].self, forKey: .openBalance),
            overdueBalance: try container.decode([Money].self, forKey: .overdueBalance),
            openInvoices: try container.decode(Int.self, forKey: .openInvoices),
            overdueInvoices: try container.decode(Int.self, forKey: .overdueInvoices),
            currentDaysLate: try container.decode(Int.self, forKey: .currentDaysLate),
            primaryCurrency: try container.decodeIfPresent(Currency.self, forKey: .primaryCurrency),
            overdueRatio: try container.decode(Double.self, forKey: .overdueRatio),
            billedPerYear: try container.decode([Money].self, forKey: .billedPerYear),
            creditLimitUse: try container.decodeIfPresent(Double.self, forKey: .creditLimitUse),
            relationshipDays: try container.decodeIfPresent(Int.self, forKey: .relationshipDays))
    }

    /// Encodes the features.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(historyStart, forKey: .historyStart)
        try container.encode(eventWindowDays, forKey: .eventWindowDays)
        try container.encode(invoicesAssessed, forKey: .invoicesAssessed)
        try container.encode(invoicesPaidOnTime, forKey: .invoicesPaidOnTime)
        try container.encode(averageDaysLate, forKey: .averageDaysLate)
        try container.encode(amountWeightedDaysLate, forKey: .amountWeightedDaysLate)
        try container.encode(worstDaysLate, forKey: .worstDaysLate)
        try container.encode(brokenPromises, forKey: .brokenPromises)
        try container.encode(disputes, forKey: .disputes)
        try container.encode(openBalance, forKey: .openBalance)
        try container.encode(overdueBalance, forKey: .overdueBalance)
        try container.encode(openInvoices, forKey: .openInvoices)
        try container.encode(overdueInvoices, forKey: .overdueInvoices)
        try container.encode(currentDaysLate, forKey: .currentDaysLate)
        try container.encodeIfPresent(primaryCurrency, forKey: .primaryCurrency)
        try container.encode(overdueRatio, forKey: .overdueRatio)
        try container.encode(billedPerYear, forKey: .billedPerYear)
        try container.encodeIfPresent(creditLimitUse, forKey: .creditLimitUse)
        try container.encodeIfPresent(relationshipDays, forKey: .relationshipDays)
    }
}
