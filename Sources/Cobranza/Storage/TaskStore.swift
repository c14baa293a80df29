/// Reads follow-up tasks.
///
/// ## Implementation requirements
/// - ``tasks(matching:)`` returns the tasks satisfying ``TaskQuery/matches(_:)`` ordered by
///   (due date, id).
public protocol TaskStore: Sendable {
    /// The tasks matching a query.
    ///
    /// - Parameter query: The conditions.
    /// - Returns: The tasks ordered by (due date, id).
    /// - Throws: ``StoreError``.
    func tasks(matching query: TaskQuery) async throws -> [FollowUpTask]
}
