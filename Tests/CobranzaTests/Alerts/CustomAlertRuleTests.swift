import Cobranza
import CobranzaTesting
import Foundation
import Testing

/// An integrator's rule: daily, to each collector, the customers whose open balance exceeds their credit limit.
private struct CreditLimitExceededRule: AlertRule {
    var name: String { "credit_limit_exceeded" }
    var schedule: AlertSchedule { .daily }
    var escalateTo: String?

    func wording(in language: AlertLanguage) -> AlertWording {
        language == .spanish
            ? AlertWording(title: "Clientes sobre el límite de crédito", introduction: "Revisar antes de despachar.")
            : AlertWording(title: "Customers over their credit limit", introduction: "Check before shipping.")
    }

    func validate(in policy: AlertPolicy) throws(AlertPolicyError) {
        if let escalateTo, policy.roles[escalateTo] == nil {
            throw .noRecipient(rule: name, field: "roles.\(escalateTo)", reason: "role '\(escalateTo)' is not defined")
        }
    }

    func findings(in context: AlertContext) -> [AlertFinding] {
        context.snapshot.customers.values.sorted { $0.id < $1.id }.compactMap { customer in
            guard let limit = customer.creditLimit else { return nil }
            let open = context.snapshot.openInvoices(of: customer.id).filter { $0.currency == limit.currency }
            guard open.map(\.balance.minorUnits).reduce(0, +) > limit.minorUnits,
                let item = context.item(customer.id, invoices: open, reason: .custom("Supera el límite de crédito"))
            else { return nil }
            var recipients = context.collector(of: customer.id).map { [$0] } ?? []
            if let escalateTo { recipients.append(.role(escalateTo)) }
            return AlertFinding(item: item, recipients: recipients)
        }
    }
}

@Suite("Custom alert rules")
struct CustomAlertRuleTests {
    let monday = AlertWorld.monday

    var world: AlertSnapshot {
        var tight = AlertWorld.customer("C-1", collector: "ana")
        tight.creditLimit = AlertWorld.ars(150_000)
        var roomy = AlertWorld.customer("C-2", collector: "bob")
        roomy.creditLimit = AlertWorld.ars(1_000_000)
        var bobsTight = AlertWorld.customer("C-3", collector: "bob")
        bobsTight.creditLimit = AlertWorld.ars(10_000)
        return AlertWorld.snapshot(
            customers: [tight, roomy, bobsTight],
            invoices: [
                AlertWorld.invoice("FA-1", customer: "C-1", due: monday.adding(days: 10)),
                AlertWorld.invoice("FA-2", customer: "C-1", due: monday.adding(days: 20)),
                AlertWorld.invoice("FA-3", customer: "C-2", due: monday.adding(days: 20)),
                AlertWorld.invoice("FA-4", customer: "C-3", due: monday.adding(days: 20)),
            ])
    }

    @Test("a custom rule runs with the built-in ones, routed and keyed the same way")
    func runs() throws {
        let evaluator = try AlertEvaluator(
            policy: AlertWorld.policy(rules: AlertRuleSet(brokenPromises: BrokenPromisesRule())),
            customRules: [CreditLimitExceededRule()])
        #expect(evaluator.rules.map(\.name) == ["broken_promises", "credit_limit_exceeded"])
        let run = evaluator.evaluate(world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(
            run.digests.map(\.key) == [
                "alert/credit_limit_exceeded/collector:ana/2024-03-04",
                "alert/credit_limit_exceeded/collector:bob/2024-03-04",
            ])
        let ana = try #require(run.digest("credit_limit_exceeded", for: .collector("ana")))
        #expect(ana.customerIDs == ["C-1"])
        #expect(ana.items[0].totals == [AlertWorld.ars(200_000)])
        #expect(run.digest("credit_limit_exceeded", for: .collector("bob"))?.customerIDs == ["C-3"])
        let rendered = try ana.message()
        #expect(rendered.subject == "Clientes sobre el límite de crédito · 04/03/2024 · 1 cliente")
        #expect(rendered.body.contains("\n   Supera el límite de crédito\n"))
        #expect(rendered.purpose == "credit_limit_exceeded")

        let again = evaluator.evaluate(world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: run.cursor)
        #expect(again.digests.isEmpty)
    }

    @Test("a custom rule can route to a policy role and is validated with the policy")
    func validated() throws {
        #expect(
            throws: AlertPolicyError.noRecipient(
                rule: "credit_limit_exceeded", field: "roles.credit", reason: "role 'credit' is not defined")
        ) {
            try AlertEvaluator(
                policy: AlertWorld.policy(), customRules: [CreditLimitExceededRule(escalateTo: "credit")])
        }
        let run = try AlertEvaluator(
            policy: AlertWorld.policy(rules: AlertRuleSet()),
            customRules: [CreditLimitExceededRule(escalateTo: "manager")]
        ).evaluate(world, on: monday, timeZone: AlertWorld.utc, events: [], cursor: AlertCursor())
        #expect(run.digest("credit_limit_exceeded", for: .role("manager"))?.customerIDs == ["C-1", "C-3"])
    }

    @Test("a custom rule cannot take a built-in name or an invalid one")
    func names() {
        struct Named: AlertRule {
            var name: String
            var schedule: AlertSchedule { .daily }
            func findings(in context: AlertContext) -> [AlertFinding] { [] }
        }
        #expect(throws: AlertPolicyError.duplicateRule(name: "broken_promises")) {
            try AlertEvaluator(policy: AlertWorld.policy(), customRules: [Named(name: "broken_promises")])
        }
        #expect(throws: AlertPolicyError.invalidRuleName("Credit Limit")) {
            try AlertEvaluator(policy: AlertWorld.policy(), customRules: [Named(name: "Credit Limit")])
        }
    }
}
