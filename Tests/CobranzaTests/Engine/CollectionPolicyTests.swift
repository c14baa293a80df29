import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Collection policy and risk schedule")
struct CollectionPolicyTests {
    @Test("the standard policy is valid and round-trips through JSON")
    func roundTrip() throws {
        try CollectionPolicy.standard.validate()
        var policy = CollectionPolicy.standard
        policy.riskSchedule = .monthly
        policy.status.promiseGraceDays = 4
        policy.dispatch.maxAttempts = 7
        let data = try JSONEncoder().encode(policy)
        #expect(try JSONDecoder().decode(CollectionPolicy.self, from: data) == policy)
        #expect(try CollectionPolicy.load(json: data) == policy)
    }

    @Test("members left out take the standard values")
    func partialJSON() throws {
        let policy = try CollectionPolicy.load(
            json: Data(#"{"riskSchedule": "weekly:friday", "status": {"promiseGraceDays": 5}}"#.utf8))
        #expect(policy.riskSchedule == .weekly(.friday))
        #expect(policy.status.promiseGraceDays == 5)
        #expect(policy.status.uncreditedAfterDays == StatusPolicy().uncreditedAfterDays)
        #expect(policy.cadence == CollectionPolicy.standard.cadence)
        #expect(policy.company == CollectionPolicy.standard.company)
    }

    @Test(
        "an invalid value is refused with its field path",
        arguments: [
            (#"{"status": {"promiseGraceDays": -1}}"#, "status.promiseGraceDays"),
            (#"{"dispatch": {"maxAttempts": 0}}"#, "dispatch.maxAttempts"),
            (#"{"riskSchedule": "fortnightly"}"#, "riskSchedule"),
            (#"{"company": {"name": "", "phone": "1", "paymentInstructions": "CBU"}}"#, "company.name"),
            (#"{"alerts": {"rules": {"action_required": {}}}}"#, "alerts.roles.actions"),
        ])
    func invalidValues(json: String, field: String) {
        #expect {
            _ = try CollectionPolicy.load(json: Data(json.utf8))
        } throws: { error in
            (error as? CollectionPolicyError)?.field == field
        }
    }

    @Test("the engine validates a policy built in code and names the field")
    func engineValidates() {
        var policy = CollectionPolicy.standard
        policy.cadence.minimumGapDays = -3
        let clock = EngineWorld.clock()
        #expect(
            throws: CollectionPolicyError.invalidValue(field: "cadence.minimumGapDays", reason: "must not be negative")
        ) {
            _ = try CollectionEngine(
                store: InMemoryCollectionStore(), sender: InMemoryMessageSender(clock: clock), clock: clock,
                calendar: WorkweekCalendar.mondayToFriday, policy: policy)
        }
    }

    @Test("risk schedules name the latest scheduled day and encode as text")
    func riskSchedule() throws {
        let calendar = WorkweekCalendar.mondayToFriday
        let wednesday = try CivilDate(iso: "2024-03-06")
        #expect(RiskSchedule.daily.latestScheduledDay(onOrBefore: wednesday, calendar: calendar) == wednesday)
        #expect(
            RiskSchedule.weekly(.monday).latestScheduledDay(onOrBefore: wednesday, calendar: calendar)
                == (try CivilDate(iso: "2024-03-04")))
        #expect(
            RiskSchedule.weekly(.wednesday).latestScheduledDay(onOrBefore: wednesday, calendar: calendar) == wednesday)
        // June 2024 starts on a Saturday: its first business day is Monday the 3rd; on the 2nd it is still May 1st.
        #expect(
            RiskSchedule.monthly.latestScheduledDay(onOrBefore: try CivilDate(iso: "2024-06-03"), calendar: calendar)
                == (try CivilDate(iso: "2024-06-03")))
        #expect(
            RiskSchedule.monthly.latestScheduledDay(onOrBefore: try CivilDate(iso: "2024-06-02"), calendar: calendar)
                == (try CivilDate(iso: "2024-05-01")))
        #expect(RiskSchedule.never.latestScheduledDay(onOrBefore: wednesday, calendar: calendar) == nil)
        #expect(RiskSchedule.isDue(nil, scheduledDay: nil))
        let risk = CustomerRisk(tier: .b, score: 50, assessedOn: try CivilDate(iso: "2024-03-01"))
        #expect(RiskSchedule.isDue(risk, scheduledDay: try CivilDate(iso: "2024-03-04")))
        #expect(!RiskSchedule.isDue(risk, scheduledDay: try CivilDate(iso: "2024-03-01")))
        for schedule in [RiskSchedule.daily, .weekly(.sunday), .monthly, .never] {
            let data = try JSONEncoder().encode(schedule)
            #expect(try JSONDecoder().decode(RiskSchedule.self, from: data) == schedule)
        }
        #expect(
            String(decoding: try JSONEncoder().encode(RiskSchedule.weekly(.monday)), as: UTF8.self)
                == #""weekly:monday""#)
    }

    @Test("risk is re-classified on the schedule's day only")
    func riskOnSchedule() async throws {
        let clock = EngineWorld.clock()
        let store = try await EngineWorld.store()
        let engine = try EngineWorld.engine(store, sender: InMemoryMessageSender(clock: clock), clock: clock)
        #expect(try await engine.run(on: EngineWorld.monday).riskAssessed == 3)
        for offset in 1...6 {
            clock.advance(days: 1)
            let report = try await engine.run(on: EngineWorld.monday.adding(days: offset))
            #expect(report.riskAssessed == 0, "day \(offset)")
        }
        clock.advance(days: 1)
        #expect(try await engine.run(on: EngineWorld.monday.adding(days: 7)).riskAssessed == 3)
    }
}
