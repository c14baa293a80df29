import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("disputes_by_department and disputes_by_collector")
struct DisputeRulesTests {
    let monday = AlertWorld.monday

    var world: AlertSnapshot {
        let price = Dispute(
            departmentID: Department.salesID, reason: "Precio distinto al acordado", openedOn: monday.adding(days: -20))
        return AlertWorld.snapshot(
            customers: [
                AlertWorld.customer("C-1", collector: "ana"), AlertWorld.customer("C-2", collector: "ana"),
                AlertWorld.customer("C-3", collector: "bob"),
            ],
            invoices: [
                AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: -30), status: .disputed(price)),
                AlertWorld.invoice(
                    "FA-2", customer: "C-1", due: monday.adding(days: -25), balance: 30_000, status: .disputed(price)),
                AlertWorld.invoice(
                    "FA-3", customer: "C-3", due: monday.adding(days: -10),
                    status: .disputed(
                        Dispute(
                            departmentID: Department.billingID, reason: "Factura duplicada",
                            openedOn: monday.adding(days: -5)))),
                AlertWorld.invoice(
                    "FA-4", customer: "C-2", due: monday.adding(days: -4),
                    status: .inClarification(
                        Dispute(
                            departmentID: Department.shippingID, reason: "No recibió la mercadería",
                            openedOn: monday.adding(days: -3)))),
                AlertWorld.invoice(
                    "FA-5", customer: "C-3", due: monday.adding(days: -2),
                    status: .disputed(
                        Dispute(
                            departmentID: Department.customerServiceID, reason: "Servicio caído",
                            openedOn: monday.adding(days: -1)))),
                AlertWorld.invoice("FA-6", customer: "C-2", due: monday.adding(days: -60)),
            ])
    }

    func run(_ rules: AlertRuleSet, on date: CivilDate? = nil) throws -> AlertEvaluation {
        try AlertWorld.evaluator(AlertWorld.policy(rules: rules)).evaluate(
            world, on: date ?? monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
    }

    @Test("each department receives only the disputes it must resolve, with their age")
    func byDepartment() throws {
        let run = try run(AlertRuleSet(disputesByDepartment: DisputesByDepartmentRule()))
        #expect(
            run.digests.map(\.recipient) == [
                .department(Department.billingID), .department(Department.salesID), .department(Department.shippingID),
            ])
        let sales = try #require(run.digest("disputes_by_department", for: .department(Department.salesID)))
        #expect(sales.key == "alert/disputes_by_department/department:sales/2024-W10")
        #expect(sales.customerIDs == ["C-1"])
        #expect(sales.items[0].invoices.map(\.invoiceID) == ["FA-1", "FA-2"])
        #expect(sales.items[0].totals == [AlertWorld.ars(130_000)])
        #expect(
            sales.items[0].reason
                == .disputeOpen(
                    departmentID: Department.salesID, departmentName: "Ventas", openedOn: monday.adding(days: -20),
                    ageDays: 20, reason: "Precio distinto al acordado", isClarification: false))
        let billing = try #require(run.digest("disputes_by_department", for: .department(Department.billingID)))
        #expect(billing.locale == "en-US")
        #expect(billing.addressee.emails == ["facturacion@empresa.example"])
        let shipping = try #require(run.digest("disputes_by_department", for: .department(Department.shippingID)))
        #expect(shipping.addressee.emails == ["embarques@empresa.example"])
        #expect(run.unrouted.map(\.problem) == [.noAddress(.department(Department.customerServiceID))])
    }

    @Test("each collector receives their customers' disputes with the department, oldest first")
    func byCollector() throws {
        let run = try run(AlertRuleSet(disputesByCollector: DisputesByCollectorRule()))
        let ana = try #require(run.digest("disputes_by_collector", for: .collector("ana")))
        #expect(ana.customerIDs == ["C-1", "C-2"])
        if case .disputeOpen(_, let name, _, _, _, let isClarification) = ana.items[1].reason {
            #expect(name == "Embarques")
            #expect(isClarification)
        } else {
            Issue.record("expected a dispute, got \(ana.items[1].reason)")
        }
        let bob = try #require(run.digest("disputes_by_collector", for: .collector("bob")))
        #expect(bob.items.map(\.invoices.first?.invoiceID) == ["FA-3", "FA-5"])
        #expect(run.unrouted.isEmpty)
    }

    @Test("clarifications can be left out")
    func withoutClarifications() throws {
        let run = try run(
            AlertRuleSet(
                disputesByDepartment: DisputesByDepartmentRule(includeClarifications: false),
                disputesByCollector: DisputesByCollectorRule(includeClarifications: false)))
        #expect(run.digest("disputes_by_department", for: .department(Department.shippingID)) == nil)
        #expect(run.digest("disputes_by_collector", for: .collector("ana"))?.customerIDs == ["C-1"])
    }

    @Test(
        "weekly: after Monday's digests nothing more that week; a missed Monday comes later in the week",
        arguments: 1...6)
    func otherDays(offset: Int) throws {
        let evaluator = try AlertWorld.evaluator(
            AlertWorld.policy(
                rules: AlertRuleSet(
                    disputesByDepartment: DisputesByDepartmentRule(), disputesByCollector: DisputesByCollectorRule())))
        let day = monday.adding(days: offset)
        let mondayRun = evaluator.evaluate(
            world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(!mondayRun.digests.isEmpty)
        let later = evaluator.evaluate(world, on: day, timeZone: AlertWorld.utc, events: [], cursor: mondayRun.cursor)
        #expect(later.digests.isEmpty)
        let missedMonday = evaluator.evaluate(
            world, on: day, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(missedMonday.digests.map(\.key) == mondayRun.digests.map(\.key))
    }
}
