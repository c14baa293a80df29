/// `reported_not_credited` — weekly, to each collector: invoices their customers reported paid more than
/// ``afterDays`` days ago that are still unpaid.
///
/// Something odd is going on with these (the payment went to another invoice or another customer, the
/// transfer bounced): the collector must look into them. The rule reads the invoices whose status is
/// ``CollectionStatus/paymentReported(on:)`` with a balance left, one item per customer and report date,
/// oldest report first.
///
/// ```json
/// "reported_not_credited": {"schedule": "weekly:monday", "afterDays": 7}
/// ```
public struct ReportedNotCreditedRule: AlertRule, Hashable, Codable {
    /// When the rule runs; weekly on Monday by default.
    public var schedule: AlertSchedule
    /// List reports older than this many days (X in the seed); 7 by default.
    public var afterDays: Int

    /// Creates the rule.
    ///
    /// - Parameters:
    ///   - schedule: When it runs.
    ///   - afterDays: How many days after the report an invoice still unpaid is listed (more than this).
    public init(schedule: AlertSchedule = .weekly(on: .monday), afterDays: Int = 7) {
        self.schedule = schedule
        self.afterDays = afterDays
    }

    /// Decodes the rule; missing fields take their defaults.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            schedule: try container.decodeIfPresent(AlertSchedule.self, forKey: .schedule) ?? .weekly(on: .monday),
            afterDays: try container.decodeIfPresent(Int.self, forKey: .afterDays) ?? 7)
    }

    /// `reported_not_credited`.
    public static let name = "reported_not_credited"
    /// `reported_not_credited`.
    public var name: String { Self.name }

    /// The digest's title and introduction.
    ///
    /// - Parameter language: The recipient's language.
    /// - Returns: The wording.
    public func wording(in language: AlertLanguage) -> AlertWording {
        switch language {
        case .spanish:
            return AlertWording(
                title: "Pagos informados no acreditados",
                introduction: "Estos clientes dicen haber pagado hace más de \(afterDays) días, pero las facturas "
                    + "siguen impagas. Puede que el pago se haya aplicado a otra factura u otro cliente, o que la "
                    + "transferencia no se haya procesado: revisarlas a la brevedad.")
        case .english:
            return AlertWording(
                title: "Reported payments not credited",
                introduction: "These customers say they paid more than \(afterDays) days ago, but the invoices are "
                    + "still unpaid. The payment may have gone to another invoice or customer, or the transfer may "
                    + "have failed: look into them soon.")
        }
    }

    /// Requires ``afterDays`` to be non-negative.
    ///
    /// - Parameter policy: The policy.
    /// - Throws: ``AlertPolicyError/invalidParameter(rule:field:reason:)``.
    public func validate(in policy: AlertPolicy) throws(AlertPolicyError) {
        guard afterDays >= 0 else {
            throw .invalidParameter(rule: name, field: "rules.\(name).afterDays", reason: "must not be negative")
        }
    }

    /// One item per customer and report date, oldest report first.
    ///
    /// - Parameter context: The run.
    /// - Returns: The findings, each for the customer's collector.
    public func findings(in context: AlertContext) -> [AlertFinding] {
        struct Group: Hashable {
            var customerID: CustomerID
            var reportedOn: CivilDate
        }
        var groups: [Group: [Invoice]] = [:]
        for invoice in context.snapshot.invoices.values where invoice.isOpen {
            guard case .paymentReported(let reportedOn) = invoice.status,
                reportedOn.days(to: context.date) > afterDays
            else { continue }
            groups[Group(customerID: invoice.customerID, reportedOn: reportedOn), default: []].append(invoice)
        }
        return groups.keys.sorted { ($0.reportedOn, $0.customerID) < ($1.reportedOn, $1.customerID) }.compactMap {
            group in
            let reason = AlertReason.paymentNotCredited(
                reportedOn: group.reportedOn, days: group.reportedOn.days(to: context.date))
            guard let item = context.item(group.customerID, invoices: groups[group] ?? [], reason: reason) else {
                return nil
            }
            return AlertFinding(item: item, recipients: context.collector(of: group.customerID).map { [$0] } ?? [])
        }
    }
}
