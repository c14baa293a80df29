/// Something that happens to an invoice in the collection process and may change its status.
///
/// Events carry the data their target status needs (a promise its date, a dispute its department), so
/// applying an event can never produce a status with missing data. Whether an event may happen in a status
/// is decided by ``CollectionStateMachine``.
///
/// ```swift
/// let promised = try CollectionStateMachine.transition(
///     from: .normal, on: .promise(PaymentPromise(date: try CivilDate(iso: "2024-03-15"))))
/// ```
public enum CollectionEvent: Sendable, Hashable {
    /// The customer promises to pay by a date (a new promise replaces an earlier one) → promised.
    case promise(PaymentPromise)
    /// The customer says it already paid on a date → payment reported.
    case reportPayment(on: CivilDate)
    /// The customer disputes the invoice; a department must resolve it (also re-routes a dispute) → disputed.
    case openDispute(Dispute)
    /// A department must clarify a question about the invoice → in clarification.
    case requestClarification(Dispute)
    /// The department resolved the dispute or clarification and the invoice is collected again → normal.
    case resolveDispute
    /// The collector starts negotiating terms → negotiating.
    case negotiate
    /// The customer is paying the invoice off in parts without a formal plan → paying.
    case startPaying
    /// The invoice is replaced by the installments of a payment plan (convenio) → payment plan.
    case agreePaymentPlan(agreementID: String)
    /// The customer refuses to pay → refused to pay.
    case refuseToPay
    /// The debt goes to court → legal.
    case sendToLegal
    /// The debt is written off as uncollectible → uncollectible.
    case writeOff
    /// The balance reached zero through payments → paid.
    case payInFull
    /// The invoice is annulled (credit note for the whole balance, cancelled in the ERP) → cancelled.
    case cancel
    /// The promised date plus the grace days passed with the promise unmet → normal.
    case breakPromise
    /// Payments met a promise for part of the balance → normal.
    case keepPromise
    /// An installment of the payment plan was missed; the invoice is owed again → normal.
    case defaultPlan
    /// The collector returns the invoice to normal collection (a promise withdrawn, a reported payment
    /// that never existed, a negotiation or legal action abandoned) → normal.
    case resume
    /// A contact with no change of status (no commitment, unreachable) → unchanged.
    case contact
    /// A reported payment is still not credited after the configured days → unchanged, flagged.
    case flagUncredited

    /// The event without its data.
    public var kind: CollectionEventKind {
        switch self {
        case .promise: return .promise
        case .reportPayment: return .reportPayment
        case .openDispute: return .openDispute
        case .requestClarification: return .requestClarification
        case .resolveDispute: return .resolveDispute
        case .negotiate: return .negotiate
        case .startPaying: return .startPaying
        case .agreePaymentPlan: return .agreePaymentPlan
        case .refuseToPay: return .refuseToPay
        case .sendToLegal: return .sendToLegal
        case .writeOff: return .writeOff
        case .payInFull: return .payInFull
        case .cancel: return .cancel
        case .breakPromise: return .breakPromise
        case .keepPromise: return .keepPromise
        case .defaultPlan: return .defaultPlan
        case .resume: return .resume
        case .contact: return .contact
        case .flagUncredited: return .flagUncredited
        }
    }
}
