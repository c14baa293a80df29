/// A step that was due and was not planned, and why — the answer to "why didn't this customer get a
/// reminder today?".
///
/// Skips are reported so that an idle or held portfolio produces few of them:
/// - a step held by policy — the customer is excluded or VIP, the invoice's status holds reminders, its balance
///   is below the minimum — is reported on the day it falls due (its first business day), not again while
///   the hold lasts;
/// - a notice that was never sent before the due date (``CadenceSkipReason/dueDatePassed``) is reported on
///   the first business day after the due date;
/// - a step that waits (``CadenceSkipReason/minimumGap(lastMessageOn:nextAllowedOn:)``) or cannot be
///   delivered (``CadenceSkipReason/noReachableChannel``), and data problems (unknown customer, no cadence
///   for the tier; the latter once per customer) are reported on every run.
public struct CadenceSkip: Sendable, Hashable, Codable {
    /// The customer.
    public var customerID: CustomerID
    /// The invoice, if the skip concerns one.
    public var invoiceID: InvoiceID?
    /// The step that was due, if any.
    public var stepID: String?
    /// Why it was not planned.
    public var reason: CadenceSkipReason

    /// Creates a skip.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - invoiceID: The invoice.
    ///   - stepID: The step that was due.
    ///   - reason: Why it was not planned.
    public init(customerID: CustomerID, invoiceID: InvoiceID?, stepID: String?, reason: CadenceSkipReason) {
        self.customerID = customerID
        self.invoiceID = invoiceID
        self.stepID = stepID
        self.reason = reason
    }
}
