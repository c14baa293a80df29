/// The outbox: messages recorded for delivery with unique idempotency keys, claimed by workers, and
/// marked with their result. It is what makes delivery exactly-once across re-runs, crashes and workers.
///
/// Entries are recorded by ``ChangeSet/enqueue(_:)`` in the same unit of work as the state change that
/// caused them, and their results by ``ChangeSet/record(_:)``.
///
/// ## Implementation requirements
/// - Keys are unique: enqueuing an existing key records nothing and reports the key as skipped.
/// - ``claimOutboxEntries(_:)`` is atomic across every process using the store: an entry is returned to
///   one claimant only until its lease ends. It takes entries that are ``OutboxState/isClaimable(at:)``,
///   oldest first (by creation instant, then key), sets them to ``OutboxState/claimed(by:until:)`` and
///   adds one to ``OutboxEntry/attempts``.
/// - ``outboxEntries(matching:)`` returns entries ordered by (creation instant, key).
public protocol Outbox: Sendable {
    /// The entries matching a query.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The entries ordered by (creation instant, key).
    /// - Throws: ``StoreError``.
    func outboxEntries(matching query: OutboxQuery) async throws -> [OutboxEntry]

    /// Atomically takes up to `claim.limit` claimable entries for one worker.
    ///
    /// - Parameter claim: Who claims, when, until when, and how many.
    /// - Returns: The entries now claimed by the worker, in their claimed state.
    /// - Throws: ``StoreError``.
    func claimOutboxEntries(_ claim: OutboxClaim) async throws -> [OutboxEntry]
}
