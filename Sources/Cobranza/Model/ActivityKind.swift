/// What happened in an ``Activity``.
public enum ActivityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A collector contacted the customer (call, visit, message written by hand).
    case contact
    /// A collector recorded the outcome of a contact.
    case outcome
    /// Contact outcome: the customer promised to pay by a date (promesa de pago).
    case promiseMade = "promise_made"
    /// Contact outcome: the customer acknowledged the debt but made no commitment (sin compromiso).
    case noCommitment = "no_commitment"
    /// Contact outcome: the customer says it already paid, on a date (pago informado).
    case paymentReported = "payment_reported"
    /// Contact outcome: the customer disputes the invoices (disputa).
    case disputeOpened = "dispute_opened"
    /// Contact outcome: the customer could not be reached; the attempt is logged (no se pudo contactar).
    case unreachable
    /// An automatic message was sent to the customer.
    case messageSent = "message_sent"
    /// An automatic message could not be delivered.
    case messageFailed = "message_failed"
    /// An invoice's collection status changed.
    case statusChange = "status_change"
    /// A payment was applied to an invoice.
    case paymentApplied = "payment_applied"
    /// Part of a payment was left as unapplied credit.
    case unappliedCredit = "unapplied_credit"
    /// A follow-up task was created.
    case taskCreated = "task_created"
    /// An internal alert mentioned the customer.
    case alertRaised = "alert_raised"
    /// A promise date (plus grace) passed with a balance left: the promise is broken.
    case promiseBroken = "promise_broken"
    /// A promise was kept: the invoice was paid by the promised date.
    case promiseKept = "promise_kept"
    /// A payment reported by the customer was still not credited after the configured days.
    case reportedPaymentUncredited = "reported_payment_uncredited"
    /// A dispute or clarification was resolved.
    case disputeResolved = "dispute_resolved"
    /// A payment plan was agreed.
    case paymentPlanAgreed = "payment_plan_agreed"
    /// A payment plan defaulted: an installment was missed.
    case paymentPlanDefaulted = "payment_plan_defaulted"
    /// The customer's risk tier changed.
    case riskTierChanged = "risk_tier_changed"
    /// A cadence step was carried out for an invoice: its message recorded in the outbox, or its task or
    /// action item created. The activity's id is the step's key (`cadence-step/<invoice>/<step>`), its
    /// ``Activity/cadenceStepID`` the step and its comment the key of the message, task or action item.
    case cadenceStep = "cadence_step"
    /// A free note.
    case note
}
