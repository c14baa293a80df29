import Cobranza
import Foundation
import Testing

private func zone(_ identifier: String) throws -> TimeZone {
    try #require(TimeZone(identifier: identifier), "time zone \(identifier) is not installed")
}

/// The instant `hour`:`minute` UTC on an ISO date.
private func utc(_ iso: String, hour: Int = 0, minute: Int = 0) throws -> Date {
    let day = try CivilDate(iso: iso)
    return Date(timeIntervalSince1970: Double(day.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60))
}

/// Seconds since local midnight of an instant in a time zone.
private func localTimeOfDay(_ instant: Date, in timeZone: TimeZone) -> Int {
    let local = Int(instant.timeIntervalSince1970) + timeZone.secondsFromGMT(for: instant)
    return ((local % 86_400) + 86_400) % 86_400
}

@Suite("Clocks and time zones")
struct ClockTests {
    @Test("today is the civil date in the company's time zone, not in UTC")
    func todayInCompanyZone() throws {
        let instant = try utc("2024-03-01", hour: 2)
        let buenosAires = ManualClock(now: instant, timeZone: try zone("America/Argentina/Buenos_Aires"))
        let greenwich = ManualClock(now: instant, timeZone: try zone("UTC"))
        let tokyo = ManualClock(now: try utc("2024-02-29", hour: 15), timeZone: try zone("Asia/Tokyo"))
        #expect(try buenosAires.today == CivilDate(iso: "2024-02-29"))
        #expect(try greenwich.today == CivilDate(iso: "2024-03-01"))
        #expect(try tokyo.today == CivilDate(iso: "2024-03-01"))
    }

    @Test("a manual clock set to a day reads that local hour of that day")
    func manualClockAtLocalHour() throws {
        let day = try CivilDate(iso: "2024-03-15")
        let clock = ManualClock(today: day, timeZone: try zone("America/Argentina/Buenos_Aires"))
        #expect(try clock.now == utc("2024-03-15", hour: 12))
        #expect(clock.today == day)
        let late = ManualClock(today: day, hour: 23, timeZone: try zone("America/Argentina/Buenos_Aires"))
        #expect(try late.now == utc("2024-03-16", hour: 2))
        #expect(late.today == day)
    }

    @Test("advancing a manual clock by days moves today by that many days")
    func advanceDays() throws {
        let clock = ManualClock(today: try CivilDate(iso: "2024-02-27"), timeZone: try zone("UTC"))
        clock.advance(days: 1)
        #expect(try clock.today == CivilDate(iso: "2024-02-28"))
        clock.advance(days: 2)
        #expect(try clock.today == CivilDate(iso: "2024-03-01"))
        clock.advance(days: -366)
        #expect(try clock.today == CivilDate(iso: "2023-03-01"))
        #expect(localTimeOfDay(clock.now, in: try zone("UTC")) == 9 * 3_600)
    }

    @Test("advancing by seconds and setting the instant move the clock exactly")
    func advanceSecondsAndSet() throws {
        let clock = ManualClock(today: try CivilDate(iso: "2024-02-29"), hour: 23, timeZone: try zone("UTC"))
        clock.advance(by: 3_599)
        #expect(try clock.today == CivilDate(iso: "2024-02-29"))
        clock.advance(by: 1)
        #expect(try clock.today == CivilDate(iso: "2024-03-01"))
        #expect(try clock.now == utc("2024-03-01"))
        let target = try utc("2030-06-15", hour: 12)
        clock.set(to: target)
        #expect(clock.now == target)
    }

    @Test(
        "advancing day by day across daylight-saving changes never skips or repeats a day and keeps the hour",
        arguments: [
            ("America/Santiago", "2024-03-25"), ("America/Santiago", "2024-08-30"),
            ("Europe/Madrid", "2024-03-25"), ("Europe/Madrid", "2024-10-20"),
            ("Asia/Beirut", "2024-03-25"), ("Australia/Lord_Howe", "2024-03-30"),
        ])
    func advanceAcrossDaylightSaving(identifier: String, start: String) throws {
        let timeZone = try zone(identifier)
        for hour in [0, 1, 2, 9, 23] {
            var expected = try CivilDate(iso: start)
            let clock = ManualClock(today: expected, hour: hour, timeZone: timeZone)
            for _ in 0..<21 {
                clock.advance(days: 1)
                expected = expected.adding(days: 1)
                #expect(clock.today == expected, "\(identifier) at \(hour):00")
                let timeOfDay = localTimeOfDay(clock.now, in: timeZone)
                // Only a wall time swallowed by a gap may move, and then by the gap's length at most.
                #expect((0...3_600).contains(timeOfDay - hour * 3_600), "\(identifier) \(expected) at \(hour):00")
            }
        }
    }

