/// A replacement of the stored alert cursor in a ``ChangeSet``, conditional on the cursor that was read.
public struct AlertCursorChange: Sendable, Hashable {
    /// The new cursor.
    public var cursor: AlertCursor
    /// The cursor as it was read (`nil` when none was stored); the commit fails with
    /// ``StoreError/conflict(_:id:reason:)`` if the stored one differs (another run moved it meanwhile).
    public var expected: AlertCursor?

    /// Creates a change.
    ///
    /// - Parameters:
    ///   - cursor: The new cursor.
    ///   - expected: The cursor as it was read.
    public init(cursor: AlertCursor, expected: AlertCursor?) {
        self.cursor = cursor
        self.expected = expected
    }
}
