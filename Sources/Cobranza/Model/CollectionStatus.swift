/// Where an invoice stands in the collection process.
///
/// This is the foundation's minimal set: an invoice is being collected normally, has been paid, or was
/// cancelled. The collection-status state machine (promises, reported payments, disputes, payment plans,
/// legal, write-off) extends it.
public enum CollectionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Being collected normally: the cadence applies.
    case normal
    /// Fully paid; closed.
    case paid
    /// Cancelled (for example by a credit note); closed.
    case cancelled

    /// Whether the invoice is closed and needs no more collection.
    public var isClosed: Bool { self == .paid || self == .cancelled }
}
