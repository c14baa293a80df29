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
        let (year, month, day) = date.components
        switch style {
        case .short:
            let dd = pad(day)
            let mm = pad(month)
            let yyyy = pad(year, width: 4)
            switch numericOrder {
            case .dayMonthYear: return dd + numericSeparator + mm + numericSeparator + yyyy
            case .monthDayYear: return mm + numericSeparator + dd + numericSeparator + yyyy
            case .yearMonthDay: return yyyy + numericSeparator + mm + numericSeparator + dd
            }
        case .long:
            let name = monthNames.indices.contains(month - 1) ? monthNames[month - 1] : String(month)
            switch longPattern {
            case .dayDeMonthDeYear: return "\(day) de \(name) de \(year)"
            case .monthDayCommaYear: return "\(name) \(day), \(year)"
            case .dayMonthYear: return "\(day) \(name) \(year)"
            }
        }
    }

    private func pad(_ value: Int, width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
