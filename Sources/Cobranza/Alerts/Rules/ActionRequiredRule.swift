/// `action_required` — daily, to the person responsible for actions: the customers whose invoices reached
/// the action stage (suspend service, start legal action, write off), with their amounts.
///
/// The cadence engine marks the action stage with an open ``FollowUpTask`` of kind ``TaskKind/action``;
/// this rule lists every customer with such a task due on or before the day of the run (plus
/// ``lookaheadDays``), one item per customer with the task's invoices (or, for a task without invoices, the
/// customer's overdue ones). Items are ordered most days late first. Invoices paid, or waiting on something
/// the customer started — a promise, a reported payment, a dispute or clarification, a payment plan — are left
/// out (nobody suspends a service over an invoice in dispute), and so are customers with none left.
///
/// ```json
/// "action_required": {"schedule": "daily", "role": "actions", "lookaheadDays": 0}
/// ```
public struct ActionRequiredRule: AlertRule, Hashable, Codable {
    /// When the rule runs; daily by default.
    public var schedule: AlertSchedule
    /// The policy role of the person responsible for actions; `actions` by default.
    public var role: String
    /// Also list action tasks due up to this many days after the run; 0 by default.
    public var lookaheadDays: Int

    /// Creates the rule.
    ///
    /// - Parameters:
    ///   - schedule: When it runs.
    ///   - role: The policy role of the person responsible for actions.
    ///   - lookaheadDays: How many days ahead to look for due action tasks.
    public init(schedule: AlertSchedule = .daily, role: String = "actions", lookaheadDays: Int = 0) {
        self.schedule = schedule
        self.role = role
        self.lookaheadDays = lookaheadDays
    }

    /// Decodes the rule; missing fields take their defaults.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            schedule: try container.decodeIfPresent(AlertSchedule.self, forKey: .schedule) ?? .daily,
            role: try container.decodeIfPresent(String.self, forKey: .role) ?? "actions",
            lookaheadDays: try container.decodeIfPresent(Int.self, forKey: .lookaheadDays) ?? 0)
    }

    /// `action_required`.
    public static let name = "action_required"
    /// `action_required`.
    public var name: String { Self.name }

    /// The digest's title and introduction.
    ///
    /// - Parameter language: The recipient's language.
    /// - Returns: The wording.
    public func wording(in language: AlertLanguage) -> AlertWording {
        switch language {
        case .spanish:
            return AlertWording(
                title: "Clientes que requieren acción",
                introduction: "Estos clientes llegaron a la etapa de acción (suspender el servicio, iniciar "
                    + "acciones legales o castigar la venta). Ya no se les envían reclamos: hay que decidir.")
        case .english:
            return AlertWording(
                title: "Customers requiring action",
                introduction: "These customers reached the action stage (suspend service, start legal action or "
                    + "write off the sale). Reminders have stopped: a decision is needed.")
        }
    }

    /// Requires the role to have an address and the lookahead to be non-negative.
    ///
    /// - Parameter policy: The policy.
    /// - Throws: ``AlertPolicyError``.
    public func validate(in policy: AlertPolicy) throws(AlertPolicyError) {
        guard policy.roles[role] != nil else {
            throw .noRecipient(
                rule: name, field: "roles.\(role)",
                reason: "the person responsible for actions needs an address; define role '\(role)' in 'roles'")
        }
        guard lookaheadDays >= 0 else {
            throw .invalidParameter(rule: name, field: "rules.\(name).lookaheadDays", reason: "must not be negative")
        }
    }

    /// One item per customer with a due action task, most days late first.
    ///
    /// - Parameter context: The run.
    /// - Returns: The findings, all for the role.
    public func findings(in context: AlertContext) -> [AlertFinding] {
        let horizon = context.date.adding(days: lookaheadDays)
        // Grouped by position in the task list: the tasks themselves are not copied.
        let tasks = context.snapshot.tasks
        var byCustomer: [CustomerID: [Int]] = [:]
        for index in tasks.indices
        where tasks[index].isOpen && tasks[index].kind == .action && tasks[index].dueDate <= horizon {
            byCustomer[tasks[index].customerID, default: []].append(index)
        }
        var findings: [(finding: AlertFinding, dueOn: CivilDate)] = []
        findings.reserveCapacity(byCustomer.count)
        for (customerID, indices) in byCustomer {
            let ordered = indices.sorted { (tasks[$0].dueDate, tasks[$0].id) < (tasks[$1].dueDate, tasks[$1].id) }
            var invoiceIDs: [InvoiceID] = []
            var namesNone = false
            var reasons: [String] = []
            for index in ordered {
                invoiceIDs += tasks[index].invoiceIDs
                if tasks[index].invoiceIDs.isEmpty { namesNone = true }
                if !reasons.contains(tasks[index].reason) { reasons.append(tasks[index].reason) }
            }
            var invoices = context.snapshot.openInvoices(invoiceIDs).filter {
                !Self.waitsOnTheCustomer($0.status.kind)
            }
            if namesNone {
                let listed = Set(invoices.map { $0.id })
                invoices += context.snapshot.openInvoices(of: customerID).filter {
                    $0.isOverdue(asOf: context.date) && !listed.contains($0.id)
                        && !Self.waitsOnTheCustomer($0.status.kind)
                }
            }
            let dueOn = ordered.first.map { tasks[$0].dueDate } ?? context.date
            let reason = AlertReason.actionRequired(dueOn: dueOn, task: reasons.joined(separator: "; "))
            guard let item = context.item(customerID, invoices: invoices, reason: reason) else { continue }
            findings.append((AlertFinding(item: item, recipients: [.role(role)]), dueOn))
        }
        // Each finding's days late computed once, then the positions sorted (stable, as sorting the findings).
        let daysLate = findings.map(\.finding.item.maxDaysLate)
        return findings.indices.sorted { lhs, rhs in
            (daysLate[rhs], findings[lhs].dueOn, findings[lhs].finding.item.customerID)
                < (daysLate[lhs], findings[rhs].dueOn, findings[rhs].finding.item.customerID)
        }.map { findings[$0].finding }
    }

    /// Whether an invoice in this status waits on something the customer started (a promise, a reported
    /// payment, a dispute or clarification, a payment plan), so no action is taken on it meanwhile.
    static func waitsOnTheCustomer(_ status: CollectionStatusKind) -> Bool {
        switch status {
        case .promised, .paymentReported, .disputed, .inClarification, .paymentPlan: return true
        default: return false
        }
    }
}
