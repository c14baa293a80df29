/// Why a message was not delivered, classified so the dispatcher knows whether to try again.
public enum SendError: Error, Sendable, Hashable {
    /// Worth retrying later: a time-out, a rate limit, the provider is down. `retryAfterSeconds` is the
    /// provider's hint, if it gave one.
    case transient(reason: String, retryAfterSeconds: Double? = nil)
    /// Never worth retrying: a bounced or invalid address, a rejected template, a blocked number. The
    /// dispatcher logs it and hands the contact to a person.
    case permanent(reason: String)

    /// Whether retrying may succeed.
    public var isTransient: Bool {
        if case .transient = self { return true }
        return false
    }

    /// The provider's reason.
    public var reason: String {
        switch self {
        case .transient(let reason, _), .permanent(let reason): return reason
        }
    }
}
