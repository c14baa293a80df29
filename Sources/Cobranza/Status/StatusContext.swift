import Foundation

/// What the status workflow needs besides the store: the policy, the business calendar, the company's time
/// zone (which decides what "today" is for a timestamp) and the composer of statements for unreachable
/// customers.
///
/// ```swift
/// let context = StatusContext(
///     policy: StatusPolicy(promiseGraceDays: 2), calendar: WorkweekCalendar.mondayToFriday,
///     timeZone: TimeZone(identifier: "America/Argentina/Buenos_Aires") ?? .gmt)
/// ```
public struct StatusContext: Sendable {
    /// The policy.
    public var policy: StatusPolicy
    /// The business calendar for task dates.
    public var calendar: any BusinessCalendar
    /// The company's time zone.
    public var timeZone: TimeZone
    /// Composes the email an unreachable customer receives.
    public var composer: any StatementComposer

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - policy: The policy.
    ///   - calendar: The business calendar.
    ///   - timeZone: The company's time zone.
    ///   - composer: The statement composer; the built-in Spanish and English one by default.
    public init(
        policy: StatusPolicy = StatusPolicy(), calendar: any BusinessCalendar, timeZone: TimeZone,
        composer: any StatementComposer = PlainStatementComposer()
    ) {
        self.policy = policy
        self.calendar = calendar
        self.timeZone = timeZone
        self.composer = composer
    }

    /// The civil date of an instant in the company's time zone.
    ///
    /// - Parameter timestamp: An instant.
    /// - Returns: Its date.
    public func today(at timestamp: Date) -> CivilDate { CivilDate(instant: timestamp, in: timeZone) }
}
