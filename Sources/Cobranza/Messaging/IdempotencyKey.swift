/// A key that names one intended effect — "the friendly reminder of step `b-friendly-7` for invoice
/// `FA-12`", "the broken-promises digest for collector `ana` on 2024-03-04" — so that a re-run, a crash
/// recovery or a second worker can recognise it and never produce it twice.
///
/// Stores enforce uniqueness of outbox keys; senders receive the key so that providers that deduplicate
/// (most email and messaging APIs accept one) can do so too.
public struct IdempotencyKey: Sendable, Hashable, Comparable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The key text.
    public let rawValue: String

    /// Wraps a key.
    ///
    /// - Parameter rawValue: The key text; build it from the stable identities of what causes the effect.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Joins parts with `/` into a key, for example `IdempotencyKey(parts: ["cadence", invoiceID, stepID])`.
    ///
    /// - Parameter parts: The stable identities that name the effect.
    public init(parts: [String]) {
        self.rawValue = parts.joined(separator: "/")
    }

    /// Creates a key from a string literal.
    ///
    /// - Parameter value: The literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Orders keys by their text.
    public static func < (lhs: IdempotencyKey, rhs: IdempotencyKey) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The key text.
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
