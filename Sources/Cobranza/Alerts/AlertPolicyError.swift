/// Why an ``AlertPolicy`` cannot be used: each case names the rule (when one is concerned) and the field.
///
/// Fields are paths in the policy's JSON: `roles.actions.emails`, `rules.overdue_threshold.days.B`.
public enum AlertPolicyError: Error, Sendable, Hashable {
    /// An enabled rule would have nobody to send its digests to. Rules are never dropped silently: configure
    /// the recipient or remove the rule.
    case noRecipient(rule: String, field: String, reason: String)
    /// A rule's parameter is out of range or inconsistent.
    case invalidParameter(rule: String, field: String, reason: String)
    /// An address block (a role, a department) is unusable: no address, or an address that is not one.
    case invalidAddress(field: String, reason: String)
    /// Two rules have the same name, so their digests would share idempotency keys.
    case duplicateRule(name: String)
    /// A rule name that cannot appear in a key: empty, or with characters other than lowercase ASCII letters,
    /// digits and `_`.
    case invalidRuleName(String)
    /// A field outside the rules is unusable (the locale, the fallback role).
    case invalidValue(field: String, reason: String)
}

extension AlertPolicyError: CustomStringConvertible {
    /// A sentence naming the rule, the field and the problem.
    public var description: String {
        switch self {
        case .noRecipient(let rule, let field, let reason):
            return "Alert rule '\(rule)' has no recipient configured at '\(field)': \(reason)"
        case .invalidParameter(let rule, let field, let reason):
            return "Alert rule '\(rule)' has an invalid parameter at '\(field)': \(reason)"
        case .invalidAddress(let field, let reason):
            return "Invalid alert address at '\(field)': \(reason)"
        case .duplicateRule(let name):
            return "Alert rule '\(name)' is configured twice; rule names must be unique"
        case .invalidRuleName(let name):
            return "Invalid alert rule name '\(name)': use lowercase ASCII letters, digits and '_'"
        case .invalidValue(let field, let reason):
            return "Invalid alert policy value at '\(field)': \(reason)"
        }
    }
}
