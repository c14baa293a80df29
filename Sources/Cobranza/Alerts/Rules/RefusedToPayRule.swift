/// `refused_to_pay` — when it happens, to the collector (and supervisor): a status changed to refused to pay.
///
/// The rule reads the activities logged since its previous run whose new status is
/// ``CollectionStatus/refusedToPay`` and whose previous status was not, one item per customer with the
/// invoices still open and the collector's comment, in the order they were logged.
///
/// ```json
/// "refused_to_pay": {"schedule": "on_event", "notify": {"collector": true, "supervisor": true, "roles": []}}
/// ```
public struct RefusedToPayRule: AlertRule, Hashable, Codable {
    /// When the rule runs; on event by default.
    public var schedule: AlertSchedule
    /// Who is notified; the collector and the supervisor by default.
    public var notify: AlertAudience

    /// Creates the rule.
    ///
    /// - Parameters:
    ///   - schedule: When it runs.
    ///   - notify: Who is notified.
    public init(schedule: AlertSchedule = .onEvent, notify: AlertAudience = AlertAudience()) {
        self.schedule = schedule
        self.notify = notify
    }

    /// Decodes the rule; missing fields take their defaults.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            schedule: try container.decodeIfPresent(AlertSchedule.self, forKey: .schedule) ?? .onEvent,
            notify: try container.decodeIfPresent(AlertAudience.self, forKey: .notify) ?? AlertAudience())
    }

    /// `refused_to_pay`.
    public static let name = "refused_to_pay"
    /// `refused_to_pay`.
    public var name: String { Self.name }

    /// The digest's title and introduction.
    ///
    /// - Parameter language: The recipient's language.
    /// - Returns: The wording.
    public func wording(in language: AlertLanguage) -> AlertWording {
        switch language {
        case .spanish:
            return AlertWording(
                title: "Negativa de pago",
                introduction: "Estos clientes se negaron a pagar. Evaluar el escalamiento de la cuenta.")
        case .english:
            return AlertWording(
                title: "Refused to pay",
                introduction: "These customers refused to pay. Consider escalating the account.")
        }
    }

    /// Requires somebody to notify.
    ///
    /// - Parameter policy: The policy.
    /// - Throws: ``AlertPolicyError/noRecipient(rule:field:reason:)``.
    public func validate(in policy: AlertPolicy) throws(AlertPolicyError) {
        try notify.validate(rule: name, field: "rules.\(name).notify", in: policy)
    }

    /// One item per customer whose invoices changed to refused to pay among the new events, in log order.
    ///
    /// - Parameter context: The run.
    /// - Returns: The findings.
    public func findings(in context: AlertContext) -> [AlertFinding] {
        let changes = context.events.filter {
            $0.activity.newStatus?.kind == .refusedToPay && $0.activity.previousStatus?.kind != .refusedToPay
        }
        var order: [CustomerID] = []
        var byCustomer: [CustomerID: [LoggedActivity]] = [:]
        for logged in changes.sorted(by: { $0.position < $1.position }) {
            if byCustomer[logged.activity.customerID] == nil { order.append(logged.activity.customerID) }
            byCustomer[logged.activity.customerID, default: []].append(logged)
        }
        return order.compactMap { customerID in
            let logged = byCustomer[customerID] ?? []
            var invoices = context.snapshot.openInvoices(logged.flatMap(\.activity.invoiceIDs))
            if logged.contains(where: \.activity.invoiceIDs.isEmpty) {
                let listed = Set(invoices.map(\.id))
                invoices += context.snapshot.openInvoices(of: customerID).filter {
                    $0.status.kind == .refusedToPay && !listed.contains($0.id)
                }
            }
            var comments: [String] = []
            for comment in logged.compactMap(\.activity.comment) where !comment.isEmpty && !comments.contains(comment) {
                comments.append(comment)
            }
            let first = logged.first.map { context.day(of: $0.activity) } ?? context.date
            let reason = AlertReason.refusedToPay(
                on: first, comment: comments.isEmpty ? nil : comments.joined(separator: " / "))
            guard let item = context.item(customerID, invoices: invoices, reason: reason) else { return nil }
            return AlertFinding(
                item: item, recipients: context.recipients(for: customerID, audience: notify),
                sourcePosition: logged.last?.position)
        }
    }
}
