import Cobranza
import Foundation

/// The small company of the daily-run scenario: three collectors (Sofía supervises Ana and Bruno), two
/// departments that resolve disputes, thirteen customers across risk tiers A to D and the invoices they are
/// billed during the 120 days from Monday 4 March 2024 (day 0) to Monday 1 July 2024 (day 119).
///
/// Every customer's tier is set by hand (`riskTierOverride`), so the weekly re-classification never moves a
/// customer to another cadence and the expectations follow the default cadence of the tier named here.
enum DailyRunPortfolio {
    /// Day 0: Monday 4 March 2024.
    static let start = CivilDate(daysSinceEpoch: 19_786)

    /// How many days the scenario runs.
    static let length = 120

    /// The date of a scenario day.
    static func day(_ number: Int) -> CivilDate { start.adding(days: number) }

    /// The scenario day of a date.
    static func number(of date: CivilDate) -> Int { start.days(to: date) }

    /// Buenos Aires, UTC−3 all year.
    static let timeZone = TimeZone(secondsFromGMT: -3 * 3_600) ?? .gmt

    /// Weekends and the national holidays of the period that fall on weekdays: Holy Thursday and Good Friday
    /// (28–29 March, days 24–25), Labour Day (1 May, day 58), Flag Day and its bridge (20–21 June, days
    /// 108–109).
    static let calendar = WorkweekCalendar(
        name: "AR 2024", holidays: [day(24), day(25), day(58), day(108), day(109)])

    /// An instant on a scenario day, local time.
    static func instant(_ number: Int, hour: Int, minute: Int = 0) -> Date {
        day(number).startInstant(in: timeZone).addingTimeInterval(Double(hour * 3_600 + minute * 60))
    }

