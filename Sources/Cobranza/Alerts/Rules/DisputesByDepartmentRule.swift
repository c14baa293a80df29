/// `disputes_by_department` — weekly, to each department: the open disputes it must resolve, with their age.
///
/// The rule reads the invoices whose status is ``CollectionStatus/disputed(_:)`` (and, unless
/// ``includeClarifications`` is off, ``CollectionStatus/inClarification(_:)``) with a balance left. Each
/// department receives only the disputes routed to it, one item per customer and dispute, oldest first.
/// Department addresses come from ``AlertPolicy/departments`` (else the department's email on record).
///
/// ```json
/// "disputes_by_department": {"schedule": "weekly:monday", "includeClarifications": true}
/// ```
public struct DisputesByDepartmentRule: AlertRule, Hashable, Codable {
    /// When the rule runs; weekly on Monday by default.
    public var schedule: AlertSchedule
    /// Whether clarifications are listed with disputes; yes by default.
    public var includeClarifications: Bool

    /// Creates the rule.
    ///
    /// - Parameters:
    ///   - schedule: When it runs.
    ///   - includeClarifications: Whether clarifications are listed too.
    public init(schedule: AlertSchedule = .weekly(on: .monday), includeClarifications: Bool = true) {
        self.schedule = schedule
        self.includeClarifications = includeClarifications
    }

    /// Decodes the rule; missing fields take their defaults.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            schedule: try container.decodeIfPresent(AlertSchedule.self, forKey: .schedule) ?? .weekly(on: .monday),
            includeClarifications: try container.decodeIfPresent(Bool.self, forKey: .includeClarifications) ?? true)
    }

    /// `disputes_by_department`.
    public static let name = "disputes_by_department"
    /// `disputes_by_department`.
    public var name: String { Self.name }

    /// The digest's title and introduction.
    ///
    /// - Parameter language: The recipient's language.
    /// - Returns: The wording.
    public func wording(in language: AlertLanguage) -> AlertWording {
        switch language {
        case .spanish:
            return AlertWording(
                title: "Disputas a resolver por su área",
                introduction: "Estas facturas tienen una disputa que su área debe resolver para que el cliente "
                    + "pague. Las más antiguas primero.")
        case .english:
            return AlertWording(
                title: "Disputes for your department to resolve",
                introduction: "These invoices have a dispute your department must resolve before the customer "
                    + "pays. Oldest first.")
        }
    }

    /// Requires at least one department address in the policy.
    ///
    /// - Parameter policy: The policy.
    /// - Throws: ``AlertPolicyError/noRecipient(rule:field:reason:)``.
    public func validate(in policy: AlertPolicy) throws(AlertPolicyError) {
        guard !policy.departments.isEmpty else {
            throw .noRecipient(
                rule: name, field: "departments",
                reason: "no department address is configured; add the departments that resolve disputes")
        }
    }

    /// One item per customer and dispute, oldest first, each for the responsible department.
    ///
    /// - Parameter context: The run.
    /// - Returns: The findings.
    public func findings(in context: AlertContext) -> [AlertFinding] {
        OpenDisputes(in: context.snapshot, includeClarifications: includeClarifications).entries.compactMap {
            entry in
            guard let item = OpenDisputes.item(for: entry, in: context) else { return nil }
            return AlertFinding(item: item, recipients: [.department(entry.dispute.departmentID)])
        }
    }
}
