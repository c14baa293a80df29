/// A typed identifier: an ``Identifier`` of a ``Customer`` cannot be passed where one of an ``Invoice``
/// is expected, though both are strings underneath.
///
/// Identifiers come from the integrator's systems (the ERP's customer code, the invoice's internal id),
/// so they are strings. They encode as the bare string.
///
/// ```swift
/// let customer: CustomerID = "C-0042"
/// let invoice = InvoiceID("FA-A-0001-00001234")
/// ```
public struct Identifier<Subject>: Sendable, Hashable, Comparable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The identifier as the source system writes it.
    public let rawValue: String

    /// Wraps a raw identifier.
    ///
    /// - Parameter rawValue: The identifier as the source system writes it.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from a string literal.
    ///
    /// - Parameter value: The literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Orders identifiers by their raw string.
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The raw identifier.
    public var description: String { rawValue }

    /// Decodes the bare string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
