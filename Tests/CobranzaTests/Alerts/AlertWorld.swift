import Cobranza
import CobranzaTesting
import Foundation

/// A small company for alert tests: collectors `ana` and `bob` (supervised by `sofia`), customers assigned
/// to them, the person responsible for actions and two departments.
///
/// Dates: `Fixtures.day(0)` is Friday 2024-03-01, so `day(3)` is Monday 2024-03-04.
enum AlertWorld {
    static let utc = TimeZone(identifier: "UTC") ?? .current

    static let monday = Fixtures.day(3)

    static let collectors = [
        Collector(id: "ana", name: "Ana Pérez", email: "ana@empresa.example", supervisorID: "sofia"),
        Collector(id: "bob", name: "Bob Díaz", email: "bob@empresa.example", supervisorID: "sofia"),
        Collector(id: "sofia", name: "Sofía Paz", email: "sofia@empresa.example"),
        Collector(id: "mute", name: "Sin Correo"),
    ]

    static let departments = [
        Department(id: Department.salesID, name: "Ventas"),
        Department(id: Department.billingID, name: "Facturación"),
        Department(id: Department.shippingID, name: "Embarques", email: "embarques@empresa.example"),
    ]

    static let actionOwner = AlertAddressee(name: "Marta Ruiz", emails: ["acciones@empresa.example"])

    /// A policy with every built-in rule at its defaults and every recipient configured.
    static func policy(
        rules: AlertRuleSet = .standard, fallbackRole: String? = nil, locale: String = "es-AR"
    ) -> AlertPolicy {
        AlertPolicy(
            locale: locale,
            roles: [
                "actions": actionOwner,
                "manager": AlertAddressee(name: "Gerencia", emails: ["gerencia@empresa.example"]),
            ],
            departments: [
                "sales": AlertAddressee(name: "Ventas", emails: ["ventas@empresa.example"]),
                "billing": AlertAddressee(
                    name: "Facturación", emails: ["facturacion@empresa.example"], locale: "en-US"),
            ],
            fallbackRole: fallbackRole, rules: rules)
    }

    static func customer(_ id: CustomerID, collector: CollectorID?, tier: RiskTier? = nil) -> Customer {
        var customer = Fixtures.customer(id, collector: collector)
        customer.riskTierOverride = tier
        return customer
    }

    static func invoice(
        _ id: InvoiceID, customer: CustomerID, due: CivilDate, balance: Int64 = 100_000, currency: Currency = .ars,
        status: CollectionStatus = .normal
    ) -> Invoice {
        var invoice = Fixtures.invoice(id, customer: customer, due: due, amount: balance, currency: currency)
        invoice.status = status
        return invoice
    }

    static func snapshot(
        customers: [Customer], invoices: [Invoice], tasks: [FollowUpTask] = []
    ) -> AlertSnapshot {
        AlertSnapshot(
            customers: customers, invoices: invoices, collectors: collectors, departments: departments, tasks: tasks)
    }

    /// An activity at noon UTC of a day, logged at a position.
    static func event(
        _ position: Int64, customer: CustomerID, invoices: [InvoiceID], kind: ActivityKind, on day: CivilDate,
        previous: CollectionStatus? = nil, new: CollectionStatus? = nil, comment: String? = nil
    ) -> LoggedActivity {
        LoggedActivity(
            position: position,
            activity: Activity(
                id: ActivityID("act-\(position)"), timestamp: day.startInstant(in: utc).addingTimeInterval(43_200),
                performedBy: .collector("ana"), customerID: customer, invoiceIDs: invoices, kind: kind,
                previousStatus: previous, newStatus: new, comment: comment))
    }

    static func evaluator(_ policy: AlertPolicy, customRules: [any AlertRule] = []) throws -> AlertEvaluator {
        try AlertEvaluator(policy: policy, customRules: customRules)
    }

    static func ars(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .ars) }
}

extension AlertEvaluation {
    /// The digests of one rule.
    func digests(of rule: String) -> [AlertDigest] { digests.filter { $0.rule == rule } }

    /// The digest of one rule for one recipient, if any.
    func digest(_ rule: String, for recipient: MessageRecipient) -> AlertDigest? {
        digests.first { $0.rule == rule && $0.recipient == recipient }
    }
}

extension AlertDigest {
    /// The customers listed, in order.
    var customerIDs: [CustomerID] { items.map(\.customerID) }
}
