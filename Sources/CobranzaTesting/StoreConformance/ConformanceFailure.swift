/// A broken rule of the storage contract, found by ``StoreConformanceSuite``.
public struct ConformanceFailure: Error, Sendable, CustomStringConvertible {
    /// The check that found it.
    public var check: StoreConformanceCheck
    /// What was expected and what happened.
    public var message: String
    /// Where in the suite the expectation is.
    public var fileID: String
    /// The line of the expectation.
    public var line: Int

    /// The check, the message and the place.
    public var description: String { "[\(check.rawValue)] \(message) (\(fileID):\(line))" }
}
