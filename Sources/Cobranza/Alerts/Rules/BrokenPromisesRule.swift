/// `broken_promises` — daily, to each collector: their customers with payment promises broken since the last
/// digest, most urgent first.
///
/// The rule reads the ``ActivityKind/promiseBroken`` events logged since its previous run, one item per
/// customer with the invoices still open (an event naming no invoice lists the customer's overdue ones). Most urgent first means most days late first, then the oldest
/// promised date. Each collector receives only the customers assigned to them.
///
/// ```json
/// "broken_promises": {"schedule": "daily"}
/// ```
public struct BrokenPromisesRule: AlertRule, Hashable, Codable {
    /// When the rule runs; daily by default.
    public var schedule: AlertSchedule

    /// Creates the rule.
    ///
    /// - Parameter schedule: When it runs.
    public init(schedule: AlertSchedule = .daily) {
        self.schedule = schedule
    }

    /// Decodes the rule; a missing schedule is daily.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(schedule: try container.decodeIfPresent(AlertSchedule.self, forKey: .schedule) ?? .daily)
    }

    /// `broken_promises`.
    public static let name = "broken_promises"
    /// `broken_promises`.
    public var name: String { Self.name }

    /// The digest's title and introduction.
    ///
    /// - Parameter language: The recipient's language.
    /// - Returns: The wording.
    public func wording(in language: AlertLanguage) -> AlertWording {
        switch language {
        case .spanish:
            return AlertWording(
                title: "Promesas de pago incumplidas",
                introduction: "Estos clientes no cumplieron su promesa de pago desde el último resumen. "
                    + "Gestionarlos con suma urgencia; los más urgentes primero.")
        case .english:
            return AlertWording(
                title: "Broken payment promises",
                introduction: "These customers broke their payment promise since the last digest. "
                    + "Follow them up urgently; most urgent first.")
        }
    }

    /// One item per customer with a broken promise among the new events, most urgent first.
    ///
    /// - Parameter context: The run.
    /// - Returns: The findings, each for the customer's collector.
    public func findings(in context: AlertContext) -> [AlertFinding] {
        // Grouped by position in the event list: the events themselves are not copied.
        let events = context.events
        var byCustomer: [CustomerID: [Int]] = [:]
        for index in events.indices where events[index].activity.kind == .promiseBroken {
            byCustomer[events[index].activity.customerID, default: []].append(index)
        }
        var found: [(finding: AlertFinding, promisedOn: CivilDate?)] = []
        found.reserveCapacity(byCustomer.count)
        for (customerID, indices) in byCustomer {
            let ordered = indices.sorted { events[$0].position < events[$1].position }
            var invoiceIDs: [InvoiceID] = []
            var namesNone = false
            var earliest: PaymentPromise?
            for index in ordered {
                invoiceIDs += events[index].activity.invoiceIDs
                if events[index].activity.invoiceIDs.isEmpty { namesNone = true }
                // The first of the earliest promises, as `min(by:)` over them in log order.
                guard case .promised(let promise) = events[index].activity.previousStatus else { continue }
                if earliest.map({ promise.date < $0.date }) ?? true { earliest = promise }
            }
            var invoices = context.snapshot.openInvoices(invoiceIDs)
            if namesNone {
                let listed = Set(invoices.map { $0.id })
                invoices += context.snapshot.openInvoices(of: customerID).filter {
                    $0.isOverdue(asOf: context.date) && !listed.contains($0.id)
                }
            }
            let reason = AlertReason.promiseBroken(promisedOn: earliest?.date, amount: earliest?.amount)
            guard let item = context.item(customerID, invoices: invoices, reason: reason) else { continue }
            let recipients = context.collector(of: customerID).map { [$0] } ?? []
            found.append(
                (
                    AlertFinding(
                        item: item, recipients: recipients, sourcePosition: ordered.last.map { events[$0].position }),
                    earliest?.date
                ))
        }
        // Sort keys computed once per finding, then the positions sorted (stable, as sorting the findings).
        let keys = found.map { ($0.finding.item.maxDaysLate, $0.promisedOn ?? CivilDate(daysSinceEpoch: .max)) }
        return found.indices.sorted { lhs, rhs in
            if keys[lhs].0 != keys[rhs].0 { return keys[lhs].0 > keys[rhs].0 }
            if keys[lhs].1 != keys[rhs].1 { return keys[lhs].1 < keys[rhs].1 }
            return found[lhs].finding.item.customerID < found[rhs].finding.item.customerID
        }.map { found[$0].finding }
    }
}
