/// How money and dates are written when a template prints them: one locale's ``MoneyFormat`` and
/// ``LocalizedDateFormat``.
///
/// ```swift
/// let formatting = TemplateFormatting(localeIdentifier: "es-MX")
/// // {{total}} → "$1,234.56", {{due_date}} → "15/03/2024", {{due_date.long}} → "15 de marzo de 2024"
/// ```
public struct TemplateFormatting: Sendable, Hashable {
    /// How amounts are written.
    public var money: MoneyFormat
    /// How dates are written.
    public var dates: LocalizedDateFormat

    /// Creates a formatting from its parts.
    ///
    /// - Parameters:
    ///   - money: How amounts are written.
    ///   - dates: How dates are written.
    public init(money: MoneyFormat, dates: LocalizedDateFormat) {
        self.money = money
        self.dates = dates
    }

    /// The formatting of a locale, such as `"es-AR"`; see ``MoneyFormat/init(localeIdentifier:)`` and
    /// ``LocalizedDateFormat/init(localeIdentifier:)`` for the fallbacks.
    ///
    /// - Parameter localeIdentifier: A BCP 47 or POSIX identifier.
    public init(localeIdentifier: String) {
        // The common normalized tags without parsing them (every message asks for its formatting); the
        // same formats the parsing below finds for them.
        switch localeIdentifier {
        case "es-AR": self.init(money: .esAR, dates: .esAR)
        case "es-MX": self.init(money: .esMX, dates: .esAR)
        case "es-CL": self.init(money: .esCL, dates: .esCL)
        case "es": self.init(money: .spanish, dates: .esAR)
        case "en-US", "en": self.init(money: .enUS, dates: .enUS)
        case "en-GB": self.init(money: .enGB, dates: .enGB)
        default:
            self.init(
                money: MoneyFormat(localeIdentifier: localeIdentifier),
                dates: LocalizedDateFormat(localeIdentifier: localeIdentifier))
        }
    }
}
