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

    /// The instant this date starts at (00:00) in a time zone.
    ///
    /// - Parameter timeZone: The time zone.
    /// - Returns: Midnight at the start of the day, local time.
    public func startInstant(in timeZone: TimeZone) -> Date {
        let utcMidnight = Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400)
        let offset = timeZone.secondsFromGMT(for: utcMidnight)
        return Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400 - Double(offset))
    }
}
