/// A company policy that makes no sense, named by its field path in the ``CollectionPolicy`` JSON
/// (`status.promiseGraceDays`, `cadence.tiers.B.steps[2].channels`, `alerts.roles.actions`, `company.name`).
public enum CollectionPolicyError: Error, Sendable, Hashable {
    /// A field has a value out of range or inconsistent with another.
    case invalidValue(field: String, reason: String)
    /// A field that must be present is missing or empty.
    case missingValue(field: String)

    /// The field path the error names.
    public var field: String {
        switch self {
        case .invalidValue(let field, _), .missingValue(let field): return field
        }
    }

    /// Prefixes a component's ``PolicyError`` with the component's field.
    ///
    /// - Parameters:
    ///   - error: The component's error.
    ///   - prefix: The component's field in ``CollectionPolicy`` (`status`, `risk` …); empty when the error
    ///     already names the full path.
    /// - Returns: The error naming the full path.
    static func wrapping(_ error: PolicyError, in prefix: String) -> CollectionPolicyError {
        func path(_ field: String) -> String {
            prefix.isEmpty || field.hasPrefix(prefix + ".") ? field : prefix + "." + field
        }
        switch error {
        case .invalidValue(let field, let reason): return .invalidValue(field: path(field), reason: reason)
        case .missingValue(let field): return .missingValue(field: path(field))
        }
    }

    /// Prefixes an ``AlertPolicyError`` with `alerts`.
    ///
    /// - Parameter error: The alert policy's error.
    /// - Returns: The error naming the full path.
    static func wrapping(_ error: AlertPolicyError) -> CollectionPolicyError {
        switch error {
        case .noRecipient(_, let field, let reason), .invalidParameter(_, let field, let reason),
            .invalidAddress(let field, let reason), .invalidValue(let field, let reason):
            return .invalidValue(field: "alerts." + field, reason: reason)
        case .duplicateRule(let name):
            return .invalidValue(field: "alerts.rules.\(name)", reason: error.description)
        case .invalidRuleName(let name):
            return .invalidValue(field: "alerts.rules.\(name)", reason: error.description)
        }
    }
}

extension CollectionPolicyError: CustomStringConvertible {
    /// A sentence naming the field and the problem.
    public var description: String {
        switch self {
        case .invalidValue(let field, let reason): return "Invalid policy value at '\(field)': \(reason)"
        case .missingValue(let field): return "Missing policy value at '\(field)'"
        }
    }
}
