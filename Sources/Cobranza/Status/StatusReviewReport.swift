/// What a run of the time-driven status review did.
public struct StatusReviewReport: Sendable, Hashable {
    /// The review date.
    public var date: CivilDate
    /// Everything found and committed, customer by customer.
    public var findings: [StatusFinding]
    /// How many customers the review changed something for.
    public var customersReviewed: Int

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - date: The review date.
    ///   - findings: What was found.
    ///   - customersReviewed: Customers the review changed something for.
    public init(date: CivilDate, findings: [StatusFinding] = [], customersReviewed: Int = 0) {
        self.date = date
        self.findings = findings
        self.customersReviewed = customersReviewed
    }
}
