import Foundation

/// Every policy of a company in one Codable value: what the daily run (``CollectionEngine``) applies.
///
/// ```json
/// {
///   "status": {"promiseGraceDays": 2, "uncreditedAfterDays": 5},
///   "risk": {"consecutiveEvaluations": 2},
///   "riskSchedule": "weekly:monday",
///   "cadence": {"tiers": {"A": {"steps": []}}},
///   "alerts": {"roles": {"actions": {"name": "Marta Ruiz", "emails": ["acciones@empresa.com.ar"]}}},
///   "dispatch": {"maxAttempts": 5},
///   "sharing": {"customerPartitions": 16},
///   "company": {"name": "Ferretería Sur S.A.", "phone": "+54 11 5555-0000", "paymentInstructions": "CBU …"}
/// }
/// ```
///
/// Every member may be left out of the JSON and takes its value from ``standard``. Decoding validates the
/// members that validate themselves; call ``validate()`` on a policy built in code (``CollectionEngine``
/// does it for you). Errors name the field path, such as `status.promiseGraceDays`.
public struct CollectionPolicy: Sendable, Hashable {
    /// Time-driven status transitions: grace days, when a reported payment is flagged.
    public var status: StatusPolicy
    /// Risk classification.
    public var risk: RiskPolicy
    /// The contact cadences per risk tier.
    public var cadence: CadencePolicy
    /// Internal alert rules and their recipients.
    public var alerts: AlertPolicy
    /// Outbox delivery: retries, backoff, leases.
    public var dispatch: DispatchPolicy
    /// The company as the templates quote it: name, phone, payment instructions.
    public var company: CompanyProfile
    /// When risk is re-classified.
    public var riskSchedule: RiskSchedule
    /// How engines running the same day on one store share its customers.
    public var sharing: WorkSharingPolicy

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - status: Status transitions.
    ///   - risk: Risk classification.
    ///   - cadence: The cadences.
    ///   - alerts: Alert rules and recipients.
    ///   - dispatch: Delivery settings.
    ///   - company: The company profile.
    ///   - riskSchedule: When risk is re-classified.
    ///   - sharing: How engines share a day's customers.
    public init(
        status: StatusPolicy = StatusPolicy(), risk: RiskPolicy = .standard, cadence: CadencePolicy = .default,
        alerts: AlertPolicy = CollectionPolicy.standardAlerts, dispatch: DispatchPolicy = DispatchPolicy(),
        company: CompanyProfile = CollectionPolicy.standardCompany, riskSchedule: RiskSchedule = .weekly(.monday),
        sharing: WorkSharingPolicy = WorkSharingPolicy()
    ) {
        self.status = status
        self.risk = risk
        self.cadence = cadence
        self.alerts = alerts
        self.dispatch = dispatch
        self.company = company
        self.riskSchedule = riskSchedule
        self.sharing = sharing
    }

    /// The built-in policies: default status, risk and cadences, every alert rule, risk re-classified every
    /// Monday, and placeholder company and alert addresses to replace with the company's own.
    public static let standard = CollectionPolicy()

    /// The placeholder company of ``standard``.
    public static let standardCompany = CompanyProfile(
        name: "Empresa S.A.", paymentInstructions: "Transferencia bancaria a la cuenta informada en la factura.",
        phone: "+54 11 0000-0000", email: "cobranzas@example.com")

    /// The alerts of ``standard``: every built-in rule; placeholder addresses for the person responsible for
    /// actions (also the fallback for anything without an address), the supervisor, and the sales and billing
    /// departments. Replace them with the company's own.
    public static let standardAlerts = AlertPolicy(
        roles: [
            "actions": AlertAddressee(name: "Acciones", emails: ["acciones@example.com"]),
            "supervisor": AlertAddressee(name: "Supervisión de cobranzas", emails: ["supervision@example.com"]),
        ],
        departments: [
            "sales": AlertAddressee(name: "Ventas", emails: ["ventas@example.com"]),
            "billing": AlertAddressee(name: "Facturación", emails: ["facturacion@example.com"]),
        ],
        fallbackRole: "actions")

