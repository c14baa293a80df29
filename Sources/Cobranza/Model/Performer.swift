/// Who performed an activity: the system (automation) or a collector.
public enum Performer: Sendable, Hashable, Codable {
    /// Cobranza itself: an automatic message, a time-driven transition, a payment import.
    case system
    /// A collector, by identifier.
    case collector(CollectorID)

    /// The collector, if a person performed it.
    public var collectorID: CollectorID? {
        if case .collector(let id) = self { return id }
        return nil
    }
}
