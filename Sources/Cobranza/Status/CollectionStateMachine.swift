/// The collection-status state machine: which event may happen in which status, and the status it leads to.
///
/// The table is explicit (``allowedSources``) and the transition is a pure function: a forbidden event is a
/// ``TransitionError`` naming the status, the event and the reason, and nothing changes.
///
/// The statuses fall into four groups:
/// - **active** — normal, promised, payment reported, paying, negotiating, refused to pay: the collector's
///   working statuses. From any of them a collector may move to any other, open a dispute or clarification,
///   agree a payment plan, send to legal or write off.
/// - **held by a department** — disputed, in clarification: only re-routing, resolution, write-off,
///   payment, cancellation and contacts.
/// - **payment plan** and **legal**: their own exits (default or completion; withdrawal, settlement).
/// - **closed** — paid, cancelled, uncollectible: nothing more happens.
///
/// Full payment closes an invoice from any open status; a partial payment changes no status (see
/// ``PaymentApplication/settled(against:policy:)`` for promises).
///
/// ```swift
/// let status = try CollectionStateMachine.transition(from: .normal, on: .negotiate)   // .negotiating
/// CollectionStateMachine.isAllowed(.promise, from: .disputed)                          // false
/// ```
public enum CollectionStateMachine {
    /// The collector's working statuses.
    public static let activeStatuses: Set<CollectionStatusKind> = [
        .normal, .promised, .paymentReported, .paying, .negotiating, .refusedToPay,
    ]

    /// The statuses that are not closed.
    public static let openStatuses: Set<CollectionStatusKind> = Set(
        CollectionStatusKind.allCases.filter { !$0.isClosed })

    /// For each event, the statuses it may happen in: the transition table.
    public static let allowedSources: [CollectionEventKind: Set<CollectionStatusKind>] = [
        .promise: activeStatuses,
        .reportPayment: activeStatuses,
        .openDispute: activeStatuses.union([.disputed, .inClarification]),
        .requestClarification: activeStatuses.union([.inClarification]),
        .resolveDispute: [.disputed, .inClarification],
        .negotiate: activeStatuses.subtracting([.negotiating]),
        .startPaying: activeStatuses.subtracting([.paying]),
        .agreePaymentPlan: activeStatuses.union([.legal]),
        .refuseToPay: activeStatuses.subtracting([.refusedToPay]),
        .sendToLegal: activeStatuses,
        .writeOff: activeStatuses.union([.disputed, .inClarification, .legal]),
        .payInFull: openStatuses,
        .cancel: openStatuses,
        .breakPromise: [.promised],
        .keepPromise: [.promised],
        .defaultPlan: [.paymentPlan],
        .resume: activeStatuses.subtracting([.normal]).union([.legal]),
        .contact: openStatuses,
        .flagUncredited: [.paymentReported],
    ]

    /// Whether an event may happen in a status.
    ///
    /// - Parameters:
    ///   - event: The event.
    ///   - status: The current status.
    /// - Returns: `true` when the table allows it.
    public static func isAllowed(_ event: CollectionEventKind, from status: CollectionStatusKind) -> Bool {
        allowedSources[event]?.contains(status) ?? false
    }

    /// The events allowed in a status, in declaration order.
    ///
    /// - Parameter status: The current status.
    /// - Returns: The allowed events.
    public static func allowedEvents(from status: CollectionStatusKind) -> [CollectionEventKind] {
        CollectionEventKind.allCases.filter { isAllowed($0, from: status) }
    }

    /// The status an event leads to from a status, without data: for tables, diagrams and log checks.
    ///
    /// - Parameters:
    ///   - event: The event.
    ///   - status: The current status.
    /// - Returns: The target status, or `nil` when the event is forbidden there.
    public static func target(of event: CollectionEventKind, from status: CollectionStatusKind) -> CollectionStatusKind?
    {
        guard isAllowed(event, from: status) else { return nil }
        switch event {
        case .promise: return .promised
        case .reportPayment: return .paymentReported
        case .openDispute: return .disputed
        case .requestClarification: return .inClarification
        case .resolveDispute, .breakPromise, .keepPromise, .defaultPlan, .resume: return .normal
        case .negotiate: return .negotiating
        case .startPaying: return .paying
        case .agreePaymentPlan: return .paymentPlan
        case .refuseToPay: return .refusedToPay
        case .sendToLegal: return .legal
        case .writeOff: return .uncollectible
        case .payInFull: return .paid
        case .cancel: return .cancelled
        case .contact, .flagUncredited: return status
        }
    }

    /// Applies an event to a status.
    ///
    /// - Parameters:
    ///   - status: The current status.
    ///   - event: The event.
    /// - Returns: The new status, carrying the event's data.
    /// - Throws: ``TransitionError`` naming the status, the event and why it is forbidden.
    public static func transition(from status: CollectionStatus, on event: CollectionEvent) throws(TransitionError)
        -> CollectionStatus
    {
        guard isAllowed(event.kind, from: status.kind) else {
            throw TransitionError(from: status.kind, event: event.kind, reason: reason(event.kind, from: status.kind))
        }
        switch event {
        case .promise(let promise): return .promised(promise)
        case .reportPayment(let date): return .paymentReported(on: date)
        case .openDispute(let dispute): return .disputed(dispute)
        case .requestClarification(let dispute): return .inClarification(dispute)
        case .resolveDispute, .breakPromise, .keepPromise, .defaultPlan, .resume: return .normal
        case .negotiate: return .negotiating
        case .startPaying: return .paying
        case .agreePaymentPlan(let agreementID): return .paymentPlan(agreementID: agreementID)
        case .refuseToPay: return .refusedToPay
        case .sendToLegal: return .legal
        case .writeOff: return .uncollectible
        case .payInFull: return .paid
        case .cancel: return .cancelled
        case .contact, .flagUncredited: return status
        }
    }

    /// Why an event is forbidden in a status. Only meaningful for forbidden pairs.
    ///
    /// - Parameters:
    ///   - event: The event.
    ///   - status: The current status.
    /// - Returns: The reason.
    public static func reason(_ event: CollectionEventKind, from status: CollectionStatusKind) -> TransitionError.Reason
    {
        if status.isClosed { return .closed }
        switch event {
        case .breakPromise, .keepPromise: return .noPromise
        case .defaultPlan: return .noPaymentPlan
        case .flagUncredited: return .noReportedPayment
        case .resolveDispute: return .noDispute
        default: break
        }
        if target(of: event, from: .normal) == status {
            return .alreadyInStatus
        }
        switch status {
        case .disputed, .inClarification:
            return event == .requestClarification ? .disputeNotDowngraded : .disputeOpen
        case .paymentPlan:
            return .replacedByPaymentPlan
        case .legal:
            return .inLegalProceedings
        default:
            return .alreadyInStatus
        }
    }
}
