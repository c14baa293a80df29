import Foundation

/// The source of the current instant and of the company's time zone.
///
/// The engine never reads the wall clock: it asks a clock. Production code uses ``SystemClock``; tests and
/// simulations use ``ManualClock`` and advance it day by day.
///
/// ## Implementation requirements
/// - `now` must be safe to read from any thread or task.
/// - `timeZone` is the company's time zone; it decides which civil date "today" is. It should not change
///   during a run.
public protocol Clock: Sendable {
    /// The current instant.
    var now: Date { get }
    /// The company's time zone, which decides the civil date of an instant.
    var timeZone: TimeZone { get }
}

extension Clock {
    /// Today's civil date in the company's time zone.
    public var today: CivilDate { CivilDate(instant: now, in: timeZone) }
}

extension CivilDate {
    /// The civil date an instant falls on in a time zone (its offset at that instant, so daylight saving
    /// time is honoured).
    ///
    /// - Parameters:
    ///   - instant: An instant.
    ///   - timeZone: The time zone whose wall calendar decides the date.
    public init(instant: Date, in timeZone: TimeZone) {
        let seconds = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        self.init(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }

    /// The first instant of this date in a time zone: local midnight, or, where a daylight-saving change skips
    /// midnight (as in America/Santiago), the moment the day actually begins.
    ///
    /// ```swift
    /// // Europe/Madrid is two hours ahead of UTC in summer:
    /// try CivilDate(iso: "2024-07-01").startInstant(in: madrid)  // 2024-06-30T22:00:00Z
    /// ```
    ///
    /// - Parameter timeZone: The time zone.
    /// - Returns: The earliest instant whose civil date in `timeZone` is this date.
    public func startInstant(in timeZone: TimeZone) -> Date {
        CivilDate.instant(localSeconds: Double(daysSinceEpoch) * 86_400, in: timeZone)
    }

    /// The instant at which a time zone's wall clock reads `localSeconds` (seconds since 1970-01-01T00:00
    /// local time).
    ///
    /// A wall time that occurs twice (when clocks go back) resolves to the earlier instant; a wall time
    /// skipped by clocks going forward resolves to the instant as far after the gap's start as the wall
    /// time is (02:30 in a 02:00→03:00 gap becomes 03:30), which is the moment the day begins when the gap
    /// swallows midnight.
    ///
    /// - Parameters:
    ///   - localSeconds: Seconds since the local-time epoch.
    ///   - timeZone: The time zone.
    /// - Returns: The matching instant.
    static func instant(localSeconds: Double, in timeZone: TimeZone) -> Date {
        // The answer lies within a day of `localSeconds` read as UTC, so the offsets in force a day either
        // side cover both sides of any transition near it. Keep the earliest candidate that reads back.
        let offsets = Set(
            [-86_400.0, 0, 86_400].map { shift in
                Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds + shift)))
            })
        let candidates = offsets.map { localSeconds - $0 }
        let readingBack = candidates.filter { candidate in
            let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: candidate))
            return candidate + Double(offset) == localSeconds
        }
        // In a gap nothing reads back; the latest candidate (the offset before the jump) lands after the gap.
        return Date(timeIntervalSince1970: readingBack.min() ?? candidates.max() ?? localSeconds)
    }
}
