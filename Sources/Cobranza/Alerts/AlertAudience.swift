/// Who an event rule notifies about a customer: its collector, the collector's supervisor, and policy roles.
///
/// ```json
/// {"collector": true, "supervisor": true, "roles": ["legal"]}
/// ```
public struct AlertAudience: Sendable, Hashable, Codable {
    /// Notify the collector assigned to the customer.
    public var collector: Bool
    /// Notify that collector's supervisor (``Collector/supervisorID``).
    public var supervisor: Bool
    /// Notify these roles of ``AlertPolicy/roles``.
    public var roles: [String]

    /// Creates an audience.
    ///
    /// - Parameters:
    ///   - collector: Notify the customer's collector.
    ///   - supervisor: Notify the collector's supervisor.
    ///   - roles: Notify these policy roles.
    public init(collector: Bool = true, supervisor: Bool = true, roles: [String] = []) {
        self.collector = collector
        self.supervisor = supervisor
        self.roles = roles
    }

    /// Decodes an audience; a missing field takes its default (collector and supervisor yes, no roles).
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a field of the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            collector: try container.decodeIfPresent(Bool.self, forKey: .collector) ?? true,
            supervisor: try container.decodeIfPresent(Bool.self, forKey: .supervisor) ?? true,
            roles: try container.decodeIfPresent([String].self, forKey: .roles) ?? [])
    }

    /// Checks the audience names somebody and that its roles exist in the policy.
    ///
    /// - Parameters:
    ///   - rule: The rule's name, for the error.
    ///   - field: The audience's field path, for the error.
    ///   - policy: The policy.
    /// - Throws: ``AlertPolicyError/noRecipient(rule:field:reason:)``.
    public func validate(rule: String, field: String, in policy: AlertPolicy) throws(AlertPolicyError) {
        guard collector || supervisor || !roles.isEmpty else {
            throw .noRecipient(
                rule: rule, field: field, reason: "collector and supervisor are off and no role is named")
        }
        for (index, role) in roles.enumerated() where policy.roles[role] == nil {
            throw .noRecipient(
                rule: rule, field: "\(field).roles[\(index)]", reason: "role '\(role)' is not defined in 'roles'")
        }
    }
}
