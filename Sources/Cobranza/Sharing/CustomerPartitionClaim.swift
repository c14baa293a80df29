import Foundation

/// An engine's request to take one partition of a day's customers (``CustomerPartitionStore``).
public struct CustomerPartitionClaim: Sendable, Hashable {
    /// The day.
    public var date: CivilDate
    /// How many partitions to split the day into when this is the day's first claim; later claims use the
    /// count the first one recorded.
    public var count: Int
    /// The engine's name, unique among engines running at once (host and process id).
    public var claimant: String
    /// The instant of the claim.
    public var now: Date
    /// When the claim lapses if the engine has not finished the partition.
    public var leaseUntil: Date

    /// Creates a claim.
    ///
    /// - Parameters:
    ///   - date: The day.
    ///   - count: Partitions for the day's first claim.
    ///   - claimant: The engine's name.
    ///   - now: The instant of the claim.
    ///   - leaseUntil: When the claim lapses.
    public init(date: CivilDate, count: Int, claimant: String, now: Date, leaseUntil: Date) {
        self.date = date
        self.count = count
        self.claimant = claimant
        self.now = now
        self.leaseUntil = leaseUntil
    }
}
