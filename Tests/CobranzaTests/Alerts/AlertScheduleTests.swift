import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Alert schedules and periods")
struct AlertScheduleTests {
    @Test("a daily schedule is due every day, its period is the day")
    func daily() {
        for offset in 0..<7 {
            let date = AlertWorld.monday.adding(days: offset)
            #expect(AlertSchedule.daily.period(on: date) == .day(date))
        }
        #expect(AlertPeriod.day(AlertWorld.monday).id == "2024-03-04")
    }

    @Test("a weekly schedule is due from its weekday to the end of the ISO week, its period is the week")
    func weekly() throws {
        let schedule = AlertSchedule.weekly(on: .wednesday)
        let dueDays = (0..<7).map { AlertWorld.monday.adding(days: $0) }.filter { schedule.period(on: $0) != nil }
        #expect(dueDays == (2..<7).map { AlertWorld.monday.adding(days: $0) })
        #expect(schedule.period(on: AlertWorld.monday.adding(days: 1)) == nil)
        let period = try #require(schedule.period(on: try CivilDate(iso: "2024-03-06")))
        #expect(period.id == "2024-W10")
        #expect(period.firstDay == AlertWorld.monday)
        #expect(period.lastDay == (try CivilDate(iso: "2024-03-10")))
    }

    @Test(
        "ISO week identifiers use the week's year at year boundaries",
        arguments: [
            ("2024-03-04", "2024-W10"), ("2024-01-01", "2024-W01"), ("2024-12-30", "2025-W01"),
            ("2021-01-03", "2020-W53"), ("2026-12-31", "2026-W53"), ("2027-01-04", "2027-W01"),
        ])
    func isoWeeks(date: String, week: String) throws {
        #expect(AlertPeriod.week(containing: try CivilDate(iso: date)).id == week)
    }

    @Test("an event period is the day and the last triggering position")
    func eventPeriod() {
        #expect(AlertPeriod.event(on: AlertWorld.monday, through: 1287).id == "2024-03-04@1287")
        #expect(AlertPeriod.event(on: AlertWorld.monday, through: nil).id == "2024-03-04")
    }

    @Test(
        "schedules encode as text and decode back",
        arguments: [
            (AlertSchedule.daily, "daily"), (.onEvent, "on_event"), (.weekly(on: .monday), "weekly:monday"),
            (.weekly(on: .sunday), "weekly:sunday"),
        ])
    func text(schedule: AlertSchedule, text: String) throws {
        #expect(schedule.text == text)
        let data = try JSONEncoder().encode([schedule])
        #expect(String(decoding: data, as: UTF8.self) == "[\"\(text)\"]")
        #expect(try JSONDecoder().decode([AlertSchedule].self, from: data) == [schedule])
    }

    @Test("an unknown schedule fails to decode, naming the text", arguments: ["weekly:lunes", "hourly", "weekly"])
    func unknownSchedule(text: String) {
        #expect(AlertSchedule(text: text) == nil)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([AlertSchedule].self, from: Data("[\"\(text)\"]".utf8))
        }
    }
}