    @Test("midnight skipped by a daylight-saving change: the day starts when clocks jump")
    func midnightGap() throws {
        // Chile moved clocks from 00:00 to 01:00 on 2024-09-08 (04:00 UTC).
        let santiago = try zone("America/Santiago")
        let day = try CivilDate(iso: "2024-09-08")
        #expect(try day.startInstant(in: santiago) == utc("2024-09-08", hour: 4))
        let clock = ManualClock(today: day, hour: 0, timeZone: santiago)
        #expect(clock.today == day)
        #expect(localTimeOfDay(clock.now, in: santiago) == 3_600)
    }

    @Test("midnight after clocks go back at midnight starts the day once, after the repeated hour")
    func midnightRepeat() throws {
        // Chile moved clocks from 00:00 back to 23:00 on 2024-04-07 (03:00 UTC); 2024-04-07 begins at 04:00 UTC.
        let santiago = try zone("America/Santiago")
        let day = try CivilDate(iso: "2024-04-07")
        #expect(try day.startInstant(in: santiago) == utc("2024-04-07", hour: 4))
        #expect(try day.adding(days: -1).startInstant(in: santiago) == utc("2024-04-06", hour: 3))
    }

    @Test("a local hour that occurs twice resolves to its first occurrence; a skipped one to the hour after")
    func ambiguousAndSkippedHours() throws {
        // Madrid: 03:00 → 02:00 on 2024-10-27 at 01:00 UTC; 02:00 → 03:00 on 2024-03-31 at 01:00 UTC.
        let madrid = try zone("Europe/Madrid")
        let repeated = ManualClock(today: try CivilDate(iso: "2024-10-27"), hour: 2, timeZone: madrid)
        #expect(try repeated.now == utc("2024-10-27", hour: 0))
        let skipped = ManualClock(today: try CivilDate(iso: "2024-03-31"), hour: 2, timeZone: madrid)
        #expect(try skipped.now == utc("2024-03-31", hour: 1))
        #expect(localTimeOfDay(skipped.now, in: madrid) == 3 * 3_600)
    }

    @Test(
        "every day's start instant is the first instant of that day, in zones with and without daylight saving",
        arguments: [
            "UTC", "America/Argentina/Buenos_Aires", "America/Santiago", "Europe/Madrid", "Asia/Beirut",
            "Asia/Kolkata", "Pacific/Chatham", "Pacific/Kiritimati", "America/St_Johns", "Australia/Lord_Howe",
        ])
    func startInstants(identifier: String) throws {
        let timeZone = try zone(identifier)
        let first = try CivilDate(iso: "2023-12-25")
        let last = try CivilDate(iso: "2025-01-05")
        var previousStart = first.adding(days: -1).startInstant(in: timeZone)
        for day in first...last {
            let start = day.startInstant(in: timeZone)
            #expect(CivilDate(instant: start, in: timeZone) == day, "\(identifier) \(day)")
            #expect(CivilDate(instant: start.addingTimeInterval(-1), in: timeZone) == day.adding(days: -1))
            let length = start.timeIntervalSince(previousStart)
            #expect((82_800...90_000).contains(length), "\(identifier) \(day) lasts \(length) s")
            previousStart = start
        }
    }

    @Test("walking a year hour by hour visits every civil date, in order, without gaps")
    func hourlyWalk() throws {
        for identifier in ["America/Santiago", "Europe/Madrid", "Asia/Beirut"] {
            let timeZone = try zone(identifier)
            var instant = try utc("2024-01-01", hour: 12)
            var previous = CivilDate(instant: instant, in: timeZone)
            var visited = 1
            for _ in 0..<(366 * 24) {
                instant = instant.addingTimeInterval(3_600)
                let current = CivilDate(instant: instant, in: timeZone)
                let step = previous.days(to: current)
                #expect(step == 0 || step == 1, "\(identifier) jumped \(step) days at \(instant)")
                if step == 1 { visited += 1 }
                previous = current
            }
            #expect(visited == 367, "\(identifier)")
        }
    }

    @Test("the system clock reads the wall clock in its time zone")
    func systemClock() throws {
        let timeZone = try zone("America/Argentina/Buenos_Aires")
        let clock = SystemClock(timeZone: timeZone)
        let before = Date()
        let now = clock.now
        let after = Date()
        #expect(before <= now && now <= after)
        #expect(clock.timeZone == timeZone)
        #expect(
            clock.today == CivilDate(instant: clock.now, in: timeZone)
                || clock.today == CivilDate(instant: after, in: timeZone))
    }

    @Test("a manual clock can be advanced from many tasks at once")
    func concurrentAdvance() async throws {
        let clock = ManualClock(now: try utc("2024-01-01"), timeZone: try zone("UTC"))
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<1_000 {
                group.addTask { clock.advance(by: 1) }
            }
        }
        #expect(try clock.now == utc("2024-01-01", minute: 16).addingTimeInterval(40))
    }
}
