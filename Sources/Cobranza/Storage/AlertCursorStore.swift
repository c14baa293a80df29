/// Keeps the alert cursor (``AlertCursor``): where each alert rule's last run ended.
///
/// The cursor is written by ``ChangeSet/replaceAlertCursor(with:expected:)`` in the same unit of work as the
/// digests it produced, so a crash can never leave digests recorded with an old cursor, or a new cursor
/// without its digests.
///
/// ## Implementation requirements
/// - ``alertCursor()`` returns the cursor of the last committed ``ChangeSet/alertCursor``, or `nil` when
///   none was ever committed.
/// - A commit with an ``AlertCursorChange`` whose ``AlertCursorChange/expected`` is not the stored cursor
///   fails with ``StoreError/conflict(_:id:reason:)`` (kind ``EntityKind/alertCursor``, id `alerts`) and
///   writes nothing; the check is a condition, made before uniqueness and references.
public protocol AlertCursorStore: Sendable {
    /// The stored alert cursor.
    ///
    /// - Returns: The cursor last committed, or `nil`.
    /// - Throws: ``StoreError``.
    func alertCursor() async throws -> AlertCursor?
}
