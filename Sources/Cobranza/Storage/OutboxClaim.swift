import Foundation

/// A worker's request to take outbox entries for delivery.
public struct OutboxClaim: Sendable, Hashable {
    /// The worker's name, unique among concurrent workers (host and process id, a UUID per run).
    public var claimant: String
    /// The instant of the claim.
    public var now: Date
    /// When the claim lapses if the worker has not recorded a result.
    public var leaseUntil: Date
    /// The most entries to take.
    public var limit: Int

    /// Creates a claim.
    ///
    /// - Parameters:
    ///   - claimant: The worker's name.
    ///   - now: The instant of the claim.
    ///   - leaseUntil: When the claim lapses.
    ///   - limit: The most entries to take.
    public init(claimant: String, now: Date, leaseUntil: Date, limit: Int) {
        self.claimant = claimant
        self.now = now
        self.leaseUntil = leaseUntil
        self.limit = limit
    }
}
