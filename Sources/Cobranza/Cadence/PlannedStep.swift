/// One (invoice, step) pair a plan carries out, with its idempotency key.
public struct PlannedStep: Sendable, Hashable, Codable {
    /// The pair.
    public var key: CadenceStepKey
    /// The step's stage.
    public var stage: CadenceStage
    /// The step's key, `cadence-step/<invoiceID>/<stepID>`.
    public var idempotencyKey: IdempotencyKey

    /// Creates a planned step.
    ///
    /// - Parameters:
    ///   - key: The (invoice, step) pair.
    ///   - stage: The step's stage.
    public init(key: CadenceStepKey, stage: CadenceStage) {
        self.key = key
        self.stage = stage
        self.idempotencyKey = key.idempotencyKey
    }

    /// The invoice.
    public var invoiceID: InvoiceID { key.invoiceID }
    /// The step's id.
    public var stepID: String { key.stepID }
}
