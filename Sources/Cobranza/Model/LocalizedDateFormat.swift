/// How civil dates are written for people in one locale: the numeric short form and the long form with
/// the month's name.
///
/// Like ``MoneyFormat``, it is written by hand — no Foundation `DateFormatter` — so it is cheap enough to
/// call for every invoice of every message and gives the same text on every platform.
///
/// | Locale | ``Style/short`` | ``Style/long``           |
/// |--------|-----------------|--------------------------|
/// | es-AR  | `15/03/2024`    | `15 de marzo de 2024`    |
/// | es-MX  | `15/03/2024`    | `15 de marzo de 2024`    |
/// | es-CL  | `15-03-2024`    | `15 de marzo de 2024`    |
/// | es-ES  | `15/03/2024`    | `15 de marzo de 2024`    |
/// | en-US  | `03/15/2024`    | `March 15, 2024`         |
/// | en-GB  | `15/03/2024`    | `15 March 2024`          |
///
/// ```swift
/// let due = try CivilDate(iso: "2024-03-15")
/// due.formatted(.esAR, style: .long)           // "15 de marzo de 2024"
/// due.formatted(.enUS, style: .short)          // "03/15/2024"
/// ```
public struct LocalizedDateFormat: Sendable, Hashable {
    /// How much of a date is spelled out.
    public enum Style: String, Sendable, Hashable, Codable, CaseIterable {
        /// Numbers only, zero-padded: `15/03/2024`.
        case short
        /// The month's name: `15 de marzo de 2024`, `March 15, 2024`.
        case long
    }

    /// The order of day, month and year in the short form.
    public enum NumericOrder: String, Sendable, Hashable, Codable {
        /// `15/03/2024`.
        case dayMonthYear = "day_month_year"
        /// `03/15/2024`.
        case monthDayYear = "month_day_year"
        /// `2024-03-15`.
        case yearMonthDay = "year_month_day"
    }

    /// How the long form is laid out.
    public enum LongPattern: String, Sendable, Hashable, Codable {
        /// `15 de marzo de 2024` (Spanish).
        case dayDeMonthDeYear = "day_de_month_de_year"
        /// `March 15, 2024` (American English).
        case monthDayCommaYear = "month_day_comma_year"
        /// `15 March 2024` (British English).
        case dayMonthYear = "day_month_year"
    }

    /// The order of the short form.
    public var numericOrder: NumericOrder
    /// The text between the numbers of the short form, `"/"` or `"-"`.
    public var numericSeparator: String
    /// The layout of the long form.
    public var longPattern: LongPattern
    /// The twelve month names, January first, as written inside a date (`"marzo"`, `"March"`). A month
    /// without a name is written as its number.
    public var monthNames: [String]

    /// Creates a format from its parts.
    ///
    /// - Parameters:
    ///   - numericOrder: The order of the short form.
    ///   - numericSeparator: The separator of the short form.
    ///   - longPattern: The layout of the long form.
    ///   - monthNames: Twelve month names, January first.
    public init(numericOrder: NumericOrder, numericSeparator: String, longPattern: LongPattern, monthNames: [String]) {
        self.numericOrder = numericOrder
        self.numericSeparator = numericSeparator
        self.longPattern = longPattern
        self.monthNames = monthNames
    }

    static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Spanish (Argentina): `15/03/2024`, `15 de marzo de 2024`.
    public static let esAR = LocalizedDateFormat(
        numericOrder: .dayMonthYear, numericSeparator: "/", longPattern: .dayDeMonthDeYear, monthNames: spanishMonths)
    /// Spanish (Mexico): `15/03/2024`, `15 de marzo de 2024`.
    public static let esMX = esAR
    /// Spanish (Chile): `15-03-2024`, `15 de marzo de 2024`.
    public static let esCL = LocalizedDateFormat(
        numericOrder: .dayMonthYear, numericSeparator: "-", longPattern: .dayDeMonthDeYear, monthNames: spanishMonths)
    /// Spanish (Spain): `15/03/2024`, `15 de marzo de 2024`.
    public static let esES = esAR
    /// English (United States): `03/15/2024`, `March 15, 2024`.
    public static let enUS = LocalizedDateFormat(
        numericOrder: .monthDayYear, numericSeparator: "/", longPattern: .monthDayCommaYear, monthNames: englishMonths)
    /// English (United Kingdom): `15/03/2024`, `15 March 2024`.
    public static let enGB = LocalizedDateFormat(
        numericOrder: .dayMonthYear, numericSeparator: "/", longPattern: .dayMonthYear, monthNames: englishMonths)

