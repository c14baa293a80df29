/// Why a payment could not be applied. Each case names the payment and, where it matters, the invoice.
public enum PaymentError: Error, Sendable, Hashable {
    /// The amount is zero or negative.
    case nonPositiveAmount(PaymentID)
    /// The payment already carries allocations: applying it again would count the money twice.
    case alreadyApplied(PaymentID)
    /// A named invoice does not exist.
    case invoiceNotFound(PaymentID, invoice: InvoiceID)
    /// A named invoice belongs to another customer.
    case invoiceOfAnotherCustomer(PaymentID, invoice: InvoiceID)
    /// A named invoice is in another currency.
    case currencyMismatch(PaymentID, invoice: InvoiceID, payment: Currency, invoiceCurrency: Currency)
    /// The payment was already recorded in the store.
    case alreadyRecorded(PaymentID)
}

extension PaymentError: CustomStringConvertible {
    /// A sentence naming the payment, the invoice and the problem.
    public var description: String {
        switch self {
        case .nonPositiveAmount(let payment):
            return "Payment '\(payment)' has an amount that is not positive"
        case .alreadyApplied(let payment):
            return "Payment '\(payment)' already has allocations"
        case .invoiceNotFound(let payment, let invoice):
            return "Payment '\(payment)' names invoice '\(invoice)', which does not exist"
        case .invoiceOfAnotherCustomer(let payment, let invoice):
            return "Payment '\(payment)' names invoice '\(invoice)' of another customer"
        case .currencyMismatch(let payment, let invoice, let paymentCurrency, let invoiceCurrency):
            return "Payment '\(payment)' in \(paymentCurrency) cannot pay invoice '\(invoice)' in \(invoiceCurrency)"
        case .alreadyRecorded(let payment):
            return "Payment '\(payment)' was already recorded"
        }
    }
}
