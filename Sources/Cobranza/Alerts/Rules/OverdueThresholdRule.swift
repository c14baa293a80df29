/// `overdue_threshold` — when it happens, to the collector (and supervisor): invoices that passed the number
/// of days late configured for their customer's risk tier.
///
/// An invoice passes N days late on the first day it is more than N days late: due date + N + 1. A run lists
/// the invoices that passed their threshold since the rule's previous run (on its first run, those passing on
/// the day), so an invoice is reported once, and a run that was missed for a few days catches up. One item
/// per customer, most days late first.
///
/// The threshold is ``days`` for the customer's ``Customer/effectiveRiskTier``, else ``defaultDays``; a
/// customer with neither is not watched.
///
/// ```json
/// "overdue_threshold": {"schedule": "on_event", "days": {"A": 60, "B": 45, "C": 30, "D": 15},
///                       "defaultDays": 30, "notify": {"collector": true, "supervisor": true}}
/// ```
public struct OverdueThresholdRule: AlertRule, Hashable, Codable {
    /// When the rule runs; on event by default.
    public var schedule: AlertSchedule
    /// The days late that trigger the alert, by risk tier name; an invoice is reported when it is more than
    /// this many days late.
    public var days: [String: Int]
    /// The threshold for customers whose tier is not in ``days`` or who have no tier; `nil` leaves them out.
    public var defaultDays: Int?
    /// Who is notified; the collector and the supervisor by default.
    public var notify: AlertAudience

    /// Creates the rule.
    ///
    /// - Parameters:
    ///   - schedule: When it runs.
    ///   - days: The thresholds by tier name.
    ///   - defaultDays: The threshold for other tiers and customers without one.
    ///   - notify: Who is notified.
    public init(
        schedule: AlertSchedule = .onEvent, days: [String: Int] = ["A": 60, "B": 45, "C": 30, "D": 15],
        defaultDays: Int? = 30, notify: AlertAudience = AlertAudience()
    ) {
        self.schedule = schedule
        self.days = days
        self.defaultDays = defaultDays
        self.notify = notify
    }

    /// The JSON keys.
    enum CodingKeys: String, CodingKey {
        case schedule
        case days
        case defaultDays
        case notify
    }

    /// Decodes the rule; missing fields take their defaults (an explicit `"defaultDays": null` turns the
    /// default threshold off).
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = OverdueThresholdRule()
        self.init(
            schedule: try container.decodeIfPresent(AlertSchedule.self, forKey: .schedule) ?? defaults.schedule,
            days: try container.decodeIfPresent([String: Int].self, forKey: .days) ?? defaults.days,
            defaultDays: container.contains(.defaultDays)
                ? try container.decodeIfPresent(Int.self, forKey: .defaultDays) : defaults.defaultDays,
            notify: try container.decodeIfPresent(AlertAudience.self, forKey: .notify) ?? defaults.notify)
    }

    /// Encodes the rule, writing `defaultDays` even when it is `null`.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schedule, forKey: .schedule)
        try container.encode(days, forKey: .days)
        try container.encode(defaultDays, forKey: .defaultDays)
        try container.encode(notify, forKey: .notify)
    }

    /// `overdue_threshold`.
    public static let name = "overdue_threshold"
    /// `overdue_threshold`.
    public var name: String { Self.name }

    /// The threshold for a tier: ``days`` for its name, else ``defaultDays``.
    ///
    /// - Parameter tier: The customer's effective tier, if any.
    /// - Returns: The days, or `nil` when the customer is not watched.
    public func threshold(for tier: RiskTier?) -> Int? {
        tier.flatMap { days[$0.name] } ?? defaultDays
    }

    /// The digest's title and introduction.
    ///
    /// - Parameter language: The recipient's language.
    /// - Returns: The wording.
    public func wording(in language: AlertLanguage) -> AlertWording {
        switch language {
        case .spanish:
            return AlertWording(
                title: "Deuda que superó los días de mora",
                introduction: "Estas facturas superaron los días de mora configurados para el nivel de riesgo del "
                    + "cliente.")
        case .english:
            return AlertWording(
                title: "Debt past the days-late threshold",
                introduction: "These invoices passed the days late configured for the customer's risk tier.")
        }
    }

    /// Requires non-negative thresholds, at least one of them, and somebody to notify.
    ///
    /// - Parameter policy: The policy.
    /// - Throws: ``AlertPolicyError``.
    public func validate(in policy: AlertPolicy) throws(AlertPolicyError) {
        for (tier, value) in days.sorted(by: { $0.key < $1.key }) where value < 0 {
            throw .invalidParameter(rule: name, field: "rules.\(name).days.\(tier)", reason: "must not be negative")
        }
        if let defaultDays, defaultDays < 0 {
            throw .invalidParameter(rule: name, field: "rules.\(name).defaultDays", reason: "must not be negative")
        }
        guard !days.isEmpty || defaultDays != nil else {
            throw .invalidParameter(
                rule: name, field: "rules.\(name).days", reason: "no threshold: set days per tier or defaultDays")
        }
        try notify.validate(rule: name, field: "rules.\(name).notify", in: policy)
    }

    /// One item per customer with invoices that passed their threshold since the previous run.
    ///
    /// - Parameter context: The run.
    /// - Returns: The findings, most days late first.
    public func findings(in context: AlertContext) -> [AlertFinding] {
        var crossings: [CustomerID: [(invoice: Invoice, on: CivilDate)]] = [:]
        var thresholds: [CustomerID: Int] = [:]
        for invoice in context.snapshot.invoices.values where invoice.isOpen {
            let tier = context.snapshot.customers[invoice.customerID]?.effectiveRiskTier
            guard let threshold = threshold(for: tier) else { continue }
            let crossedOn = invoice.dueDate.adding(days: threshold + 1)
            let isNew = context.previousRunDate.map { crossedOn > $0 } ?? (crossedOn == context.date)
            guard isNew, crossedOn <= context.date else { continue }
            crossings[invoice.customerID, default: []].append((invoice, crossedOn))
            thresholds[invoice.customerID] = threshold
        }
        let findings = crossings.compactMap { customerID, crossed -> AlertFinding? in
            let reason = AlertReason.overdueThreshold(
                thresholdDays: thresholds[customerID] ?? 0, crossedOn: crossed.map(\.on).min() ?? context.date,
                tier: context.snapshot.customers[customerID]?.effectiveRiskTier)
            guard let item = context.item(customerID, invoices: crossed.map(\.invoice), reason: reason) else {
                return nil
            }
            return AlertFinding(item: item, recipients: context.recipients(for: customerID, audience: notify))
        }
        return findings.sorted {
            ($1.item.maxDaysLate, $0.item.customerID) < ($0.item.maxDaysLate, $1.item.customerID)
        }
    }
}
