/// A forbidden transition: an event that may not happen in the invoice's current status. Nothing was changed.
///
/// ```swift
/// do {
///     _ = try CollectionStateMachine.transition(from: .paid, on: .negotiate)
/// } catch {
///     print(error)   // "Event 'negotiate' is not allowed in status 'paid': the invoice is closed"
/// }
/// ```
public struct TransitionError: Error, Sendable, Hashable {
    /// Why a transition is forbidden.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// The invoice is paid, cancelled or written off; nothing more happens to it.
        case closed
        /// The invoice already has the status the event leads to, and the status has no data to update.
        case alreadyInStatus = "already_in_status"
        /// A dispute or clarification is open: it must be resolved first.
        case disputeOpen = "dispute_open"
        /// A dispute is not turned into a clarification, which would hide it from the dispute alerts.
        case disputeNotDowngraded = "dispute_not_downgraded"
        /// There is no dispute or clarification to resolve.
        case noDispute = "no_dispute"
        /// The invoice is replaced by a payment plan's installments: act on them, or default the plan.
        case replacedByPaymentPlan = "replaced_by_payment_plan"
        /// The invoice is in legal proceedings: only payment, settlement, withdrawal or write-off change it.
        case inLegalProceedings = "in_legal_proceedings"
        /// There is no promise to break or keep.
        case noPromise = "no_promise"
        /// There is no payment plan to default.
        case noPaymentPlan = "no_payment_plan"
        /// There is no reported payment to flag.
        case noReportedPayment = "no_reported_payment"

        /// The reason as a phrase.
        public var phrase: String {
            switch self {
            case .closed: return "the invoice is closed"
            case .alreadyInStatus: return "the invoice is already in that status"
            case .disputeOpen: return "a dispute or clarification is open; resolve it first"
            case .disputeNotDowngraded: return "a dispute is not turned into a clarification"
            case .noDispute: return "there is no dispute or clarification to resolve"
            case .replacedByPaymentPlan:
                return "the invoice is replaced by payment plan installments; act on them or default the plan"
            case .inLegalProceedings: return "the invoice is in legal proceedings"
            case .noPromise: return "there is no payment promise"
            case .noPaymentPlan: return "there is no payment plan"
            case .noReportedPayment: return "there is no reported payment"
            }
        }
    }

    /// The status the invoice was in.
    public var from: CollectionStatusKind
    /// The event that was refused.
    public var event: CollectionEventKind
    /// Why it was refused.
    public var reason: Reason

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - from: The current status.
    ///   - event: The refused event.
    ///   - reason: Why.
    public init(from: CollectionStatusKind, event: CollectionEventKind, reason: Reason) {
        self.from = from
        self.event = event
        self.reason = reason
    }
}

extension TransitionError: CustomStringConvertible {
    /// A sentence naming the status, the event and the reason.
    public var description: String {
        "Event '\(event.rawValue)' is not allowed in status '\(from.rawValue)': \(reason.phrase)"
    }
}
