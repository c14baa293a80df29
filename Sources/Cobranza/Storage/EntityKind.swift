/// The kinds of record a store keeps, as named in ``StoreError``.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A ``Customer``.
    case customer
    /// A ``Collector``.
    case collector
    /// A ``Department``.
    case department
    /// An ``Invoice``.
    case invoice
    /// A ``Payment``.
    case payment
    /// An ``Activity``.
    case activity
    /// A ``FollowUpTask``.
    case task
    /// An ``OutboxEntry``.
    case outboxEntry = "outbox_entry"
    /// The alert cursor (see ``AlertCursorStore``).
    case alertCursor = "alert_cursor"
    /// A partition of a day's customers (see ``CustomerPartitionStore``).
    case customerPartition = "customer_partition"
}
