import Cobranza
import CobranzaTesting

/// A small portfolio for cadence tests. Dates are days after 2024-03-01 (a Friday): `day(18)` is Tuesday
/// 2024-03-19; Saturdays are `day(1)`, `day(8)`, `day(15)`, `day(22)`.
enum CadenceWorld {
    static func day(_ offset: Int) -> CivilDate { Fixtures.day(offset) }

    static let weekdays = WorkweekCalendar.mondayToFriday

    /// A customer with a billing contact (email, WhatsApp, phone), an escalation contact (email, phone) and a
    /// postal address, in a tier, assigned to collector `ana`.
    static func customer(
        _ id: CustomerID, tier: RiskTier, collector: CollectorID? = "ana", isVIP: Bool = false,
        isExcluded: Bool = false, contacts: [Contact]? = nil, postalAddress: String? = "Av. Corrientes 1234, CABA"
    ) -> Customer {
        Customer(
            id: id, name: "Cliente \(id) SRL",
            contacts: contacts ?? [
                Contact(
                    name: "Laura Gómez", role: .billing, email: "pagos@\(id).example", phone: "+5491155550001",
                    whatsApp: "+5491155550001", locale: "es-AR"),
                Contact(
                    name: "Jorge Pérez", role: .escalation, email: "gerencia@\(id).example", phone: "+5491155550002",
                    locale: "es-AR"),
            ],
            postalAddress: postalAddress, collectorID: collector, isVIP: isVIP, isExcludedFromAutomation: isExcluded,
            riskTierOverride: tier)
    }

    /// An invoice of 1,000.00 ARS due on `due`, issued 30 days before.
    static func invoice(
        _ id: InvoiceID, customer: CustomerID, due: CivilDate, balance: Int64 = 100_000,
        status: CollectionStatus = .normal, kind: InvoiceKind = .invoice
    ) -> Invoice {
        var invoice = Fixtures.invoice(id, customer: customer, due: due, amount: 100_000, balance: balance)
        invoice.status = status
        invoice.kind = kind
        return invoice
    }

    static func plan(
        _ customers: [Customer], _ invoices: [Invoice], on date: CivilDate, policy: CadencePolicy = .default,
        done: Set<CadenceStepKey> = [], lastMessage: [CustomerID: CivilDate] = [:],
        stages: [CustomerID: PortfolioStage] = [:], calendar: some BusinessCalendar = weekdays
    ) -> CadencePlan {
        CadencePlanner.plan(
            portfolio: CadencePortfolio(
                customers: customers, invoices: invoices, portfolioStages: stages, completedSteps: done,
                lastAutomaticMessage: lastMessage),
            policy: policy, calendar: calendar, on: date)
    }

    /// A one-tier policy for focused tests.
    static func policy(_ steps: [CadenceStep], gap: Int = 0, minimum: [Money] = []) -> CadencePolicy {
        CadencePolicy(tiers: [.b: Cadence(steps: steps)], defaultTier: .b, minimumBalance: minimum, minimumGapDays: gap)
    }
}
