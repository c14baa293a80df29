import Cobranza
import CobranzaTesting
import Foundation
import Testing

private func date(_ iso: String) throws -> CivilDate { try CivilDate(iso: iso) }

/// A calendar that breaks the protocol's requirements: no day is a business day.
private struct NeverOpen: BusinessCalendar {
    func isBusinessDay(_ date: CivilDate) -> Bool { false }
}

@Suite("Business calendars")
struct BusinessCalendarTests {
    // 2024-03-15 is a Friday; 16–17 the weekend; 18 a Monday.

    @Test("Monday to Friday: weekdays are business days, weekends are not")
    func mondayToFriday() throws {
        let calendar = WorkweekCalendar.mondayToFriday
        let week = try date("2024-03-11")...date("2024-03-17")
        #expect(week.map(calendar.isBusinessDay) == [true, true, true, true, true, false, false])
        #expect(calendar.holidays.isEmpty)
        #expect(calendar.weekendDays == [.saturday, .sunday])
    }

    @Test("a weekend day rolls forward to Monday and back to Friday")
    func weekendShift() throws {
        let calendar = WorkweekCalendar.mondayToFriday
        #expect(try calendar.nextBusinessDay(onOrAfter: date("2024-03-16")) == date("2024-03-18"))
        #expect(try calendar.nextBusinessDay(onOrAfter: date("2024-03-17")) == date("2024-03-18"))
        #expect(try calendar.nextBusinessDay(onOrAfter: date("2024-03-15")) == date("2024-03-15"))
        #expect(try calendar.nextBusinessDay(after: date("2024-03-15")) == date("2024-03-18"))
        #expect(try calendar.previousBusinessDay(onOrBefore: date("2024-03-17")) == date("2024-03-15"))
        #expect(try calendar.previousBusinessDay(onOrBefore: date("2024-03-18")) == date("2024-03-18"))
        #expect(try calendar.previousBusinessDay(before: date("2024-03-18")) == date("2024-03-15"))
    }

    @Test("a holiday on a Monday moves a Saturday to Tuesday")
    func mondayHoliday() throws {
        let calendar = WorkweekCalendar(name: "Test", holidays: [try date("2024-03-18")])
        #expect(try !calendar.isBusinessDay(date("2024-03-18")))
        #expect(try calendar.nextBusinessDay(onOrAfter: date("2024-03-16")) == date("2024-03-19"))
        #expect(try calendar.nextBusinessDay(after: date("2024-03-15")) == date("2024-03-19"))
        #expect(try calendar.previousBusinessDay(onOrBefore: date("2024-03-18")) == date("2024-03-15"))
    }

    @Test("holidays chained to a weekend are crossed in one step")
    func holidayChain() throws {
        // Thursday and Friday holidays, the weekend, a Monday holiday: Easter 2024 with a bridge day.
        let holidays: Set<CivilDate> = [try date("2024-03-28"), try date("2024-03-29"), try date("2024-04-01")]
        let calendar = WorkweekCalendar(name: "Easter", holidays: holidays)
        #expect(try calendar.nextBusinessDay(onOrAfter: date("2024-03-28")) == date("2024-04-02"))
        #expect(try calendar.nextBusinessDay(after: date("2024-03-27")) == date("2024-04-02"))
        #expect(try calendar.previousBusinessDay(onOrBefore: date("2024-04-01")) == date("2024-03-27"))
        #expect(try calendar.adding(businessDays: 1, to: date("2024-03-27")) == date("2024-04-02"))
        #expect(try calendar.adding(businessDays: -1, to: date("2024-04-02")) == date("2024-03-27"))
        #expect(try calendar.businessDays(from: date("2024-03-25"), to: date("2024-04-08")) == 7)
    }

    @Test(
        "adding business days steps over weekends and holidays, forwards and backwards",
        arguments: [
            ("2024-03-15", 0, "2024-03-15"), ("2024-03-16", 0, "2024-03-16"), ("2024-03-15", 1, "2024-03-19"),
            ("2024-03-15", 5, "2024-03-25"), ("2024-03-15", 6, "2024-03-26"), ("2024-03-16", 1, "2024-03-19"),
            ("2024-03-16", 2, "2024-03-20"), ("2024-03-15", -1, "2024-03-14"), ("2024-03-15", -5, "2024-03-08"),
            ("2024-03-16", -1, "2024-03-15"), ("2024-03-20", -2, "2024-03-15"), ("2024-03-19", -1, "2024-03-15"),
        ])
    func addingBusinessDays(from: String, days: Int, expected: String) throws {
        // The Monday 2024-03-18 is a holiday.
        let calendar = WorkweekCalendar(name: "Test", holidays: [try date("2024-03-18")])
        #expect(try calendar.adding(businessDays: days, to: date(from)) == date(expected))
    }

    @Test(
        "business days are counted in the half-open span [start, end)",
        arguments: [
            ("2024-03-15", "2024-03-22", 5), ("2024-03-15", "2024-03-15", 0), ("2024-03-15", "2024-03-16", 1),
            ("2024-03-16", "2024-03-18", 0), ("2024-03-16", "2024-03-19", 1), ("2024-03-22", "2024-03-15", 0),
            ("2024-01-01", "2025-01-01", 262),
        ])
    func countingBusinessDays(from: String, to: String, count: Int) throws {
        let calendar = WorkweekCalendar.mondayToFriday
        #expect(try calendar.businessDays(from: date(from), to: date(to)) == count)
    }