    /// Pesos as money.
    static func pesos(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: .ars) }

    // MARK: - People

    static let collectors = [
        Collector(id: "sofia", name: "Sofía Méndez", email: "sofia@empresa.com.ar", phone: "+54 11 4000-0001"),
        Collector(
            id: "ana", name: "Ana Pérez", email: "ana@empresa.com.ar", phone: "+54 11 4000-0002", supervisorID: "sofia"),
        Collector(
            id: "bruno", name: "Bruno Díaz", email: "bruno@empresa.com.ar", phone: "+54 11 4000-0003",
            supervisorID: "sofia"),
    ]

    static let departments = [
        Department(id: Department.salesID, name: "Ventas", email: "ventas@empresa.com.ar"),
        Department(id: Department.billingID, name: "Facturación", email: "facturacion@empresa.com.ar"),
    ]

    /// One customer: billing contact with email, phone and WhatsApp; an escalation contact with email only;
    /// a postal address for letters and visits.
    static func customer(
        _ id: CustomerID, _ name: String, domain: String, tier: RiskTier, collector: CollectorID,
        isVIP: Bool = false, prefers channel: Channel? = nil, line: Int
    ) -> Customer {
        let phone = "+549115555\(1_000 + line)"
        return Customer(
            id: id, name: name,
            contacts: [
                Contact(
                    name: "Pagos \(name)", role: .billing, email: "pagos@\(domain)", phone: phone, whatsApp: phone,
                    preferredChannel: channel, locale: "es-AR"),
                Contact(name: "Gerencia \(name)", role: .escalation, email: "gerencia@\(domain)", locale: "es-AR"),
            ],
            postalAddress: "Calle \(line) N° \(100 * line), CABA", collectorID: collector, isVIP: isVIP,
            riskTierOverride: tier)
    }

    static let customers = [
        customer("C-01", "Ferretería Don Pepe SRL", domain: "donpepe.com.ar", tier: .a, collector: "ana", line: 1),
        customer("C-02", "Estudio Contable Ríos", domain: "estudiorios.com.ar", tier: .a, collector: "ana", line: 2),
        customer("C-03", "Distribuidora Sur SA", domain: "dsur.com.ar", tier: .b, collector: "bruno", line: 3),
        customer("C-04", "Panadería La Espiga", domain: "laespiga.com.ar", tier: .b, collector: "ana", line: 4),
        customer("C-05", "Constructora Andina SA", domain: "candina.com.ar", tier: .c, collector: "bruno", line: 5),
        customer("C-06", "Librería del Centro", domain: "libcentro.com.ar", tier: .b, collector: "bruno", line: 6),
        customer("C-07", "Transportes Rápidos SRL", domain: "trapidos.com.ar", tier: .d, collector: "ana", line: 7),
        customer("C-08", "Metalúrgica Norte SA", domain: "metnorte.com.ar", tier: .c, collector: "bruno", line: 8),
        customer(
            "C-09", "Grupo Patagonia SA", domain: "gpatagonia.com.ar", tier: .a, collector: "sofia", isVIP: true,
            line: 9),
        customer(
            "C-10", "Agro Litoral SRL", domain: "agrolitoral.com.ar", tier: .c, collector: "ana", prefers: .whatsApp,
            line: 10),
        customer("C-11", "Óptica Belgrano", domain: "opticabelgrano.com.ar", tier: .b, collector: "sofia", line: 11),
        customer("C-12", "Kiosco El Sol", domain: "kioscoelsol.com.ar", tier: .d, collector: "bruno", line: 12),
        customer("C-13", "Hotel Costa Azul", domain: "hotelcostaazul.com.ar", tier: .a, collector: "ana", line: 13),
    ]

    // MARK: - Invoices

    /// An invoice of the scenario: issued on day `issued`, due on day `due`.
    struct Billing {
        var id: InvoiceID
        var customer: CustomerID
        var issued: Int
        var due: Int
        var pesos: Int64

        var invoice: Invoice {
            Invoice(
                id: id, number: "A-0001-\(id)", customerID: customer, issueDate: DailyRunPortfolio.day(issued),
                dueDate: DailyRunPortfolio.day(due), amount: DailyRunPortfolio.pesos(pesos))
        }
    }

    /// Every invoice billed in the period. Tiers A, B and C bill at 30 days, tier D at 15.
    static let billings = [
        Billing(id: "F01-1", customer: "C-01", issued: 0, due: 30, pesos: 150_000),
        Billing(id: "F01-2", customer: "C-01", issued: 31, due: 61, pesos: 150_000),
        Billing(id: "F01-3", customer: "C-01", issued: 63, due: 93, pesos: 150_000),
        Billing(id: "F01-4", customer: "C-01", issued: 98, due: 128, pesos: 150_000),
        Billing(id: "F02-1", customer: "C-02", issued: 0, due: 30, pesos: 80_000),
        Billing(id: "F02-2", customer: "C-02", issued: 35, due: 65, pesos: 80_000),
        Billing(id: "F02-3", customer: "C-02", issued: 84, due: 114, pesos: 80_000),
        Billing(id: "F03-1", customer: "C-03", issued: 1, due: 31, pesos: 300_000),
        Billing(id: "F03-2", customer: "C-03", issued: 56, due: 86, pesos: 120_000),
        Billing(id: "F04-1", customer: "C-04", issued: 2, due: 32, pesos: 180_000),
        Billing(id: "F05-1", customer: "C-05", issued: 7, due: 37, pesos: 250_000),
        Billing(id: "F05-2", customer: "C-05", issued: 7, due: 37, pesos: 120_000),
        Billing(id: "F06-1", customer: "C-06", issued: 8, due: 38, pesos: 90_000),
        Billing(id: "F06-2", customer: "C-06", issued: 45, due: 75, pesos: 70_000),
        Billing(id: "F07-1", customer: "C-07", issued: 3, due: 18, pesos: 95_000),
        Billing(id: "F07-2", customer: "C-07", issued: 28, due: 43, pesos: 110_000),
        Billing(id: "F08-1", customer: "C-08", issued: 15, due: 45, pesos: 400_000),
        Billing(id: "F09-1", customer: "C-09", issued: 0, due: 30, pesos: 500_000),
        Billing(id: "F10-1", customer: "C-10", issued: 21, due: 51, pesos: 60_000),
        Billing(id: "F10-2", customer: "C-10", issued: 22, due: 52, pesos: 40_000),
        Billing(id: "F11-1", customer: "C-11", issued: 10, due: 40, pesos: 200_000),
        Billing(id: "F12-1", customer: "C-12", issued: 70, due: 85, pesos: 30_000),
        Billing(id: "F12-2", customer: "C-12", issued: 100, due: 115, pesos: 30_000),
        Billing(id: "F13-1", customer: "C-13", issued: 4, due: 34, pesos: 220_000),
    ]

    // MARK: - Policy

    /// The alert recipients: the person responsible for actions and the two departments.
    static let alertPolicy = AlertPolicy(
        locale: "es-AR",
        roles: ["actions": AlertAddressee(name: "Marta Ruiz", emails: ["acciones@empresa.com.ar"])],
        departments: [
            "sales": AlertAddressee(name: "Ventas", emails: ["ventas@empresa.com.ar"]),
            "billing": AlertAddressee(name: "Facturación", emails: ["facturacion@empresa.com.ar"]),
        ],
        rules: .standard)

    /// The standard policy with the company's alert recipients: default cadences, status rules (2 days of
    /// grace on promises, reported payments flagged after 5 days) and every alert rule with its defaults.
    static var policy: CollectionPolicy {
        var policy = CollectionPolicy.standard
        policy.alerts = alertPolicy
        return policy
    }

    /// The status context collectors record outcomes with.
    static var statusContext: StatusContext {
        StatusContext(policy: policy.status, calendar: calendar, timeZone: timeZone)
    }

    /// The records present before day 0: people, departments and customers; no invoices yet.
    static var setup: ChangeSet {
        var changes = ChangeSet()
        for collector in collectors { changes.upsert(collector) }
        for department in departments { changes.upsert(department) }
        for customer in customers { changes.upsert(customer) }
        return changes
    }
}
