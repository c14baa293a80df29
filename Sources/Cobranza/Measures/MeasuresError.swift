/// Why measures could not be computed.
public enum MeasuresError: Error, Sendable, Hashable {
    /// The request is invalid; the policy error names the field.
    case invalidRequest(PolicyError)
    /// A payment allocation is in another currency than the invoice it pays.
    case allocationCurrencyMismatch(payment: PaymentID, invoice: InvoiceID)
    /// A total does not fit in 64-bit minor units.
    case overflow(measure: String, currency: Currency)
}

extension MeasuresError: CustomStringConvertible {
    /// A sentence naming what failed and where.
    public var description: String {
        switch self {
        case .invalidRequest(let error):
            return "Invalid measures request: \(error)"
        case .allocationCurrencyMismatch(let payment, let invoice):
            return "Payment \(payment) has an allocation to invoice \(invoice) in another currency than the invoice"
        case .overflow(let measure, let currency):
            return "The \(measure) total in \(currency) does not fit in 64-bit minor units"
        }
    }
}
