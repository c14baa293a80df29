/// How amounts of money are written for people in one locale: separators, grouping and currency symbols.
///
/// `MoneyFormat` is written by hand rather than with Foundation's `NumberFormatter`, so the output is the
/// same on every platform and OS version, and messages sent to debtors never change under your feet.
/// Output uses plain ASCII spaces (never a no-break space), so it can be compared and parsed back.
///
/// ```swift
/// let due = Money(minorUnits: 123_456, currency: .ars)
/// due.formatted(.esAR)                     // "$ 1.234,56"
/// due.formatted(locale: "en-US")           // "ARS 1,234.56"
/// ```
///
/// ## Built-in locales
///
/// | Locale | Local currency  | USD              | Any other currency | Decimal | Grouping               |
/// |--------|-----------------|------------------|--------------------|---------|------------------------|
/// | es-AR  | `$ 1.234,56`    | `US$ 1.234,56`   | `EUR 1.234,56`     | `,`     | `.`                    |
/// | es-MX  | `$1,234.56`     | `US$1,234.56`    | `EUR 1,234.56`     | `.`     | `,`                    |
/// | es-CL  | `$1.234.567`    | `US$1.234,56`    | `EUR 1.234,56`     | `,`     | `.`                    |
/// | es-ES  | `1234,56 €`     | `1234,56 USD`    | `1234,56 ARS`      | `,`     | `.` from 5 digits      |
/// | en-US  | `$1,234.56`     | (local)          | `KWD 1,234.567`    | `.`     | `,`                    |
/// | en-GB  | `£1,234.56`     | `USD 1,234.56`   | `EUR 1,234.56`     | `.`     | `,`                    |
///
/// The rules behind the table:
/// - The locale's own currency (ARS in es-AR, MXN in es-MX, CLP in es-CL, EUR in es-ES, USD in en-US,
///   GBP in en-GB) is written with its symbol (`$`, `€`, `£`), spaced as the locale spaces it.
/// - USD in es-AR, es-MX and es-CL is written `US$`, spaced like the local symbol.
/// - Any other currency is written with its ISO 4217 code and always one space between code and number.
/// - The symbol or code goes where the locale puts it (``symbolPlacement``); a minus sign always comes
///   first: `-$ 1.234,56`, `-$1,234.56`, `-1234,56 €`.
/// - The number of decimals is always the currency's ``Currency/minorUnitDigits``, never the locale's:
///   CLP has none (and no decimal separator), KWD has three.
///
/// Other identifiers fall back by language; see ``init(localeIdentifier:)``.
public struct MoneyFormat: Sendable, Hashable, Codable {
    /// Where the currency symbol or code goes relative to the number.
    public enum SymbolPlacement: String, Sendable, Hashable, Codable {
        /// Before the number: `$ 1.234,56`.
        case before
        /// After the number: `1.234,56 €`.
        case after
    }

    /// The text between the integer and the decimal digits, for example `","` in es-AR.
    public var decimalSeparator: String
    /// The text between groups of three integer digits, for example `"."` in es-AR; empty for no grouping.
    public var groupingSeparator: String
    /// How many digits the leftmost group needs before grouping starts: 1 writes `1.234`, 2 writes `1234`
    /// but `12.345` (Spain).
    public var minimumGroupingDigits: Int
    /// Symbols by ISO 4217 code, for example `["ARS": "$", "USD": "US$"]`; a currency not listed is
    /// written with its code.
    public var symbols: [String: String]
    /// Where the symbol or code goes.
    public var symbolPlacement: SymbolPlacement
    /// Whether a space separates a symbol from the number (`$ 1.234,56`) or not (`$1,234.56`). ISO codes are
    /// always separated by a space.
    public var spacesSymbol: Bool

