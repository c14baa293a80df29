import Cobranza
import Foundation
import Testing

@Suite("Civil dates")
struct CivilDateTests {
    @Test("the epoch is 1970-01-01, a Thursday")
    func epoch() throws {
        let epoch = CivilDate(daysSinceEpoch: 0)
        #expect(epoch.description == "1970-01-01")
        #expect(epoch.weekday == .thursday)
        #expect(try CivilDate(year: 1970, month: 1, day: 1) == epoch)
    }

    @Test("ISO and day-first text parse to the same date and format back")
    func parsing() throws {
        let iso = try CivilDate(iso: "2024-02-29")
        let dayFirst = try CivilDate(parsing: "29/02/2024", format: .dayMonthYear)
        #expect(iso == dayFirst)
        #expect(iso.formatted(.dayMonthYear) == "29/02/2024")
    }

    @Test("a day that does not exist is an error naming it", arguments: ["2023-02-29", "2024-13-01", "2024-04-31"])
    func invalidDay(text: String) {
        #expect(throws: CivilDateError.self) { try CivilDate(iso: text) }
    }

    // MARK: - Day counts against an independent calendar

    /// A deliberately naive calendar: one day at a time, rolling the month and the year by hand.
    private struct NaiveCalendar {
        var year = 1900
        var month = 1
        var day = 1

        static func isLeap(_ year: Int) -> Bool {
            if year % 400 == 0 { return true }
            if year % 100 == 0 { return false }
            return year % 4 == 0
        }

        static func length(year: Int, month: Int) -> Int {
            let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            return lengths[month - 1]
        }

        mutating func step() {
            day += 1
            if day > NaiveCalendar.length(year: year, month: month) {
                day = 1
                month += 1
                if month > 12 {
                    month = 1
                    year += 1
                }
            }
        }
    }

    @Test("every day from 1900-01-01 to 2100-12-31 round-trips between day count and components")
    func roundTripAgainstNaiveCalendar() throws {
        var naive = NaiveCalendar()
        // 1900-01-01 is 25,567 days before the epoch, and was a Monday.
        var expectedCount = -25_567
        var expectedWeekday = Weekday.monday
        var expectedDayOfYear = 1
        var mismatches: [String] = []
        var checked = 0
        while naive.year <= 2100 {
            let label = "\(naive.year)-\(naive.month)-\(naive.day)"
            let date = try CivilDate(year: naive.year, month: naive.month, day: naive.day)
            let fromCount = CivilDate(daysSinceEpoch: expectedCount)
            let components = fromCount.components
            if date.daysSinceEpoch != expectedCount { mismatches.append("\(label): count \(date.daysSinceEpoch)") }
            if components != (naive.year, naive.month, naive.day) { mismatches.append("\(label): \(components)") }
            if fromCount.weekday != expectedWeekday { mismatches.append("\(label): \(fromCount.weekday)") }
            if fromCount.dayOfYear != expectedDayOfYear { mismatches.append("\(label): day \(fromCount.dayOfYear)") }
            if fromCount.isLeapYear != NaiveCalendar.isLeap(naive.year) { mismatches.append("\(label): leap") }
            let endOfMonth = NaiveCalendar.length(year: naive.year, month: naive.month)
            if fromCount.startOfMonth.components != (naive.year, naive.month, 1)
                || fromCount.endOfMonth.components != (naive.year, naive.month, endOfMonth)
            {
                mismatches.append("\(label): month bounds")
            }
            if try CivilDate(iso: fromCount.formatted(.iso)) != fromCount
                || CivilDate(parsing: fromCount.formatted(.dayMonthYear), format: .dayMonthYear) != fromCount
            {
                mismatches.append("\(label): text")
            }
            if mismatches.count > 10 { break }

            let previousYear = naive.year
            naive.step()
            expectedCount += 1
            expectedWeekday = Weekday(rawValue: expectedWeekday.rawValue % 7 + 1) ?? .monday
            expectedDayOfYear = naive.year == previousYear ? expectedDayOfYear + 1 : 1
            checked += 1
        }
        #expect(mismatches == [])
        #expect(checked == 73_414)
        #expect(CivilDate(daysSinceEpoch: expectedCount - 1).description == "2100-12-31")
    }

    @Test(
        "leap years follow the Gregorian rule",
        arguments: [(1900, false), (2000, true), (2023, false), (2024, true), (2100, false), (2400, true)])
    func leapYears(year: Int, isLeap: Bool) throws {
        #expect(CivilDate.isLeapYear(year) == isLeap)
        #expect(try CivilDate(year: year, month: 6, day: 1).isLeapYear == isLeap)
        #expect(CivilDate.daysInMonth(year: year, month: 2) == (isLeap ? 29 : 28))
        #expect(try CivilDate(year: year, month: 12, day: 31).dayOfYear == (isLeap ? 366 : 365))
    }

    @Test(
        "weekdays of known dates",
        arguments: [
            ("2024-03-15", Weekday.friday), ("2000-01-01", .saturday), ("1900-01-01", .monday),
            ("1969-12-31", .wednesday), ("2100-12-31", .friday), ("2024-02-29", .thursday),
        ])
    func weekdays(text: String, weekday: Weekday) throws {
        #expect(try CivilDate(iso: text).weekday == weekday)
    }

    @Test(
        "days(to:) counts across months and years",
        arguments: [
            ("2024-01-31", "2024-03-01", 30), ("2023-01-31", "2023-03-01", 29), ("2023-12-31", "2024-01-01", 1),
            ("2024-01-01", "2025-01-01", 366), ("2025-01-01", "2024-01-01", -366), ("2024-05-05", "2024-05-05", 0),
            ("1999-12-31", "2000-03-01", 61),
        ])
    func daysBetween(from: String, to: String, days: Int) throws {
        let start = try CivilDate(iso: from)
        let end = try CivilDate(iso: to)
        #expect(start.days(to: end) == days)
        #expect(start.adding(days: days) == end)
        #expect(start.distance(to: end) == days)
    }

