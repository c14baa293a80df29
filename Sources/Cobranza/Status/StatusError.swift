/// Why a status operation (an outcome, a status change, a dispute resolution, a payment plan) was refused.
/// Nothing was written. Each case names the invoice, customer or agreement involved; descriptions carry no
/// amounts or personal data.
public enum StatusError: Error, Sendable, Hashable {
    /// No invoice was named.
    case noInvoices
    /// A named invoice does not exist.
    case invoiceNotFound(InvoiceID)
    /// The named invoices belong to different customers; one operation covers one customer.
    case invoicesOfDifferentCustomers(InvoiceID, customer: CustomerID, expected: CustomerID)
    /// The customer of the invoices does not exist.
    case customerNotFound(CustomerID)
    /// A named invoice is a credit note, which is never collected.
    case notReceivable(InvoiceID)
    /// The state machine refused the event for an invoice.
    case transitionForbidden(InvoiceID, TransitionError)
    /// A dispute names a department the store does not know.
    case unknownDepartment(DepartmentID)
    /// A promised date is before the day of the contact.
    case promiseDateInPast(promised: CivilDate, today: CivilDate)
    /// A reported payment date is after the day of the contact.
    case reportedDateInFuture(reported: CivilDate, today: CivilDate)
    /// An amount is zero or negative (a promise, a credit note, an installment, an adjusted amount).
    case nonPositiveAmount(field: String)
    /// Amounts or invoices are in different currencies.
    case currencyMismatch(field: String, expected: Currency, found: Currency)
    /// A promised amount is more than the invoices' balance.
    case promiseExceedsBalance
    /// A follow-up in fewer than one day was asked for.
    case invalidFollowUpDays(Int)
    /// A status event that has its own entry point was passed to the generic status change.
    case eventNotManual(CollectionEventKind)
    /// The same outcome or change (same identifier) was already recorded.
    case alreadyRecorded(ActivityID)
    /// A dispute resolution would leave the invoice owing less than nothing, or is not in the customer's
    /// favour (an adjusted amount must be lower than the billed amount and not below what was paid).
    case invalidAdjustment(InvoiceID, reason: String)
    /// A payment plan is malformed: no installments, a date not after the previous one or in the past, or
    /// installments that do not add up to the balance of the invoices.
    case invalidPaymentPlan(agreementID: String, reason: String)
    /// A payment plan's agreement identifier is already used by existing installments.
    case agreementExists(String)
}

extension StatusError: CustomStringConvertible {
    /// A sentence naming what was refused and why.
    public var description: String {
        switch self {
        case .noInvoices:
            return "No invoice was named"
        case .invoiceNotFound(let id):
            return "Invoice '\(id)' does not exist"
        case .invoicesOfDifferentCustomers(let id, let customer, let expected):
            return "Invoice '\(id)' belongs to customer '\(customer)', not '\(expected)'; "
                + "one operation covers one customer's invoices"
        case .customerNotFound(let id):
            return "Customer '\(id)' does not exist"
        case .notReceivable(let id):
            return "Invoice '\(id)' is a credit note and is not collected"
        case .transitionForbidden(let id, let error):
            return "Invoice '\(id)': \(error)"
        case .unknownDepartment(let id):
            return "Department '\(id)' does not exist"
        case .promiseDateInPast(let promised, let today):
            return "The promised date \(promised) is before the day of the contact, \(today)"
        case .reportedDateInFuture(let reported, let today):
            return "The reported payment date \(reported) is after the day of the contact, \(today)"
        case .nonPositiveAmount(let field):
            return "The amount '\(field)' must be positive"
        case .currencyMismatch(let field, let expected, let found):
            return "The amount '\(field)' is in \(found) but the invoices are in \(expected)"
        case .promiseExceedsBalance:
            return "The promised amount is more than the invoices' balance"
        case .invalidFollowUpDays(let days):
            return "A follow-up must be at least 1 day away, not \(days)"
        case .eventNotManual(let kind):
            return "Event '\(kind.rawValue)' has its own entry point and cannot be applied as a plain status change"
        case .alreadyRecorded(let id):
            return "Activity '\(id)' was already recorded"
        case .invalidAdjustment(let id, let reason):
            return "Invoice '\(id)' cannot be adjusted: \(reason)"
        case .invalidPaymentPlan(let agreementID, let reason):
            return "Payment plan '\(agreementID)' is invalid: \(reason)"
        case .agreementExists(let agreementID):
            return "Payment plan '\(agreementID)' already exists"
        }
    }
}
