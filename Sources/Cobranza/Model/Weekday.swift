/// A day of the week, numbered as ISO 8601 does: Monday is 1, Sunday is 7.
public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Monday (lunes).
    case monday = 1
    /// Tuesday (martes).
    case tuesday
    /// Wednesday (miércoles).
    case wednesday
    /// Thursday (jueves).
    case thursday
    /// Friday (viernes).
    case friday
    /// Saturday (sábado).
    case saturday
    /// Sunday (domingo).
    case sunday

    /// Orders Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
