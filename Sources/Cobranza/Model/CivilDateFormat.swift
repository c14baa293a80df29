/// A textual layout of a civil date.
public enum CivilDateFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// ISO 8601 `yyyy-MM-dd`, as in `2024-02-29`.
    case iso = "yyyy-MM-dd"
    /// Day first with slashes, `dd/MM/yyyy`, as Spanish-locale spreadsheets and ERPs write: `29/02/2024`.
    case dayMonthYear = "dd/MM/yyyy"

    /// The pattern in Unicode date-format notation.
    public var pattern: String { rawValue }
}
