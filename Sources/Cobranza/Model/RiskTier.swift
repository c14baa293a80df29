/// A customer's payment-risk tier (nivel de riesgo): `A` reliable, `B` needs reminders, `C` needs calls,
/// `D` high risk by default. Tier names and their count come from the risk policy, which also orders them
/// from best to worst; cadences are chosen per tier.
///
/// A tier encodes as its bare name, `"A"`.
public struct RiskTier: Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The tier's name, such as `"A"`.
    public let name: String

    /// Creates a tier.
    ///
    /// - Parameter name: The tier's name, as the risk policy lists it.
    public init(_ name: String) {
        self.name = name
    }

    /// Creates a tier from a string literal.
    ///
    /// - Parameter value: The tier's name.
    public init(stringLiteral value: String) {
        self.name = value
    }

    /// Decodes the bare name.
    public init(from decoder: any Decoder) throws {
        name = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the bare name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }

    /// The name.
    public var description: String { name }

    /// Reliable: pays on time; gentle reminders, late.
    public static let a: RiskTier = "A"
    /// Needs reminders before paying.
    public static let b: RiskTier = "B"
    /// Needs calls: early and firm.
    public static let c: RiskTier = "C"
    /// High risk.
    public static let d: RiskTier = "D"
}
