/// Who speaks for the company in a cadence step: whose name and signature a message carries, or who makes
/// the call.
public enum SenderRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The system itself: automatic notices signed by the collections department.
    case system
    /// The collector assigned to the customer.
    case collector
    /// The collector's supervisor (or the head of collections).
    case supervisor
    /// The legal department or the company's lawyers.
    case legal
}
