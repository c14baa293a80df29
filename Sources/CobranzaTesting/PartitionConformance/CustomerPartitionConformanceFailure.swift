/// A broken rule of the customer-partition contract, found by ``CustomerPartitionConformance``.
public struct CustomerPartitionConformanceFailure: Error, Sendable, CustomStringConvertible {
    /// The check that found it.
    public var check: CustomerPartitionCheck
    /// What was expected and what happened.
    public var message: String
    /// The line of the expectation in the suite.
    public var line: Int

    /// The check, the message and the place.
    public var description: String { "[\(check.rawValue)] \(message) (CustomerPartitionConformance:\(line))" }
}