    @Test("counting the span to n business days later gives back n")
    func countMatchesAdding() throws {
        let calendar = WorkweekCalendar(
            name: "Test", holidays: [try date("2024-03-18"), try date("2024-05-01"), try date("2024-12-25")])
        var random = SplitMix64(seed: 2024)
        let start = try date("2024-01-01")
        for _ in 0..<200 {
            let from = calendar.nextBusinessDay(onOrAfter: start.adding(days: Int.random(in: 0..<366, using: &random)))
            let n = Int.random(in: 0...40, using: &random)
            let to = calendar.adding(businessDays: n, to: from)
            #expect(calendar.businessDays(from: from, to: to) == n, "\(from) + \(n)")
            #expect(calendar.adding(businessDays: -n, to: to) == from, "\(to) - \(n)")
        }
    }

    @Test("a Friday–Saturday weekend makes Sunday a business day")
    func customWeekend() throws {
        let calendar = WorkweekCalendar(name: "Sunday to Thursday", weekendDays: [.friday, .saturday])
        #expect(try calendar.isBusinessDay(date("2024-03-17")))
        #expect(try !calendar.isBusinessDay(date("2024-03-15")))
        #expect(try calendar.nextBusinessDay(after: date("2024-03-14")) == date("2024-03-17"))
        #expect(try calendar.adding(businessDays: 5, to: date("2024-03-17")) == date("2024-03-24"))
        #expect(try calendar.businessDays(from: date("2024-03-11"), to: date("2024-03-18")) == 5)
    }

    @Test("a calendar without business days gives up after 366 days instead of looping")
    func boundedSearch() throws {
        let start = try date("2024-03-15")
        #expect(NeverOpen().nextBusinessDay(onOrAfter: start) == start.adding(days: 366))
        #expect(NeverOpen().previousBusinessDay(onOrBefore: start) == start.adding(days: -366))
        let allWeekend = WorkweekCalendar(name: "Closed", weekendDays: Set(Weekday.allCases))
        #expect(allWeekend.nextBusinessDay(after: start) == start.adding(days: 367))
    }

    @Test("a long holiday run within a year is still crossed")
    func longHolidayRun() throws {
        let start = try date("2024-01-01")
        let calendar = WorkweekCalendar(name: "Long", holidays: Set(start..<start.adding(days: 300)))
        // The run ends on Saturday 2024-10-26; the next business day is Monday 2024-10-28.
        #expect(try calendar.nextBusinessDay(onOrAfter: start) == date("2024-10-28"))
    }

    // MARK: - Codable

    @Test("a calendar encodes to stable JSON with sorted lists and decodes back")
    func codableRoundTrip() throws {
        let calendar = WorkweekCalendar(
            name: "AR 2026",
            weekendDays: [.sunday, .saturday],
            holidays: [try date("2026-05-25"), try date("2026-01-01"), try date("2026-03-24")])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(calendar)
        let expected = #"{"holidays":["2026-01-01","2026-03-24","2026-05-25"],"name":"AR 2026","weekendDays":[6,7]}"#
        #expect(String(decoding: data, as: UTF8.self) == expected)
        #expect(try JSONDecoder().decode(WorkweekCalendar.self, from: data) == calendar)
        #expect(try encoder.encode(JSONDecoder().decode(WorkweekCalendar.self, from: data)) == data)
    }

    @Test("weekend days and holidays may be omitted from JSON")
    func decodeDefaults() throws {
        let calendar = try JSONDecoder().decode(WorkweekCalendar.self, from: Data(#"{"name":"Plain"}"#.utf8))
        #expect(calendar == WorkweekCalendar(name: "Plain"))
        #expect(calendar.weekendDays == [.saturday, .sunday])
    }

    @Test("a bad holiday fails decoding with its position and its text")
    func decodeBadHoliday() throws {
        let json = #"{"name":"Bad","holidays":["2026-01-01","2026-02-30"]}"#
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(WorkweekCalendar.self, from: Data(json.utf8))
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.codingPath.first?.stringValue == "holidays")
        #expect(context.codingPath.last?.intValue == 1)
        #expect(context.debugDescription.contains("2026"))
        #expect(context.debugDescription.contains("day 30"))

        let malformed = #"{"name":"Bad","holidays":["25/05/2026"]}"#
        let second = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(WorkweekCalendar.self, from: Data(malformed.utf8))
        }
        guard case .dataCorrupted(let secondContext) = second else {
            Issue.record("expected dataCorrupted, got \(second)")
            return
        }
        #expect(secondContext.debugDescription.contains("25/05/2026"))
    }

    @Test("a weekday number outside 1 to 7 fails decoding")
    func decodeBadWeekday() {
        let json = #"{"name":"Bad","weekendDays":[6,8]}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(WorkweekCalendar.self, from: Data(json.utf8))
        }
    }

    @Test("a calendar works through the protocol existential")
    func existential() throws {
        let calendar: any BusinessCalendar = WorkweekCalendar.mondayToFriday
        #expect(try calendar.nextBusinessDay(onOrAfter: date("2024-03-16")) == date("2024-03-18"))
    }
}
