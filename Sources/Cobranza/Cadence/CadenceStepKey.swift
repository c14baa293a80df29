/// One (invoice, step) pair: the unit a cadence does at most once, ever.
///
/// The planner never plans a pair found in ``CadencePortfolio/completedSteps``; record the pairs of every
/// plan you carry out (``CadencePlan/plannedSteps``) and pass them back on the next run.
///
/// Its ``idempotencyKey`` is `cadence-step/<invoiceID>/<stepID>` (see
/// ``IdempotencyKey/cadenceStep(invoiceID:stepID:)``); ``init(_:)`` reads such a key back.
public struct CadenceStepKey: Sendable, Hashable, Codable {
    /// The invoice.
    public var invoiceID: InvoiceID
    /// The step's ``CadenceStep/id``.
    public var stepID: String

    /// Creates a key.
    ///
    /// - Parameters:
    ///   - invoiceID: The invoice.
    ///   - stepID: The step's id.
    public init(invoiceID: InvoiceID, stepID: String) {
        self.invoiceID = invoiceID
        self.stepID = stepID
    }

    /// Reads a key written as `cadence-step/<invoiceID>/<stepID>`; fails when the key is not a cadence step key.
    ///
    /// - Parameter key: An idempotency key.
    public init?(_ key: IdempotencyKey) {
        let parts = key.rawValue.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == IdempotencyKey.cadenceStepPrefix,
            let invoice = IdempotencyKey.unescape(parts[1]), let step = IdempotencyKey.unescape(parts[2])
        else { return nil }
        self.invoiceID = InvoiceID(invoice)
        self.stepID = step
    }

    /// The key `cadence-step/<invoiceID>/<stepID>`.
    public var idempotencyKey: IdempotencyKey { .cadenceStep(invoiceID: invoiceID, stepID: stepID) }
}
