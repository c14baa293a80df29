/// The internal alerts configuration: which rules run, on which schedule, with which parameters, and the
/// addresses of the people and departments they report to.
///
/// ```json
/// {
///   "locale": "es-AR",
///   "roles": {"actions": {"name": "Marta Ruiz", "emails": ["acciones@empresa.com.ar"]}},
///   "departments": {
///     "sales": {"name": "Ventas", "emails": ["ventas@empresa.com.ar"]},
///     "billing": {"name": "Facturación", "emails": ["facturacion@empresa.com.ar"]}
///   },
///   "fallbackRole": "actions",
///   "rules": {
///     "action_required": {"schedule": "daily"},
///     "broken_promises": {"schedule": "daily"},
///     "reported_not_credited": {"schedule": "weekly:monday", "afterDays": 7},
///     "disputes_by_department": {"schedule": "weekly:monday"},
///     "disputes_by_collector": {"schedule": "weekly:monday"},
///     "overdue_threshold": {"schedule": "on_event", "days": {"A": 60, "B": 45, "C": 30}, "defaultDays": 30},
///     "refused_to_pay": {"schedule": "on_event", "notify": {"collector": true, "supervisor": true}}
///   }
/// }
/// ```
///
/// Collectors are addressed from the customer assignment (``Customer/collectorID``, ``Collector/email``);
/// departments from ``departments`` (else the ``Department/email`` on record); the person responsible for
/// actions and any other role from ``roles``. Call ``validate(customRules:)`` after loading: a rule with
/// nobody to send to is an error that names it, never a silent drop.
public struct AlertPolicy: Sendable, Hashable, Codable {
    /// The locale digests are written in unless the addressee has its own, such as `es-AR`.
    public var locale: String
    /// People and mailboxes by role: `actions` (the person responsible for actions), `supervisor`, `legal` …
    public var roles: [String: AlertAddressee]
    /// Department addresses by department identifier (`sales`, `billing`, `accounting`, `shipping`,
    /// `customer_service`, or the integrator's own).
    public var departments: [String: AlertAddressee]
    /// The role that receives items nobody else can: customers without a collector, collectors or departments
    /// without an address. `nil` reports them in ``AlertEvaluation/unrouted`` instead.
    public var fallbackRole: String?
    /// The built-in rules and their parameters.
    public var rules: AlertRuleSet

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - locale: The default locale.
    ///   - roles: People and mailboxes by role.
    ///   - departments: Department addresses by department identifier.
    ///   - fallbackRole: The role receiving items nobody else can.
    ///   - rules: The built-in rules.
    public init(
        locale: String = "es-AR", roles: [String: AlertAddressee] = [:], departments: [String: AlertAddressee] = [:],
        fallbackRole: String? = nil, rules: AlertRuleSet = .standard
    ) {
        self.locale = locale
        self.roles = roles
        self.departments = departments
        self.fallbackRole = fallbackRole
        self.rules = rules
    }

    /// Decodes a policy; missing fields take their defaults (`es-AR`, no roles or departments, no rules).
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed field or an unknown rule name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            locale: try container.decodeIfPresent(String.self, forKey: .locale) ?? "es-AR",
            roles: try container.decodeIfPresent([String: AlertAddressee].self, forKey: .roles) ?? [:],
            departments: try container.decodeIfPresent([String: AlertAddressee].self, forKey: .departments) ?? [:],
            fallbackRole: try container.decodeIfPresent(String.self, forKey: .fallbackRole),
            rules: try container.decodeIfPresent(AlertRuleSet.self, forKey: .rules) ?? AlertRuleSet())
    }

    /// The address of a department: the policy's entry, else the department's own email on record.
    ///
    /// - Parameters:
    ///   - departmentID: The department.
    ///   - snapshot: The state, for the department's record.
    /// - Returns: The addressee, or `nil` when neither has an address.
    public func addressee(for departmentID: DepartmentID, in snapshot: AlertSnapshot) -> AlertAddressee? {
        if let configured = departments[departmentID.rawValue] { return configured }
        guard let department = snapshot.departments[departmentID], let email = department.email else { return nil }
        return AlertAddressee(name: department.name, emails: [email])
    }

    /// Checks the whole policy: addresses, the fallback role, and every rule (built-in and custom) with its
    /// recipients and parameters.
    ///
    /// ```swift
    /// let policy = try JSONDecoder().decode(AlertPolicy.self, from: json)
    /// try policy.validate()   // AlertPolicyError.noRecipient(rule: "action_required", field: "roles.actions", …)
    /// ```
    ///
    /// - Parameter customRules: The integrator's own rules that run with the built-in ones.
    /// - Throws: ``AlertPolicyError`` naming the rule and the field.
    public func validate(customRules: [any AlertRule] = []) throws(AlertPolicyError) {
        guard !locale.isEmpty else { throw .invalidValue(field: "locale", reason: "must not be empty") }
        for (role, addressee) in roles.sorted(by: { $0.key < $1.key }) {
            try addressee.validate(field: "roles.\(role)")
        }
        for (department, addressee) in departments.sorted(by: { $0.key < $1.key }) {
            try addressee.validate(field: "departments.\(department)")
        }
        if let fallbackRole, roles[fallbackRole] == nil {
            throw .invalidValue(field: "fallbackRole", reason: "role '\(fallbackRole)' is not defined in 'roles'")
        }
        var names = Set<String>()
        for rule in rules.all + customRules {
            guard AlertPolicy.isValidRuleName(rule.name) else { throw .invalidRuleName(rule.name) }
            guard names.insert(rule.name).inserted else { throw .duplicateRule(name: rule.name) }
            try rule.validate(in: self)
        }
    }

    /// Whether a rule name can appear in keys: non-empty lowercase ASCII letters, digits and `_`.
    ///
    /// - Parameter name: A rule name.
    /// - Returns: Whether it is valid.
    static func isValidRuleName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }
}
