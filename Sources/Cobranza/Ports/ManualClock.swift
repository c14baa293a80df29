import Foundation

/// A clock that only moves when told to: for tests, simulations and replaying a collection run.
///
/// ```swift
/// let clock = ManualClock(today: try CivilDate(iso: "2024-03-15"), timeZone: buenosAires)
/// clock.today               // 2024-03-15, at 09:00 local time
/// clock.advance(days: 3)
/// clock.today               // 2024-03-18, still 09:00 local time
/// ```
///
/// The clock is a reference type so that the code under test and the test share one instance; it is safe
/// to read and advance from any thread or task.
public final class ManualClock: Clock, @unchecked Sendable {
    // `@unchecked Sendable`: `instant` is only read and written while holding `lock`.
    private let lock = NSLock()
    private var instant: Date

    /// The company's time zone, which decides which civil date ``Clock/today`` is.
    public let timeZone: TimeZone

    /// Creates a clock stopped at an instant.
    ///
    /// - Parameters:
    ///   - now: The instant the clock reads until moved.
    ///   - timeZone: The company's time zone.
    public init(now: Date, timeZone: TimeZone) {
        self.instant = now
        self.timeZone = timeZone
    }

    /// Creates a clock stopped at a local hour of a civil date.
    ///
    /// - Parameters:
    ///   - today: The civil date ``Clock/today`` reads.
    ///   - hour: The local hour, 0 to 23; 9 by default. An hour skipped by a daylight-saving change is
    ///     read as the same time after the change (02:00 in a 02:00→03:00 gap becomes 03:00).
    ///   - timeZone: The company's time zone.
    public convenience init(today: CivilDate, hour: Int = 9, timeZone: TimeZone) {
        precondition((0..<24).contains(hour), "hour must be 0 to 23, got \(hour)")
        let localSeconds = Double(today.daysSinceEpoch) * 86_400 + Double(hour) * 3_600
        self.init(now: CivilDate.instant(localSeconds: localSeconds, in: timeZone), timeZone: timeZone)
    }

    /// The instant the clock reads.
    public var now: Date { locked { instant } }

    /// Moves the clock by whole civil days, keeping the local time of day.
    ///
    /// ``Clock/today`` moves by exactly `days`, also across daylight-saving changes; the elapsed time is then 23
    /// or 25 hours for such a day. A local time that does not exist on the new day is read as the same time
    /// after the change.
    ///
    /// - Parameter days: The number of days to move; negative moves back.
    public func advance(days: Int) {
        locked {
            let local = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
            instant = CivilDate.instant(localSeconds: local + Double(days) * 86_400, in: timeZone)
        }
    }

    /// Moves the clock by an elapsed time.
    ///
    /// - Parameter seconds: The number of seconds to move; negative moves back.
    public func advance(by seconds: TimeInterval) {
        locked { instant = instant.addingTimeInterval(seconds) }
    }

    /// Sets the clock to an instant.
    ///
    /// - Parameter date: The instant the clock reads from now on.
    public func set(to date: Date) {
        locked { instant = date }
    }

    private func locked<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