    /// Checks every member.
    ///
    /// - Throws: ``CollectionPolicyError`` naming the field path, such as `dispatch.maxAttempts`.
    public func validate() throws(CollectionPolicyError) {
        do { try status.validate() } catch { throw .wrapping(error, in: "status") }
        do { try risk.validate() } catch { throw .wrapping(error, in: "risk") }
        do { try cadence.validate() } catch { throw .wrapping(error, in: "cadence") }
        do { try alerts.validate() } catch { throw .wrapping(error) }
        do { try dispatch.validate() } catch { throw .wrapping(error, in: "dispatch") }
        do { try company.validate() } catch { throw .wrapping(error, in: "company") }
        do { try sharing.validate() } catch { throw .wrapping(error, in: "sharing") }
    }
}

extension CollectionPolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case status, risk, cadence, alerts, dispatch, company, riskSchedule, sharing
    }

    /// Decodes a policy; missing members take their ``standard`` values. The result is validated.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for malformed JSON or a member's own decoding error, and
    ///   ``CollectionPolicyError`` naming the field path for a value that makes no sense.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let standard = CollectionPolicy.standard
        func member<T: Decodable>(_ type: T.Type, _ key: CodingKeys) throws -> T? {
            do {
                return try container.decodeIfPresent(type, forKey: key)
            } catch let error as PolicyError {
                throw CollectionPolicyError.wrapping(error, in: key.stringValue)
            } catch let error as AlertPolicyError {
                throw CollectionPolicyError.wrapping(error)
            }
        }
        self.init(
            status: try member(StatusPolicy.self, .status) ?? standard.status,
            risk: try member(RiskPolicy.self, .risk) ?? standard.risk,
            cadence: try member(CadencePolicy.self, .cadence) ?? standard.cadence,
            alerts: try member(AlertPolicy.self, .alerts) ?? standard.alerts,
            dispatch: try member(DispatchPolicy.self, .dispatch) ?? standard.dispatch,
            company: try member(CompanyProfile.self, .company) ?? standard.company,
            riskSchedule: try member(RiskSchedule.self, .riskSchedule) ?? standard.riskSchedule,
            sharing: try member(WorkSharingPolicy.self, .sharing) ?? standard.sharing)
        try validate()
    }

    /// Encodes every member.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(risk, forKey: .risk)
        try container.encode(riskSchedule, forKey: .riskSchedule)
        try container.encode(cadence, forKey: .cadence)
        try container.encode(alerts, forKey: .alerts)
        try container.encode(dispatch, forKey: .dispatch)
        try container.encode(company, forKey: .company)
        try container.encode(sharing, forKey: .sharing)
    }

    /// Reads a policy from JSON.
    ///
    /// - Parameter json: The JSON document.
    /// - Returns: The validated policy.
    /// - Throws: ``CollectionPolicyError`` naming the field path; a malformed document is reported as an
    ///   invalid value at the path where decoding failed.
    public static func load(json: Data) throws(CollectionPolicyError) -> CollectionPolicy {
        do {
            return try JSONDecoder().decode(CollectionPolicy.self, from: json)
        } catch let error as CollectionPolicyError {
            throw error
        } catch let error as DecodingError {
            throw CollectionPolicyError(decoding: error)
        } catch {
            throw .invalidValue(field: "", reason: "\(error)")
        }
    }
}

extension CollectionPolicyError {
    /// The error for a JSON document that does not decode, naming the path where it failed.
    ///
    /// - Parameter error: The decoding error.
    init(decoding error: DecodingError) {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            self = .missingValue(field: path(context.codingPath + [key]))
        case .valueNotFound(_, let context):
            self = .missingValue(field: path(context.codingPath))
        case .typeMismatch(_, let context):
            self = .invalidValue(field: path(context.codingPath), reason: context.debugDescription)
        case .dataCorrupted(let context):
            let prefix = path(context.codingPath)
            if let policyError = context.underlyingError as? PolicyError {
                self = .wrapping(policyError, in: prefix)
            } else if let alertError = context.underlyingError as? AlertPolicyError {
                self = .wrapping(alertError)
            } else {
                self = .invalidValue(field: prefix, reason: context.debugDescription)
            }
        @unknown default:
            self = .invalidValue(field: "", reason: "\(error)")
        }
    }
}