    /// The format for a BCP 47 or POSIX locale identifier, parsed like ``MoneyFormat/init(localeIdentifier:)``:
    /// es-CL has its own format, any other Spanish locale writes like es-AR, English in the United Kingdom,
    /// Ireland, Australia and New Zealand writes like en-GB, and anything else like en-US.
    ///
    /// - Parameter localeIdentifier: An identifier such as `"es-CL"` or `"en_GB"`.
    public init(localeIdentifier: String) {
        let base = localeIdentifier.prefix { $0 != "." && $0 != "@" }
        let subtags = base.split { $0 == "-" || $0 == "_" }.map { $0.lowercased() }
        let language = subtags.first ?? ""
        let region = subtags.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) } ?? ""
        switch (language, region) {
        case ("es", "cl"): self = .esCL
        case ("es", _): self = .esAR
        case ("en", "gb"), ("en", "ie"), ("en", "au"), ("en", "nz"): self = .enGB
        default: self = .enUS
        }
    }

    /// A date written in this format.
    ///
    /// - Parameters:
    ///   - date: The date.
    ///   - style: Short (numbers) or long (month name).
    /// - Returns: For example `"15/03/2024"` or `"15 de marzo de 2024"`.
    public func string(for date: CivilDate, style: Style) -> String {
        var bytes: [UInt8] = []
        append(date, style: style, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a date in this format as UTF-8 bytes: the one writer behind ``string(for:style:)`` and the
    /// message renderer.
    ///
    /// - Parameters:
    ///   - date: The date.
    ///   - style: Short (numbers) or long (month name).
    ///   - output: The bytes being written.
    func append(_ date: CivilDate, style: Style, to output: inout [UInt8]) {
        let (year, month, day) = date.components
        switch style {
        case .short:
            let (first, second, third, widths) =
                switch numericOrder {
                case .dayMonthYear: (day, month, year, (2, 2, 4))
                case .monthDayYear: (month, day, year, (2, 2, 4))
                case .yearMonthDay: (year, month, day, (4, 2, 2))
                }
            DecimalDigits.append(first, width: widths.0, to: &output)
            output.append(contentsOf: numericSeparator.utf8)
            DecimalDigits.append(second, width: widths.1, to: &output)
            output.append(contentsOf: numericSeparator.utf8)
            DecimalDigits.append(third, width: widths.2, to: &output)
        case .long:
            switch longPattern {
            case .dayDeMonthDeYear:
                DecimalDigits.append(day, to: &output)
                output.append(contentsOf: " de ".utf8)
                appendMonth(month, to: &output)
                output.append(contentsOf: " de ".utf8)
                DecimalDigits.append(year, to: &output)
            case .monthDayCommaYear:
                appendMonth(month, to: &output)
                output.append(UInt8(ascii: " "))
                DecimalDigits.append(day, to: &output)
                output.append(contentsOf: ", ".utf8)
                DecimalDigits.append(year, to: &output)
            case .dayMonthYear:
                DecimalDigits.append(day, to: &output)
                output.append(UInt8(ascii: " "))
                appendMonth(month, to: &output)
                output.append(UInt8(ascii: " "))
                DecimalDigits.append(year, to: &output)
            }
        }
    }

    /// The month's name, or its number when the format has no name for it.
    private func appendMonth(_ month: Int, to output: inout [UInt8]) {
        if monthNames.indices.contains(month - 1) {
            output.append(contentsOf: monthNames[month - 1].utf8)
        } else {
            DecimalDigits.append(month, to: &output)
        }
    }
}
