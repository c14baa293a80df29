import Cobranza
import Foundation

// The policy: the shipped one, with a minimum balance for pesos. A policy from JSON is validated on load,
// and a mistake names its field.
var policy = CadencePolicy.default
policy.minimumBalance = [Money(minorUnits: 1_000_00, currency: .ars)]
try policy.validate()
let mistake = """
    {"defaultTier": "A", "tiers": {"A": {"steps": [
      {"id": "A-friendly", "trigger": "7_days_after_due", "stage": "friendly", "channels": ["email", "fax"]}
    ]}}}
    """
do {
    _ = try CadencePolicy.load(json: Data(mistake.utf8))
} catch {
    print(error)
}

// The portfolio on Wednesday 20 March 2024: a tier-A customer, a tier-C customer and a VIP.
func contacts(_ domain: String) -> [Contact] {
    [
        Contact(
            name: "Laura Gómez", role: .billing, email: "pagos@\(domain)", phone: "+5491155550001",
            whatsApp: "+5491155550001", locale: "es-AR"),
        Contact(name: "Jorge Pérez", role: .escalation, email: "gerencia@\(domain)", locale: "es-AR"),
    ]
}
let customers = [
    Customer(
        id: "C-001", name: "Ferretería Don Pepe SRL", contacts: contacts("donpepe.com.ar"),
        postalAddress: "Av. Corrientes 1234, CABA", collectorID: "ana", riskTierOverride: .a),
    Customer(
        id: "C-002", name: "Distribuidora Sur SA", contacts: contacts("dsur.com.ar"),
        postalAddress: "Calle 7 N° 850, La Plata", collectorID: "ana", riskTierOverride: .c),
    Customer(
        id: "C-003", name: "Estudio Ríos", contacts: contacts("rios.com.ar"), collectorID: "ana", isVIP: true,
        riskTierOverride: .b),
]
func invoice(_ id: InvoiceID, of customer: CustomerID, due: String, status: CollectionStatus = .normal) throws
    -> Invoice
{
    let dueDate = try CivilDate(iso: due)
    return Invoice(
        id: id, number: "A-0001-\(id)", customerID: customer, issueDate: dueDate.adding(days: -30), dueDate: dueDate,
        amount: Money(minorUnits: 250_000_00, currency: .ars), status: status)
}
let today = try CivilDate(iso: "2024-03-20")
let dispute = Dispute(departmentID: "ventas", reason: "precio distinto al pactado", openedOn: today)
let invoices = [
    try invoice("FA-1001", of: "C-001", due: "2024-03-13"),  // tier A, 7 days late
    try invoice("FA-2001", of: "C-002", due: "2024-01-20"),  // tier C, 60 days late
    try invoice("FA-2002", of: "C-002", due: "2024-03-13"),  // tier C, 7 days late
    try invoice("FA-2003", of: "C-002", due: "2024-03-05", status: .disputed(dispute)),
    try invoice("FA-2004", of: "C-002", due: "2024-03-01"),  // overdue, its step done earlier
    try invoice("FA-3001", of: "C-003", due: "2024-03-05"),  // VIP, 15 days late
]
let done: Set<CadenceStepKey> = [CadenceStepKey(invoiceID: "FA-2004", stepID: "C-formal")]
let calendar = WorkweekCalendar(
    name: "AR 2024", holidays: [try CivilDate(iso: "2024-03-28"), try CivilDate(iso: "2024-03-29")])

let portfolio = CadencePortfolio(customers: customers, invoices: invoices, completedSteps: done)
let plan = CadencePlanner.plan(portfolio: portfolio, policy: policy, calendar: calendar, on: today)
for message in plan.messages {
    print(message.key, message.stage.rawValue, message.templateFamily, "→", message.addressee.address)
    print("  steps:", message.steps.map { "\($0.invoiceID) \($0.stepID)" }, "context:", message.contextInvoiceIDs)
}
for task in plan.tasks {
    print(task.key, task.assignee, task.stage.rawValue, task.templateFamily, "→", task.addressee.address)
}
for action in plan.actions {
    print(action.key, action.assignee, action.invoiceIDs)
}
for skip in plan.skips {
    print("skipped", skip.invoiceID?.rawValue ?? "-", skip.stepID ?? "-", "—", skip.reason)
}

// Record what was done; the next business day repeats nothing, and Saturday plans nothing at all.
let next = CadencePortfolio(
    customers: customers, invoices: invoices, completedSteps: done.union(plan.plannedSteps),
    lastAutomaticMessage: Dictionary(uniqueKeysWithValues: plan.messages.map { ($0.customerID, today) }))
let thursday = CadencePlanner.plan(portfolio: next, policy: policy, calendar: calendar, on: today.adding(days: 1))
print("Thursday:", thursday.messages.count, "messages, tasks:", thursday.tasks.map(\.leadStepID))
let saturday = CadencePlanner.plan(portfolio: next, policy: policy, calendar: calendar, on: today.adding(days: 3))
print("Saturday is a business day:", saturday.isBusinessDay)
