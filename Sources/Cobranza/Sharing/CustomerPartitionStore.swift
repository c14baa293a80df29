import Foundation

/// A store that lets several engines share a day's customers without a coordinator.
///
/// The day's customers are split into ``CustomerPartition``s. An engine claims one partition at a time with
/// a lease, runs the status review, risk and cadence stages for its customers, and marks it finished; an
/// engine that dies holding a claim loses it when the lease ends, and the next claim takes the partition
/// over (the stages recognise what was already committed, so nothing is recorded twice). The engine that
/// sees every partition finished runs the day's alerts.
///
/// ## Implementation requirements
/// - ``claimCustomerPartition(_:)`` is atomic across every process using the store. The day's first claim
///   records partitions 0 ..< `claim.count` (later claims keep that count). It takes the lowest-numbered
///   partition whose state ``CustomerPartitionState/isClaimable(at:)``, sets it to
///   ``CustomerPartitionState/claimed(by:until:)`` and returns it; `nil` when none is claimable.
///   On SQL databases: `SELECT … FOR UPDATE SKIP LOCKED`, or a conditional `UPDATE` in a serializable
///   transaction.
/// - ``finishCustomerPartition(_:at:)`` sets the partition to ``CustomerPartitionState/finished(by:at:)``
///   with the caller's ``CustomerPartition/finisher``, whoever holds the claim now (the work is done whoever
///   did it); finishing a finished partition changes nothing.
/// - ``customerPartitions(on:)`` returns the day's partitions ordered by number, `[]` before the first claim.
/// - Days are independent: claims of one date never touch another date's partitions.
///
/// `InMemoryCollectionStore`, the SQLite store and the PostgreSQL example conform; the conformance checks
/// are `CustomerPartitionConformance` in `CobranzaTesting`.
public protocol CustomerPartitionStore: Sendable {
    /// Atomically claims the next claimable partition of a day for one engine.
    ///
    /// - Parameter claim: The day, the partition count for its first claim, who claims, when, until when.
    /// - Returns: The partition, now claimed by `claim.claimant`; `nil` when every partition is finished or
    ///   under another engine's lease.
    /// - Throws: ``StoreError``.
    func claimCustomerPartition(_ claim: CustomerPartitionClaim) async throws -> CustomerPartition?

    /// Marks a partition's work done.
    ///
    /// - Parameters:
    ///   - partition: The partition (its date and number).
    ///   - instant: When it finished.
    /// - Throws: ``StoreError`` (``StoreError/invalidRecord(_:id:reason:)`` of kind
    ///   ``EntityKind/customerPartition`` when the day has no such partition).
    func finishCustomerPartition(_ partition: CustomerPartition, at instant: Date) async throws

    /// The partitions of a day.
    ///
    /// - Parameter date: The day.
    /// - Returns: Its partitions ordered by number; empty before the day's first claim.
    /// - Throws: ``StoreError``.
    func customerPartitions(on date: CivilDate) async throws -> [CustomerPartition]
}
