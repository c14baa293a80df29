import Foundation

/// Where an outbox entry is in its delivery.
///
/// ```
/// pending ──claim──▶ claimed ──sent──▶ delivered
///    ▲                  │ └──transient──▶ retrying ──claim (after date)──▶ claimed …
///    │                  └──permanent / too many attempts──▶ failed
///    └── a claim whose lease ran out can be claimed again (the worker died)
/// ```
public enum OutboxState: Sendable, Hashable, Codable {
    /// Recorded, not yet attempted.
    case pending
    /// A worker is delivering it until the lease ends; after that another worker may take it over.
    case claimed(by: String, until: Date)
    /// The provider accepted it.
    case delivered(DeliveryReceipt)
    /// A transient failure; it may be claimed again from `after` on.
    case retrying(after: Date, lastError: String)
    /// Given up: a permanent failure or too many attempts.
    case failed(reason: String)

    /// Whether nothing more will happen to the entry.
    public var isFinal: Bool {
        switch self {
        case .delivered, .failed: return true
        case .pending, .claimed, .retrying: return false
        }
    }

    /// Whether a worker may claim the entry at an instant.
    ///
    /// - Parameter now: The instant of the claim.
    /// - Returns: `true` for pending entries, retries whose wait is over, and claims whose lease ran out.
    public func isClaimable(at now: Date) -> Bool {
        switch self {
        case .pending: return true
        case .retrying(let after, _): return after <= now
        case .claimed(_, let until): return until <= now
        case .delivered, .failed: return false
        }
    }
}
