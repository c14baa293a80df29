import Foundation

/// Which outbox entries to read.
public struct OutboxQuery: Sendable, Hashable {
    /// The broad delivery states to include.
    public var states: Set<OutboxStateKind>?
    /// Only entries recorded at or after this instant.
    public var createdSince: Date?

    /// Creates a query.
    ///
    /// - Parameters:
    ///   - states: Only entries in these states.
    ///   - createdSince: Only entries recorded at or after this instant.
    public init(states: Set<OutboxStateKind>? = nil, createdSince: Date? = nil) {
        self.states = states
        self.createdSince = createdSince
    }

    /// Every entry.
    public static let all = OutboxQuery()

    /// Whether an entry satisfies the query.
    ///
    /// - Parameter entry: An outbox entry.
    /// - Returns: Whether every condition holds.
    public func matches(_ entry: OutboxEntry) -> Bool {
        if let states, !states.contains(entry.state.kind) { return false }
        if let createdSince, entry.createdAt < createdSince { return false }
        return true
    }
}

/// The broad state of an outbox entry, without its details, for queries and indexes.
public enum OutboxStateKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// ``OutboxState/pending``.
    case pending
    /// ``OutboxState/claimed(by:until:)``.
    case claimed
    /// ``OutboxState/delivered(_:)``.
    case delivered
    /// ``OutboxState/retrying(after:lastError:)``.
    case retrying
    /// ``OutboxState/failed(reason:)``.
    case failed
}

extension OutboxState {
    /// The broad state.
    public var kind: OutboxStateKind {
        switch self {
        case .pending: return .pending
        case .claimed: return .claimed
        case .delivered: return .delivered
        case .retrying: return .retrying
        case .failed: return .failed
        }
    }
}
