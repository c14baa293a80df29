/// `disputes_by_collector` — weekly, to each collector: their customers' open disputes, with the department
/// responsible for resolving each.
///
/// The same disputes as ``DisputesByDepartmentRule``, routed by the customer's assignment instead, so each
/// collector sees only their own customers. Oldest first.
///
/// ```json
/// "disputes_by_collector": {"schedule": "weekly:monday", "includeClarifications": true}
/// ```
public struct DisputesByCollectorRule: AlertRule, Hashable, Codable {
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

    /// `disputes_by_collector`.
    public static let name = "disputes_by_collector"
    /// `disputes_by_collector`.
    public var name: String { Self.name }

    /// The digest's title and introduction.
    ///
    /// - Parameter language: The recipient's language.
    /// - Returns: The wording.
    public func wording(in language: AlertLanguage) -> AlertWording {
        switch language {
        case .spanish:
            return AlertWording(
                title: "Disputas pendientes de sus clientes",
                introduction: "Estas facturas de sus clientes tienen una disputa pendiente de resolver, con el área "
                    + "responsable. Las más antiguas primero.")
        case .english:
            return AlertWording(
                title: "Your customers' open disputes",
                introduction: "These invoices of your customers have a dispute waiting to be resolved, with the "
                    + "department responsible. Oldest first.")
        }
    }

    /// One item per customer and dispute, oldest first, each for the customer's collector.
    ///
    /// - Parameter context: The run.
    /// - Returns: The findings.
    public func findings(in context: AlertContext) -> [AlertFinding] {
        OpenDisputes(in: context.snapshot, includeClarifications: includeClarifications).entries.compactMap {
            entry in
            guard let item = OpenDisputes.item(for: entry, in: context) else { return nil }
            return AlertFinding(item: item, recipients: context.collector(of: entry.customerID).map { [$0] } ?? [])
        }
    }
}
