extension CollectionStatus: Codable {
    private enum CodingKeys: String, CodingKey {
        case status, promise, reportedOn, dispute, agreementID
    }

    /// Decodes a status tagged by `status`; an unknown tag or missing data is a `DecodingError` naming it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(CollectionStatusKind.self, forKey: .status) {
        case .normal: self = .normal
        case .promised: self = .promised(try container.decode(PaymentPromise.self, forKey: .promise))
        case .paymentReported: self = .paymentReported(on: try container.decode(CivilDate.self, forKey: .reportedOn))
        case .disputed: self = .disputed(try container.decode(Dispute.self, forKey: .dispute))
        case .inClarification: self = .inClarification(try container.decode(Dispute.self, forKey: .dispute))
        case .paying: self = .paying
        case .negotiating: self = .negotiating
        case .paymentPlan: self = .paymentPlan(agreementID: try container.decode(String.self, forKey: .agreementID))
        case .refusedToPay: self = .refusedToPay
        case .legal: self = .legal
        case .uncollectible: self = .uncollectible
        case .paid: self = .paid
        case .cancelled: self = .cancelled
        }
    }

    /// Encodes the tag and the status's data.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .status)
        switch self {
        case .promised(let promise): try container.encode(promise, forKey: .promise)
        case .paymentReported(let date): try container.encode(date, forKey: .reportedOn)
        case .disputed(let dispute), .inClarification(let dispute): try container.encode(dispute, forKey: .dispute)
        case .paymentPlan(let agreementID): try container.encode(agreementID, forKey: .agreementID)
        case .normal, .paying, .negotiating, .refusedToPay, .legal, .uncollectible, .paid, .cancelled: break
        }
    }
}
