/// Something the time-driven status review found and acted on.
public enum StatusFinding: Sendable, Hashable {
    /// A promise's date plus the grace days passed with the promise unmet: the invoice is back to normal.
    case promiseBroken(InvoiceID, customer: CustomerID, promise: PaymentPromise)
    /// A payment the customer reported is still not credited after the configured days: flagged (once).
    case reportedPaymentUncredited(InvoiceID, customer: CustomerID, reportedOn: CivilDate)
    /// An installment was missed: the payment plan defaulted.
    case paymentPlanDefaulted(agreementID: String, customer: CustomerID, missedInstallment: InvoiceID)

    /// The customer concerned.
    public var customerID: CustomerID {
        switch self {
        case .promiseBroken(_, let customer, _), .reportedPaymentUncredited(_, let customer, _),
            .paymentPlanDefaulted(_, let customer, _):
            return customer
        }
    }
}
