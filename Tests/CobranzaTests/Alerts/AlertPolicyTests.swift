import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Alert policy: Codable and validation")
struct AlertPolicyTests {
    static let json = """
        {
          "locale": "es-AR",
          "roles": {"actions": {"name": "Marta Ruiz", "emails": ["acciones@empresa.com.ar"]}},
          "departments": {
            "sales": {"name": "Ventas", "emails": ["ventas@empresa.com.ar"]},
            "billing": {"name": "Facturación", "emails": ["facturacion@empresa.com.ar"], "locale": "en-US"}
          },
          "fallbackRole": "actions",
          "rules": {
            "action_required": {"schedule": "daily"},
            "broken_promises": {},
            "reported_not_credited": {"schedule": "weekly:monday", "afterDays": 5},
            "disputes_by_department": {"schedule": "weekly:friday", "includeClarifications": false},
            "disputes_by_collector": {"schedule": "weekly:friday"},
            "overdue_threshold": {"days": {"A": 60, "B": 45, "C": 30}, "defaultDays": null,
                                  "notify": {"supervisor": false}},
            "refused_to_pay": {"schedule": "on_event", "notify": {"collector": true, "supervisor": true}}
          }
        }
        """

    @Test("decodes the documented policy, with defaults for what is left out")
    func decodes() throws {
        let policy = try JSONDecoder().decode(AlertPolicy.self, from: Data(Self.json.utf8))
        #expect(
            policy.rules.all.map(\.name) == [
                "action_required", "broken_promises", "reported_not_credited", "disputes_by_department",
                "disputes_by_collector", "overdue_threshold", "refused_to_pay",
            ])
        #expect(policy.rules.brokenPromises == BrokenPromisesRule(schedule: .daily))
        #expect(
            policy.rules.reportedNotCredited == ReportedNotCreditedRule(schedule: .weekly(on: .monday), afterDays: 5))
        #expect(
            policy.rules.disputesByDepartment
                == DisputesByDepartmentRule(schedule: .weekly(on: .friday), includeClarifications: false))
        #expect(
            policy.rules.overdueThreshold
                == OverdueThresholdRule(
                    schedule: .onEvent, days: ["A": 60, "B": 45, "C": 30], defaultDays: nil,
                    notify: AlertAudience(collector: true, supervisor: false)))
        #expect(policy.departments["billing"]?.locale == "en-US")
        try policy.validate()
    }

    @Test("round-trips through JSON")
    func roundTrip() throws {
        let policy = AlertWorld.policy(
            rules: AlertRuleSet(
                actionRequired: ActionRequiredRule(schedule: .weekly(on: .tuesday), role: "manager", lookaheadDays: 2),
                brokenPromises: BrokenPromisesRule(), reportedNotCredited: ReportedNotCreditedRule(afterDays: 10),
                disputesByDepartment: DisputesByDepartmentRule(includeClarifications: false),
                disputesByCollector: DisputesByCollectorRule(schedule: .daily),
                overdueThreshold: OverdueThresholdRule(
                    days: ["D": 5], defaultDays: nil, notify: AlertAudience(roles: ["manager"])),
                refusedToPay: RefusedToPayRule(schedule: .daily, notify: AlertAudience(supervisor: false))),
            fallbackRole: "manager")
        let data = try JSONEncoder().encode(policy)
        #expect(try JSONDecoder().decode(AlertPolicy.self, from: data) == policy)
        let standard = AlertWorld.policy()
        #expect(try JSONDecoder().decode(AlertPolicy.self, from: JSONEncoder().encode(standard)) == standard)
    }

    @Test("a misspelt rule fails at load, naming it")
    func unknownRule() {
        let json = #"{"rules": {"broken_promise": {}}}"#
        do {
            _ = try JSONDecoder().decode(AlertPolicy.self, from: Data(json.utf8))
            Issue.record("decoding should fail")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("'broken_promise'"))
            #expect(context.codingPath.map(\.stringValue) == ["rules", "broken_promise"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("a malformed schedule fails at load")
    func badSchedule() {
        let json = #"{"rules": {"broken_promises": {"schedule": "weekly:lunes"}}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AlertPolicy.self, from: Data(json.utf8)) }
    }

    @Test(
        "validation names the rule and the field",
        arguments: [
            (
                AlertPolicy(rules: AlertRuleSet(actionRequired: ActionRequiredRule())),
                AlertPolicyError.noRecipient(
                    rule: "action_required", field: "roles.actions",
                    reason: "the person responsible for actions needs an address; define role 'actions' in 'roles'")
            ),
            (
                AlertPolicy(rules: AlertRuleSet(disputesByDepartment: DisputesByDepartmentRule())),
                .noRecipient(
                    rule: "disputes_by_department", field: "departments",
                    reason: "no department address is configured; add the departments that resolve disputes")
            ),
            (
                AlertPolicy(
                    rules: AlertRuleSet(
                        refusedToPay: RefusedToPayRule(notify: AlertAudience(collector: false, supervisor: false)))),
                .noRecipient(
                    rule: "refused_to_pay", field: "rules.refused_to_pay.notify",
                    reason: "collector and supervisor are off and no role is named")
            ),
            (
                AlertPolicy(
                    rules: AlertRuleSet(overdueThreshold: OverdueThresholdRule(notify: AlertAudience(roles: ["legal"])))
                ),
                .noRecipient(
                    rule: "overdue_threshold", field: "rules.overdue_threshold.notify.roles[0]",
                    reason: "role 'legal' is not defined in 'roles'")
            ),
            (
                AlertPolicy(rules: AlertRuleSet(overdueThreshold: OverdueThresholdRule(days: ["B": -1]))),
                .invalidParameter(
                    rule: "overdue_threshold", field: "rules.overdue_threshold.days.B", reason: "must not be negative")
            ),
            (
                AlertPolicy(rules: AlertRuleSet(overdueThreshold: OverdueThresholdRule(days: [:], defaultDays: nil))),
                .invalidParameter(
                    rule: "overdue_threshold", field: "rules.overdue_threshold.days",
                    reason: "no threshold: set days per tier or defaultDays")
            ),
            (
                AlertPolicy(rules: AlertRuleSet(reportedNotCredited: ReportedNotCreditedRule(afterDays: -2))),
                .invalidParameter(
                    rule: "reported_not_credited", field: "rules.reported_not_credited.afterDays",
                    reason: "must not be negative")
            ),
            (
                AlertPolicy(roles: ["actions": AlertAddressee(name: "Marta", emails: ["marta at empresa"])]),
                .invalidAddress(field: "roles.actions.emails[0]", reason: "'marta at empresa' is not an email address")
            ),
            (
                AlertPolicy(departments: ["sales": AlertAddressee(name: "Ventas", emails: [])]),
                .invalidAddress(field: "departments.sales.emails", reason: "no email address")
            ),
            (
                AlertPolicy(fallbackRole: "boss", rules: AlertRuleSet()),
                .invalidValue(field: "fallbackRole", reason: "role 'boss' is not defined in 'roles'")
            ),
        ])
    func validation(policy: AlertPolicy, expected: AlertPolicyError) {
        #expect(throws: expected) { try policy.validate() }
        #expect(throws: expected) { try AlertEvaluator(policy: policy) }
    }

    @Test("errors read as sentences naming the rule")
    func descriptions() {
        let error = AlertPolicyError.noRecipient(rule: "action_required", field: "roles.actions", reason: "no address")
        #expect(
            error.description
                == "Alert rule 'action_required' has no recipient configured at 'roles.actions': no address")
        #expect(
            AlertPolicyError.duplicateRule(name: "broken_promises").description
                == "Alert rule 'broken_promises' is configured twice; rule names must be unique")
    }

    @Test("the standard rules with every recipient configured validate")
    func standardValidates() throws {
        try AlertWorld.policy().validate()
        #expect(AlertRuleSet.standard.all.count == 7)
    }
}
