/// A policy value that makes no sense, named by its field path (`dispatch.maxAttempts`,
/// `cadences.A.steps[2].channels`).
public enum PolicyError: Error, Sendable, Hashable {
    /// A field has a value out of range or inconsistent with another.
    case invalidValue(field: String, reason: String)
    /// A field that must be present is missing or empty.
    case missingValue(field: String)
}

extension PolicyError: CustomStringConvertible {
    /// A sentence naming the field and the problem.
    public var description: String {
        switch self {
        case .invalidValue(let field, let reason): return "Invalid policy value at '\(field)': \(reason)"
        case .missingValue(let field): return "Missing policy value at '\(field)'"
        }
    }
}
