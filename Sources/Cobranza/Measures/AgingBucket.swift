/// One column of an aging report.
public struct AgingBucket: Sendable, Hashable, Codable {
    /// The column's name: `current`, `1-30`, …, `over 120`.
    public var label: String
    /// The fewest days late the column holds.
    public var minimumDaysLate: Int
    /// The most days late the column holds; `nil` for the last, open-ended column.
    public var maximumDaysLate: Int?

    /// Creates a bucket.
    ///
    /// - Parameters:
    ///   - label: The column's name.
    ///   - minimumDaysLate: The fewest days late it holds.
    ///   - maximumDaysLate: The most days late it holds, `nil` for no limit.
    public init(label: String, minimumDaysLate: Int, maximumDaysLate: Int?) {
        self.label = label
        self.minimumDaysLate = minimumDaysLate
        self.maximumDaysLate = maximumDaysLate
    }
}
