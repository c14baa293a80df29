import Foundation

/// Where a ``CustomerPartition`` stands on its day.
public enum CustomerPartitionState: Sendable, Hashable {
    /// Nobody has claimed it yet.
    case open
    /// An engine is working on it; the claim lapses at `until` and another engine may then take it over.
    case claimed(by: String, until: Date)
    /// Its stages were committed by `by` at `at`; nobody claims it again that day.
    case finished(by: String, at: Date)

    /// Whether a claim made at `now` may take the partition: open, or claimed under a lease that has ended.
    ///
    /// - Parameter now: The instant of the claim.
    /// - Returns: `true` when claimable.
    public func isClaimable(at now: Date) -> Bool {
        switch self {
        case .open: return true
        case .claimed(_, let until): return until <= now
        case .finished: return false
        }
    }

    /// Whether the partition is finished.
    public var isFinished: Bool {
        if case .finished = self { return true }
        return false
    }
}
