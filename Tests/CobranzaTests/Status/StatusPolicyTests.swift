import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Status policy and portfolio stages")
struct StatusPolicyTests {
    func invoice(daysLate: Int, status: CollectionStatus = .normal) -> Invoice {
        var invoice = Fixtures.invoice("FA-1", customer: "C-1", due: Fixtures.day(-daysLate))
        invoice.status = status
        return invoice
    }

    @Test(
        "an invoice's stage follows its days late across every threshold",
        arguments: [
            (-5, PortfolioStage.preventive), (0, .preventive), (1, .administrative), (30, .administrative),
            (31, .delinquent), (90, .delinquent), (91, .extrajudicial), (400, .extrajudicial),
        ])
    func stageByDaysLate(daysLate: Int, expected: PortfolioStage) {
        #expect(PortfolioStagePolicy().stage(of: invoice(daysLate: daysLate), asOf: Fixtures.day(0)) == expected)
    }

    @Test("status moves the stage: legal is legal, a refusal is at least extrajudicial, disputes do not count")
    func stageByStatus() {
        let policy = PortfolioStagePolicy()
        let today = Fixtures.day(0)
        #expect(policy.stage(of: invoice(daysLate: 0, status: .legal), asOf: today) == .legal)
        #expect(policy.stage(of: invoice(daysLate: 3, status: .refusedToPay), asOf: today) == .extrajudicial)
        let dispute = Dispute(departmentID: Department.salesID, reason: "x", openedOn: today)
        #expect(policy.stage(of: invoice(daysLate: 200, status: .disputed(dispute)), asOf: today) == nil)
        #expect(
            PortfolioStagePolicy(disputesCount: true).stage(
                of: invoice(daysLate: 200, status: .disputed(dispute)), asOf: today)
                == .extrajudicial)
        #expect(policy.stage(of: invoice(daysLate: 200, status: .paid), asOf: today) == nil)
        #expect(PortfolioStagePolicy(legalFromDaysLate: 181).stage(of: invoice(daysLate: 181), asOf: today) == .legal)
        // The customer's stage is its worst invoice's; none open is preventive.
        #expect(policy.stage(ofCustomer: [invoice(daysLate: 2), invoice(daysLate: 45)], asOf: today) == .delinquent)
        #expect(policy.stage(ofCustomer: [], asOf: today) == .preventive)
    }

    @Test("a partial policy fills the defaults; a full one round-trips")
    func decoding() throws {
        let json = #"{"promiseGraceDays": 0, "stages": {"delinquentFromDaysLate": 61}}"#
        let policy = try JSONDecoder().decode(StatusPolicy.self, from: Data(json.utf8))
        #expect(policy.promiseGraceDays == 0 && policy.followUpDays == 3 && policy.callAgain == .nextBusinessDay)
        #expect(policy.stages.delinquentFromDaysLate == 61 && policy.stages.extrajudicialFromDaysLate == 91)
        let full = StatusPolicy(
            promiseGraceDays: 1, followUpDays: 2, uncreditedAfterDays: 7, planGraceDays: 5,
            disputeResolutionBusinessDays: 3, callAgain: .laterToday, defaultLocale: "en-US",
            stages: PortfolioStagePolicy(legalFromDaysLate: 365, refusedToPayStage: .delinquent, disputesCount: true))
        let data = try JSONEncoder().encode(full)
        #expect(try JSONDecoder().decode(StatusPolicy.self, from: data) == full)
        #expect(String(decoding: data, as: UTF8.self).contains(#""callAgain":"later_today""#))
    }

    @Test(
        "an invalid value is refused at load, naming the field",
        arguments: [
            (#"{"promiseGraceDays": -1}"#, "promiseGraceDays"),
            (#"{"followUpDays": 0}"#, "followUpDays"),
            (#"{"uncreditedAfterDays": 0}"#, "uncreditedAfterDays"),
            (#"{"planGraceDays": -2}"#, "planGraceDays"),
            (#"{"disputeResolutionBusinessDays": 0}"#, "disputeResolutionBusinessDays"),
            (#"{"stages": {"administrativeFromDaysLate": 0}}"#, "stages.administrativeFromDaysLate"),
            (#"{"stages": {"delinquentFromDaysLate": 1}}"#, "stages.delinquentFromDaysLate"),
            (#"{"stages": {"extrajudicialFromDaysLate": 20}}"#, "stages.extrajudicialFromDaysLate"),
            (#"{"stages": {"legalFromDaysLate": 91}}"#, "stages.legalFromDaysLate"),
        ])
    func invalid(json: String, field: String) throws {
        do {
            _ = try JSONDecoder().decode(StatusPolicy.self, from: Data(json.utf8))
            Issue.record("decoded an invalid policy")
        } catch let error as PolicyError {
            guard case .invalidValue(let named, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(named == field)
            #expect(error.description.contains("'\(field)'"))
        }
    }

    @Test("an empty default locale is a missing value")
    func emptyLocale() {
        #expect(throws: PolicyError.missingValue(field: "defaultLocale")) {
            try StatusPolicy(defaultLocale: " ").validate()
        }
    }
}
