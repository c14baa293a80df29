/// The columns of an aging report: where each open balance goes by its days late.
///
/// The buckets are given by their upper bounds in days late. With the default bounds
/// `[0, 30, 60, 90, 120]` the columns are `current` (not yet due: 0 days late), `1-30`, `31-60`,
/// `61-90`, `91-120` and `over 120`: bucket *i* holds the balances more than `upperBounds[i − 1]` and at
/// most `upperBounds[i]` days late, and one last bucket holds everything beyond the last bound.
///
/// ```swift
/// let buckets = AgingBuckets.standard
/// buckets.buckets.map(\.label)      // ["current", "1-30", "31-60", "61-90", "91-120", "over 120"]
/// buckets.index(forDaysLate: 45)    // 2
/// let weekly = try AgingBuckets(upperBounds: [0, 7, 14, 21, 28])
/// ```
///
/// Encodes as `{"upperBounds": [0, 30, 60, 90, 120]}`.
public struct AgingBuckets: Sendable, Hashable, Codable {
    /// The upper bound in days late of every bucket but the last; strictly increasing, the first at least 0.
    public let upperBounds: [Int]

    /// The default buckets: current, 1–30, 31–60, 61–90, 91–120 and over 120 days late.
    public static let standard = AgingBuckets(valid: [0, 30, 60, 90, 120])

    /// Creates buckets from their upper bounds.
    ///
    /// - Parameter upperBounds: The upper bound in days late of each bucket but the last, strictly increasing,
    ///   the first at least 0. A first bound of 0 makes the first bucket `current` (not yet due).
    /// - Throws: ``PolicyError`` naming `upperBounds` or the offending `upperBounds[i]`.
    public init(upperBounds: [Int]) throws(PolicyError) {
        try AgingBuckets.validate(upperBounds)
        self.upperBounds = upperBounds
    }

    private init(valid upperBounds: [Int]) {
        self.upperBounds = upperBounds
    }

    private enum CodingKeys: String, CodingKey {
        case upperBounds
    }

    /// Decodes the bounds and validates them.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError`, or ``PolicyError`` naming the offending bound.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(upperBounds: try container.decode([Int].self, forKey: .upperBounds))
    }

    /// Checks bounds.
    private static func validate(_ bounds: [Int]) throws(PolicyError) {
        guard let first = bounds.first else { throw .missingValue(field: "upperBounds") }
        guard first >= 0 else { throw .invalidValue(field: "upperBounds[0]", reason: "must be at least 0") }
        for index in bounds.indices.dropFirst() where bounds[index] <= bounds[index - 1] {
            throw .invalidValue(
                field: "upperBounds[\(index)]",
                reason: "must be greater than the bound before it (\(bounds[index - 1]))")
        }
    }

    /// The buckets, in order from the least to the most late.
    public var buckets: [AgingBucket] {
        var result: [AgingBucket] = []
        var lower = 0
        for (index, upper) in upperBounds.enumerated() {
            let label: String
            if index == 0 && upper == 0 {
                label = "current"
            } else if index == 0 {
                label = "0-\(upper)"
            } else {
                label = "\(lower)-\(upper)"
            }
            result.append(AgingBucket(label: label, minimumDaysLate: lower, maximumDaysLate: upper))
            lower = upper + 1
        }
        result.append(AgingBucket(label: "over \(upperBounds.last ?? 0)", minimumDaysLate: lower, maximumDaysLate: nil))
        return result
    }

    /// The number of buckets: one more than the number of bounds.
    public var count: Int { upperBounds.count + 1 }

    /// The bucket a balance goes in.
    ///
    /// - Complexity: O(number of bounds).
    /// - Parameter daysLate: The days past due (0 up to and including the due date).
    /// - Returns: The index in ``buckets``.
    public func index(forDaysLate daysLate: Int) -> Int {
        for (index, upper) in upperBounds.enumerated() where daysLate <= upper { return index }
        return upperBounds.count
    }
}
