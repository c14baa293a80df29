import Foundation

/// How engines running the same day on one store share its customers (``CustomerPartitionStore``).
///
/// With one partition (the default) an engine runs every customer's stages itself, as a single worker does.
/// With more, each engine claims partitions one at a time under a lease, so N engines on N machines split
/// the status review, risk and cadence work; an engine that dies holding a partition loses it when the
/// lease ends.
///
/// ```json
/// {"customerPartitions": 16, "leaseSeconds": 900}
/// ```
public struct WorkSharingPolicy: Sendable, Hashable, Codable {
    /// How many partitions a day's customers are split into. 1 means no sharing; a few times the number
    /// of engines balances the load (a slow partition does not hold the others back).
    public var customerPartitions: Int
    /// How long a partition claim lasts. It must be longer than one partition's stages take.
    public var leaseSeconds: Double

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - customerPartitions: Partitions per day (1: no sharing).
    ///   - leaseSeconds: How long a claim lasts.
    public init(customerPartitions: Int = 1, leaseSeconds: Double = 900) {
        self.customerPartitions = customerPartitions
        self.leaseSeconds = leaseSeconds
    }

    /// Whether engines split the day's customers.
    public var sharesCustomers: Bool { customerPartitions > 1 }

    /// Checks the values make sense.
    ///
    /// - Throws: ``PolicyError`` naming the field.
    public func validate() throws(PolicyError) {
        guard customerPartitions >= 1 else {
            throw .invalidValue(field: "customerPartitions", reason: "must be at least 1")
        }
        guard customerPartitions <= 100_000 else {
            throw .invalidValue(field: "customerPartitions", reason: "must be at most 100000")
        }
        guard leaseSeconds > 0 else { throw .invalidValue(field: "leaseSeconds", reason: "must be positive") }
    }

    private enum CodingKeys: String, CodingKey {
        case customerPartitions, leaseSeconds
    }

    /// Decodes a policy, filling missing fields with their defaults, and validates it.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for malformed JSON, ``PolicyError`` naming the field for a value that makes
    ///   no sense.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = WorkSharingPolicy()
        self.init(
            customerPartitions: try container.decodeIfPresent(Int.self, forKey: .customerPartitions)
                ?? defaults.customerPartitions,
            leaseSeconds: try container.decodeIfPresent(Double.self, forKey: .leaseSeconds) ?? defaults.leaseSeconds)
        try validate()
    }
}
