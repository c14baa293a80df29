import Foundation

/// Which activities to read. Every condition given must hold; `nil` means no condition.
public struct ActivityQuery: Sendable, Hashable {
    /// Only these customers' activities.
    public var customerIDs: Set<CustomerID>?
    /// Only activities of these kinds.
    public var kinds: Set<ActivityKind>?
    /// Only activities at or after this instant.
    public var since: Date?
    /// Only activities before this instant.
    public var until: Date?

    /// Creates a query.
    ///
    /// - Parameters:
    ///   - customerIDs: Only these customers' activities.
    ///   - kinds: Only these kinds.
    ///   - since: Only at or after this instant.
    ///   - until: Only before this instant.
    public init(
        customerIDs: Set<CustomerID>? = nil, kinds: Set<ActivityKind>? = nil, since: Date? = nil, until: Date? = nil
    ) {
        self.customerIDs = customerIDs
        self.kinds = kinds
        self.since = since
        self.until = until
    }

    /// Every activity.
    public static let all = ActivityQuery()

    /// Whether an activity satisfies the query.
    ///
    /// - Parameter activity: An activity.
    /// - Returns: Whether every condition holds.
    public func matches(_ activity: Activity) -> Bool {
        if let customerIDs, !customerIDs.contains(activity.customerID) { return false }
        if let kinds, !kinds.contains(activity.kind) { return false }
        if let since, activity.timestamp < since { return false }
        if let until, activity.timestamp >= until { return false }
        return true
    }
}

/// An activity with its position in the log: positions grow with every append and are never reused, so
/// "everything since position N" is how a reader catches up.
public struct LoggedActivity: Sendable, Hashable {
    /// The position in the log, starting at 1.
    public var position: Int64
    /// The activity.
    public var activity: Activity

    /// Creates a logged activity.
    ///
    /// - Parameters:
    ///   - position: The position in the log.
    ///   - activity: The activity.
    public init(position: Int64, activity: Activity) {
        self.position = position
        self.activity = activity
    }
}
