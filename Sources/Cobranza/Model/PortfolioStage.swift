/// The stage of a customer's debt in the collection process (tipo de cartera), from before the due date
/// to court.
public enum PortfolioStage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Before the due date: notices and reminders (preventiva).
    case preventive
    /// Recently overdue: routine collection by the team (administrativa).
    case administrative
    /// Seriously overdue: calls, escalation (morosa).
    case delinquent
    /// Pre-legal: formal demands, collection agency (extrajudicial).
    case extrajudicial
    /// In court (legal).
    case legal

    /// Orders stages from preventive to legal.
    public static func < (lhs: PortfolioStage, rhs: PortfolioStage) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
