/// A place where a process can die between two steps of talking to its store.
public struct FaultPoint: Sendable, Hashable, CustomStringConvertible {
    /// Which side of which store call.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Before a unit of work is committed: nothing of it is written.
        case beforeCommit = "before_commit"
        /// After a unit of work was committed, before the caller learns it: all of it is written.
        case afterCommit = "after_commit"
        /// Before outbox entries are claimed (for a dispatcher: before any send of the batch).
        case beforeClaim = "before_claim"
        /// After outbox entries were claimed, before they are sent.
        case afterClaim = "after_claim"
        /// Before a message is handed to the provider (``FaultInjectingSender``): it is not sent.
        case beforeSend = "before_send"
        /// After the provider accepted a message, before its result is recorded: the one window in which a
        /// crash makes the next run send the message again.
        case afterSend = "after_send"
    }

    /// Which side of which call.
    public var kind: Kind
    /// The position of the point in the run, from 0: every store call and every send passes two points.
    public var ordinal: Int

    /// Creates a point.
    ///
    /// - Parameters:
    ///   - kind: Which side of which call.
    ///   - ordinal: The position in the run.
    public init(kind: Kind, ordinal: Int) {
        self.kind = kind
        self.ordinal = ordinal
    }

    /// `#7 after_commit`.
    public var description: String { "#\(ordinal) \(kind.rawValue)" }
}

/// The error a ``FaultInjectingStore`` throws at its scheduled point, standing for the process dying there.
public struct SimulatedCrash: Error, Sendable, Hashable {
    /// Where the process "died".
    public var point: FaultPoint

    /// Creates the error.
    ///
    /// - Parameter point: Where the process "died".
    public init(point: FaultPoint) {
        self.point = point
    }
}