    // MARK: - Months and years

    @Test(
        "adding months keeps the day or clamps it to the month's end",
        arguments: [
            ("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"), ("2024-01-31", 2, "2024-03-31"),
            ("2024-01-31", 3, "2024-04-30"), ("2024-01-31", 13, "2025-02-28"), ("2024-03-31", -1, "2024-02-29"),
            ("2024-01-15", -1, "2023-12-15"), ("2024-01-31", -2, "2023-11-30"), ("2024-05-20", 0, "2024-05-20"),
            ("2024-12-01", 1, "2025-01-01"), ("2024-01-01", -24, "2022-01-01"), ("2024-08-31", 120, "2034-08-31"),
        ])
    func addingMonths(from: String, months: Int, expected: String) throws {
        #expect(try CivilDate(iso: from).adding(months: months) == CivilDate(iso: expected))
    }

    @Test(
        "adding years turns 29 February into 28 February in a common year",
        arguments: [
            ("2024-02-29", 1, "2025-02-28"), ("2024-02-29", 4, "2028-02-29"), ("2024-02-29", -4, "2020-02-29"),
            ("2000-02-29", 100, "2100-02-28"), ("2023-03-15", 1, "2024-03-15"), ("2024-02-28", -1, "2023-02-28"),
        ])
    func addingYears(from: String, years: Int, expected: String) throws {
        #expect(try CivilDate(iso: from).adding(years: years) == CivilDate(iso: expected))
    }

    @Test(
        "start and end of month",
        arguments: [
            ("2024-02-17", "2024-02-01", "2024-02-29"), ("2023-02-01", "2023-02-01", "2023-02-28"),
            ("2024-12-31", "2024-12-01", "2024-12-31"), ("2024-04-30", "2024-04-01", "2024-04-30"),
        ])
    func monthBounds(date: String, start: String, end: String) throws {
        let value = try CivilDate(iso: date)
        #expect(try value.startOfMonth == CivilDate(iso: start))
        #expect(try value.endOfMonth == CivilDate(iso: end))
    }

    @Test("a closed range of dates is a sequence of days")
    func strideable() throws {
        let start = try CivilDate(iso: "2024-02-27")
        let end = try CivilDate(iso: "2024-03-02")
        #expect(
            (start...end).map(\.description) == [
                "2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02",
            ])
        #expect((start..<start).isEmpty)
        #expect(Array(stride(from: start, to: end, by: 2)).map(\.day) == [27, 29])
    }

    // MARK: - Parsing errors

    @Test(
        "malformed text is an error naming the text and the format",
        arguments: [
            ("2024-2-1", CivilDateFormat.iso), ("2024/02/01", .iso), ("", .iso), ("abcd-ef-gh", .iso),
            ("2024-02-01x", .iso), (" 2024-02-01", .iso), ("2024-02-01 ", .iso), ("+024-02-01", .iso),
            ("2024-0a-01", .iso), ("2024-02-0\u{661}", .iso), ("20240201", .iso), ("01/02/2024", .iso),
            ("2024-02-01", .dayMonthYear), ("1/2/2024", .dayMonthYear), ("01-02-2024", .dayMonthYear),
            ("01/02/24", .dayMonthYear), ("aa/bb/cccc", .dayMonthYear), ("", .dayMonthYear),
        ])
    func malformed(text: String, format: CivilDateFormat) {
        #expect(throws: CivilDateError.malformedDate(text: text, format: format)) {
            try CivilDate(parsing: text, format: format)
        }
    }

    @Test(
        "well-formed text naming a day that does not exist is an error naming the components",
        arguments: [
            ("31/04/2024", CivilDateFormat.dayMonthYear, 2024, 4, 31), ("29/02/2023", .dayMonthYear, 2023, 2, 29),
            ("00/01/2024", .dayMonthYear, 2024, 1, 0), ("2024-00-10", .iso, 2024, 0, 10),
            ("2024-02-30", .iso, 2024, 2, 30), ("0000-01-01", .iso, 0, 1, 1), ("1900-02-29", .iso, 1900, 2, 29),
        ])
    func invalidComponents(text: String, format: CivilDateFormat, year: Int, month: Int, day: Int) {
        #expect(throws: CivilDateError.invalidComponents(year: year, month: month, day: day)) {
            try CivilDate(parsing: text, format: format)
        }
    }

    @Test("error descriptions name the offending value")
    func errorDescriptions() {
        #expect(
            CivilDateError.malformedDate(text: "2024/02/01", format: .iso).description
                == "Malformed date '2024/02/01': expected yyyy-MM-dd")
        #expect(
            CivilDateError.invalidComponents(year: 2024, month: 4, day: 31).description
                == "Invalid date: year 2024, month 4, day 31 does not exist")
    }

    // MARK: - Codable

    @Test("a date encodes as its ISO text and decodes back")
    func codableRoundTrip() throws {
        let dates = [
            try CivilDate(iso: "2024-02-29"), try CivilDate(iso: "0001-01-01"), try CivilDate(iso: "9999-12-31"),
        ]
        let data = try JSONEncoder().encode(dates)
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29","0001-01-01","9999-12-31"]"#)
        #expect(try JSONDecoder().decode([CivilDate].self, from: data) == dates)
    }

    @Test("decoding text that is not a date is a DecodingError naming the text")
    func decodeError() throws {
        let data = Data(#"["2024-02-28","29/02/2024"]"#.utf8)
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: data)
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.codingPath.last?.intValue == 1)
        #expect(context.debugDescription.contains("29/02/2024"))
    }
}
