/// A collection event without its data: the names used in the transition table, errors and documents.
public enum CollectionEventKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// ``CollectionEvent/promise(_:)``.
    case promise
    /// ``CollectionEvent/reportPayment(on:)``.
    case reportPayment = "report_payment"
    /// ``CollectionEvent/openDispute(_:)``.
    case openDispute = "open_dispute"
    /// ``CollectionEvent/requestClarification(_:)``.
    case requestClarification = "request_clarification"
    /// ``CollectionEvent/resolveDispute``.
    case resolveDispute = "resolve_dispute"
    /// ``CollectionEvent/negotiate``.
    case negotiate
    /// ``CollectionEvent/startPaying``.
    case startPaying = "start_paying"
    /// ``CollectionEvent/agreePaymentPlan(agreementID:)``.
    case agreePaymentPlan = "agree_payment_plan"
    /// ``CollectionEvent/refuseToPay``.
    case refuseToPay = "refuse_to_pay"
    /// ``CollectionEvent/sendToLegal``.
    case sendToLegal = "send_to_legal"
    /// ``CollectionEvent/writeOff``.
    case writeOff = "write_off"
    /// ``CollectionEvent/payInFull``.
    case payInFull = "pay_in_full"
    /// ``CollectionEvent/cancel``.
    case cancel
    /// ``CollectionEvent/breakPromise``.
    case breakPromise = "break_promise"
    /// ``CollectionEvent/keepPromise``.
    case keepPromise = "keep_promise"
    /// ``CollectionEvent/defaultPlan``.
    case defaultPlan = "default_plan"
    /// ``CollectionEvent/resume``.
    case resume
    /// ``CollectionEvent/contact``.
    case contact
    /// ``CollectionEvent/flagUncredited``.
    case flagUncredited = "flag_uncredited"

    /// Whether a collector may apply the event by hand through
    /// ``CollectionStore/changeStatus(_:of:by:at:context:comment:changeID:attempts:)``. The others have
    /// their own entry points because they carry side effects: outcomes (promise, reported payment,
    /// dispute, contact), payments (pay in full, keep promise), dispute resolution, payment plans, and the
    /// time-driven review (break promise, default plan, flag uncredited).
    public var isManual: Bool {
        switch self {
        case .requestClarification, .negotiate, .startPaying, .refuseToPay, .sendToLegal, .writeOff, .cancel, .resume:
            return true
        default:
            return false
        }
    }
}
