/// Where each rule's last run ended: the integrator keeps it between runs (a row, a file) and passes it to
/// the next evaluation.
///
/// - A daily or weekly rule is evaluated on the first run of each period; later runs in the same period skip
///   it, and the events they see wait for its next period.
/// - Every rule sees only the activity-log events after its own last position, so each event reaches a rule
///   once.
/// - An event rule's "since the previous run" is measured from its mark's ``AlertMark/runDate``.
///
/// Start with ``init(position:marks:)`` giving the log position to start after (the end of the log when
/// alerts are switched on), so history is not reported as news.
public struct AlertCursor: Sendable, Hashable, Codable {
    /// The log position rules without a mark start after; `nil` means from the beginning of the log.
    public var position: Int64?
    /// Each rule's mark, by rule name.
    public var marks: [String: AlertMark]

    /// Creates a cursor.
    ///
    /// - Parameters:
    ///   - position: The log position rules without a mark start after.
    ///   - marks: Each rule's mark, by rule name.
    public init(position: Int64? = nil, marks: [String: AlertMark] = [:]) {
        self.position = position
        self.marks = marks
    }

    /// The log position a rule's next run reads after.
    ///
    /// - Parameter rule: The rule's name.
    /// - Returns: The rule's mark position, else the cursor's starting position.
    public func position(for rule: String) -> Int64? {
        marks[rule]?.position ?? position
    }
}

/// Where one rule's last run ended.
public struct AlertMark: Sendable, Hashable, Codable {
    /// The period of the last run (for event rules, the day).
    public var periodID: String
    /// The day of the last run.
    public var runDate: CivilDate
    /// The last activity-log position the rule has seen.
    public var position: Int64?

    /// Creates a mark.
    ///
    /// - Parameters:
    ///   - periodID: The period of the last run.
    ///   - runDate: The day of the last run.
    ///   - position: The last log position seen.
    public init(periodID: String, runDate: CivilDate, position: Int64?) {
        self.periodID = periodID
        self.runDate = runDate
        self.position = position
    }
}
