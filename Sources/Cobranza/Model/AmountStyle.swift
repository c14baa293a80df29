/// How an amount is written in text: which character separates decimals and which groups thousands.
///
/// Cobranza never guesses: `"1.234"` is one thousand two hundred thirty-four in ``commaDecimal`` and
/// one point two three four in ``plain``. The caller says which style a file or field uses.
public enum AmountStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// `1234.56`: a `.` before the decimals and no grouping, as machines and most CSV exports write.
    case plain
    /// `1,234.56`: `,` groups thousands (optional) and `.` separates decimals (en-US, es-MX).
    case dotDecimal = "dot_decimal"
    /// `1.234,56`: `.` groups thousands (optional) and `,` separates decimals (es-AR, es-CL, es-ES).
    case commaDecimal = "comma_decimal"
}
