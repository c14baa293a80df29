import Cobranza
import Foundation

/// Where the command's company is: its time zone (which decides what a date means) and its business days.
enum Company {
    /// Buenos Aires, where the sample company and the standard templates are.
    static let timeZone: TimeZone =
        TimeZone(identifier: "America/Argentina/Buenos_Aires") ?? TimeZone(secondsFromGMT: -3 * 3_600) ?? .gmt

    /// Monday to Friday.
    static let calendar = WorkweekCalendar.mondayToFriday

    /// The hour of the day a command acts at: the clock of a run or an outcome is stopped at this hour of
    /// its `--date`, so the same command on the same data prints and records the same thing.
    static let hour = 9

    /// A clock stopped at ``hour`` on a date in ``timeZone``.
    ///
    /// - Parameter date: The day.
    /// - Returns: The clock.
    static func clock(on date: CivilDate) -> ManualClock {
        ManualClock(today: date, hour: hour, timeZone: timeZone)
    }

    /// The context of the status operations, with the policy's status settings.
    ///
    /// - Parameter policy: The policy.
    /// - Returns: The context.
    static func statusContext(_ policy: CollectionPolicy = .standard) -> StatusContext {
        StatusContext(policy: policy.status, calendar: calendar, timeZone: timeZone)
    }
}