    /// Creates a format from its parts.
    ///
    /// ```swift
    /// let uruguay = MoneyFormat(
    ///     decimalSeparator: ",", groupingSeparator: ".", symbols: ["UYU": "$", "USD": "US$"],
    ///     symbolPlacement: .before, spacesSymbol: true)
    /// ```
    ///
    /// - Parameters:
    ///   - decimalSeparator: The text between the integer and the decimal digits.
    ///   - groupingSeparator: The text between groups of three integer digits; empty for no grouping.
    ///   - minimumGroupingDigits: How many digits the leftmost group needs before grouping starts.
    ///   - symbols: Symbols by ISO 4217 code; other currencies are written with their code.
    ///   - symbolPlacement: Where the symbol or code goes.
    ///   - spacesSymbol: Whether a space separates a symbol from the number.
    public init(
        decimalSeparator: String,
        groupingSeparator: String,
        minimumGroupingDigits: Int = 1,
        symbols: [String: String],
        symbolPlacement: SymbolPlacement,
        spacesSymbol: Bool
    ) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.minimumGroupingDigits = minimumGroupingDigits
        self.symbols = symbols
        self.symbolPlacement = symbolPlacement
        self.spacesSymbol = spacesSymbol
    }

    /// Spanish (Argentina): `$ 1.234,56`, `US$ 1.234,56`, `EUR 1.234,56`.
    public static let esAR = MoneyFormat(
        decimalSeparator: ",", groupingSeparator: ".", symbols: ["ARS": "$", "USD": "US$"],
        symbolPlacement: .before, spacesSymbol: true)

    /// Spanish (Mexico): `$1,234.56`, `US$1,234.56`, `EUR 1,234.56`.
    public static let esMX = MoneyFormat(
        decimalSeparator: ".", groupingSeparator: ",", symbols: ["MXN": "$", "USD": "US$"],
        symbolPlacement: .before, spacesSymbol: false)

    /// Spanish (Chile): `$1.234.567`, `US$1.234,56`, `EUR 1.234,56`.
    public static let esCL = MoneyFormat(
        decimalSeparator: ",", groupingSeparator: ".", symbols: ["CLP": "$", "USD": "US$"],
        symbolPlacement: .before, spacesSymbol: false)

    /// Spanish (Spain): `1234,56 €`, `12.345,67 €`, `10,00 USD`.
    public static let esES = MoneyFormat(
        decimalSeparator: ",", groupingSeparator: ".", minimumGroupingDigits: 2, symbols: ["EUR": "€"],
        symbolPlacement: .after, spacesSymbol: true)

    /// English (United States): `$1,234.56`, `KWD 1,234.567`.
    public static let enUS = MoneyFormat(
        decimalSeparator: ".", groupingSeparator: ",", symbols: ["USD": "$"],
        symbolPlacement: .before, spacesSymbol: false)

    /// English (United Kingdom): `£1,234.56`, `USD 1,234.56`.
    public static let enGB = MoneyFormat(
        decimalSeparator: ".", groupingSeparator: ",", symbols: ["GBP": "£"],
        symbolPlacement: .before, spacesSymbol: false)

    /// Spanish in a region without a preset: es-AR separators, `US$` for dollars, and ISO codes for every
    /// peso, because `$` alone would not say which one.
    static let spanish = MoneyFormat(
        decimalSeparator: ",", groupingSeparator: ".", symbols: ["USD": "US$"],
        symbolPlacement: .before, spacesSymbol: true)

    /// The machine form read back by ``AmountStyle/plain``: `.` before the decimals, no grouping, no symbol.
    static let plain = MoneyFormat(
        decimalSeparator: ".", groupingSeparator: "", symbols: [:], symbolPlacement: .before, spacesSymbol: false)

    /// The format for a BCP 47 or POSIX locale identifier.
    ///
    /// Hyphens and underscores are both accepted and case is ignored (`"es-AR"`, `"es_AR"`, `"es_ar"`);
    /// a script subtag and a POSIX encoding or modifier are skipped (`"es-Latn-AR"`, `"es_AR.UTF-8"`).
    ///
    /// | Identifier                                  | Format                                               |
    /// |---------------------------------------------|------------------------------------------------------|
    /// | es-AR, es-MX, es-CL, es-ES, en-US, en-GB    | ``esAR``, ``esMX``, ``esCL``, ``esES``, ``enUS``, ``enGB`` |
    /// | other Spanish (`"es"`, `"es-UY"`, `"es-419"`) | es-AR separators, `US$` for USD, ISO codes for others |
    /// | anything else (`"en"`, `"pt-BR"`, `""`)     | ``enUS``                                             |
    ///
    /// ```swift
    /// MoneyFormat(localeIdentifier: "es_AR") == .esAR   // true
    /// ```
    ///
    /// - Parameter localeIdentifier: An identifier such as `"es-AR"` or `"en_US"`.
    public init(localeIdentifier: String) {
        let base = localeIdentifier.prefix { $0 != "." && $0 != "@" }
        let subtags = base.split { $0 == "-" || $0 == "_" }.map { $0.lowercased() }
        let language = subtags.first ?? ""
        let region = subtags.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) } ?? ""
        switch (language, region) {
        case ("es", "ar"): self = .esAR
        case ("es", "mx"): self = .esMX
        case ("es", "cl"): self = .esCL
        case ("es", "es"): self = .esES
        case ("es", _): self = .spanish
        case ("en", "gb"): self = .enGB
        default: self = .enUS
        }
    }

    /// The ``AmountStyle`` that parses this format's numbers back, or `nil` when the separators are not
    /// one of the styles Cobranza parses.
    ///
    /// ```swift
    /// let text = due.formattedAmount(.esAR)             // "1.234,56"
    /// let style = MoneyFormat.esAR.amountStyle          // .commaDecimal
    /// let back = try Money(parsing: text, currency: .ars, style: style ?? .plain)
    /// ```
    public var amountStyle: AmountStyle? {
        switch (decimalSeparator, groupingSeparator) {
        case (".", ""): return .plain
        case (".", ","): return .dotDecimal
        case (",", "."): return .commaDecimal
        default: return nil
        }
    }

    /// The symbol this format writes for a currency: its entry in ``symbols``, or else its ISO code.
    ///
    /// - Parameter currency: The currency.
    /// - Returns: For example `"$"`, `"US$"` or `"EUR"`.
    public func symbol(for currency: Currency) -> String {
        symbols[currency.code] ?? currency.code
    }

    /// The amount with sign, symbol and separators.
    ///
    /// - Parameter money: The amount.
    /// - Returns: For example `"-$ 1.234,56"`.
    func string(for money: Money) -> String {
        let symbol = symbols[money.currency.code]
        let spacing = symbol == nil || spacesSymbol ? " " : ""
        let mark = symbol ?? money.currency.code
        let sign = money.isNegative ? "-" : ""
        let number = digits(for: money)
        switch symbolPlacement {
        case .before: return sign + mark + spacing + number
        case .after: return sign + number + spacing + mark
        }
    }

    /// The amount with sign and separators but no symbol.
    ///
    /// - Parameter money: The amount.
    /// - Returns: For example `"-1.234,56"`.
    func amountString(for money: Money) -> String {
        money.isNegative ? "-" + digits(for: money) : digits(for: money)
    }

    /// The magnitude of an amount with this format's separators and the currency's decimals, without sign.
    ///
    /// - Parameter money: The amount.
    /// - Returns: For example `"1.234,56"`.
    private func digits(for money: Money) -> String {
        var bytes: [UInt8] = []
        DecimalDigits.appendMagnitude(
            of: money, decimalSeparator: Array(decimalSeparator.utf8), groupingSeparator: Array(groupingSeparator.utf8),
            minimumGroupingDigits: minimumGroupingDigits, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
