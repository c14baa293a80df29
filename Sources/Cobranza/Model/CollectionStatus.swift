/// Where an invoice stands in the collection process (status de cobranza).
///
/// The data a status needs lives in the status itself — a promise carries its date, a dispute its
/// department and reason — so an impossible combination (a promise without a date, a dispute without a
/// department) cannot be written. Which status may follow which is decided by the collection-status state
/// machine; this type only describes them.
///
/// A status encodes as a flat object tagged by `status`:
/// `{"status": "promised", "promise": {"date": "2024-03-15", "amount": {...}}}`, `{"status": "normal"}`.
///
/// The cases with more than a date of data are `indirect` (held in a shared box): most invoices are normal,
/// paid or paying, and every ``Invoice`` and ``Activity`` would otherwise carry room for a dispute inline
/// (41 bytes instead of 9).
public enum CollectionStatus: Sendable, Hashable {
    /// Being collected normally: the cadence applies (normal).
    case normal
    /// The customer promised to pay by a date, maybe a part (promesa de pago).
    indirect case promised(PaymentPromise)
    /// The customer says it already paid, on a date; waiting for the money to be credited (pago informado).
    case paymentReported(on: CivilDate)
    /// The customer disputes the invoice; a department must resolve it (disputa).
    indirect case disputed(Dispute)
    /// A department is clarifying a question about the invoice (en aclaración).
    indirect case inClarification(Dispute)
    /// Paying under way: the customer is paying it off in parts without a formal plan (pagando).
    case paying
    /// Negotiating terms with the customer (negociando).
    case negotiating
    /// Replaced by a payment plan's installments (en convenio).
    indirect case paymentPlan(agreementID: String)
    /// The customer refuses to pay (negativa de pago).
    case refusedToPay
    /// In court (legal).
    case legal
    /// Written off as uncollectible (incobrable, venta castigada).
    case uncollectible
    /// Fully paid; closed.
    case paid
    /// Cancelled (by a credit note, or replaced); closed.
    case cancelled

    /// The status without its data, for tables, queries and reports.
    public var kind: CollectionStatusKind {
        switch self {
        case .normal: return .normal
        case .promised: return .promised
        case .paymentReported: return .paymentReported
        case .disputed: return .disputed
        case .inClarification: return .inClarification
        case .paying: return .paying
        case .negotiating: return .negotiating
        case .paymentPlan: return .paymentPlan
        case .refusedToPay: return .refusedToPay
        case .legal: return .legal
        case .uncollectible: return .uncollectible
        case .paid: return .paid
        case .cancelled: return .cancelled
        }
    }

    /// Whether the invoice is closed and needs no more collection (paid, cancelled or written off).
    public var isClosed: Bool { kind.isClosed }

    /// Whether automatic reminders are held for the invoice: everything but ``normal``, ``paying``,
    /// ``negotiating`` and ``refusedToPay`` (which the cadence escalates) holds them.
    public var holdsAutomaticReminders: Bool { kind.holdsAutomaticReminders }
}

/// A promise to pay (promesa de pago).
public struct PaymentPromise: Sendable, Hashable, Codable {
    /// The date the customer promised to pay by.
    public var date: CivilDate
    /// The amount promised, if the customer named one; `nil` means the whole balance.
    public var amount: Money?

    /// Creates a promise.
    ///
    /// - Parameters:
    ///   - date: The promised date.
    ///   - amount: The amount promised; `nil` for the whole balance.
    public init(date: CivilDate, amount: Money? = nil) {
        self.date = date
        self.amount = amount
    }
}

/// A dispute or clarification: who must resolve it, why, and since when.
public struct Dispute: Sendable, Hashable, Codable {
    /// The department responsible for resolving it.
    public var departmentID: DepartmentID
    /// The customer's reason, in its words.
    public var reason: String
    /// The day it was opened.
    public var openedOn: CivilDate

    /// Creates a dispute.
    ///
    /// - Parameters:
    ///   - departmentID: The responsible department.
    ///   - reason: The customer's reason.
    ///   - openedOn: The day it was opened.
    public init(departmentID: DepartmentID, reason: String, openedOn: CivilDate) {
        self.departmentID = departmentID
        self.reason = reason
        self.openedOn = openedOn
    }
}
