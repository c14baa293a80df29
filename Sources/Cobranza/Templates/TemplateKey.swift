/// Where a template sits in a ``TemplateLibrary``: family, channel and language.
public struct TemplateKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The family, such as `friendly` or `statement`.
    public var family: String
    /// The channel.
    public var channel: Channel
    /// The normalized language or locale, such as `es` or `es-MX`.
    public var language: String

    /// Creates a key.
    ///
    /// - Parameters:
    ///   - family: The family.
    ///   - channel: The channel.
    ///   - language: The language or locale (normalized: `es_mx` becomes `es-MX`).
    public init(family: String, channel: Channel, language: String) {
        self.family = family
        self.channel = channel
        self.language = LocaleTag.normalized(language)
    }

    /// Orders keys by family, channel, then language.
    public static func < (lhs: TemplateKey, rhs: TemplateKey) -> Bool {
        (lhs.family, lhs.channel.rawValue, lhs.language) < (rhs.family, rhs.channel.rawValue, rhs.language)
    }

    /// The template's identifier in errors: `friendly/email/es`.
    public var description: String { "\(family)/\(channel.rawValue)/\(language)" }
}
