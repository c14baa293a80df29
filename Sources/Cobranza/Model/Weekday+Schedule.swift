extension Weekday {
    /// The English lowercase names, Monday first, as policy files write them.
    private static let scheduleNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The text of a weekly schedule on this weekday: `weekly:monday` … `weekly:sunday`.
    var weeklyScheduleText: String { "weekly:" + Weekday.scheduleNames[rawValue - 1] }

    /// Reads the weekday of a weekly schedule's text.
    ///
    /// - Parameter text: `weekly:<weekday>` with an English weekday name, already lowercased.
    init?(weeklyScheduleText text: String) {
        guard text.hasPrefix("weekly:"),
            let index = Weekday.scheduleNames.firstIndex(of: String(text.dropFirst("weekly:".count)))
        else { return nil }
        self.init(rawValue: index + 1)
    }
}
