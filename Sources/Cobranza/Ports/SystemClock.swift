import Foundation

/// The production clock: the operating system's wall clock, read in the company's time zone.
///
/// `SystemClock` is the only place in Cobranza that reads the wall clock (`Date()`). Everything else asks
/// a ``Clock``, so tests and simulations can substitute ``ManualClock``.
///
/// ```swift
/// guard let zone = TimeZone(identifier: "America/Argentina/Buenos_Aires") else { … }
/// let clock = SystemClock(timeZone: zone)
/// let today = clock.today  // today's date in Buenos Aires, wherever the server runs
/// ```
public struct SystemClock: Clock {
    /// The company's time zone, which decides which civil date "today" is.
    public let timeZone: TimeZone

    /// Creates a clock reading the system time in `timeZone`.
    ///
    /// - Parameter timeZone: The company's time zone — not necessarily the server's.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The current instant, read from the operating system on each access.
    public var now: Date { Date() }
}
