/// A collection status without its data: the names used in tables, queries, CSV and JSON.
public enum CollectionStatusKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// ``CollectionStatus/normal``.
    case normal
    /// ``CollectionStatus/promised(_:)``.
    case promised
    /// ``CollectionStatus/paymentReported(on:)``.
    case paymentReported = "payment_reported"
    /// ``CollectionStatus/disputed(_:)``.
    case disputed
    /// ``CollectionStatus/inClarification(_:)``.
    case inClarification = "in_clarification"
    /// ``CollectionStatus/paying``.
    case paying
    /// ``CollectionStatus/negotiating``.
    case negotiating
    /// ``CollectionStatus/paymentPlan(agreementID:)``.
    case paymentPlan = "payment_plan"
    /// ``CollectionStatus/refusedToPay``.
    case refusedToPay = "refused_to_pay"
    /// ``CollectionStatus/legal``.
    case legal
    /// ``CollectionStatus/uncollectible``.
    case uncollectible
    /// ``CollectionStatus/paid``.
    case paid
    /// ``CollectionStatus/cancelled``.
    case cancelled

    /// Whether the status closes the invoice.
    public var isClosed: Bool { self == .paid || self == .cancelled || self == .uncollectible }

    /// Whether the status holds automatic reminders.
    public var holdsAutomaticReminders: Bool {
        switch self {
        case .normal, .paying, .negotiating, .refusedToPay: return false
        default: return true
        }
    }
}
