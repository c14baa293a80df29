/// What went wrong with an amount of money: each case names the offending value.
public enum MoneyError: Error, Sendable, Hashable {
    /// The currency code is not an ISO 4217 code Cobranza knows.
    case unknownCurrency(String)
    /// Two amounts in different currencies were combined; Cobranza never converts silently.
    case currencyMismatch(Currency, Currency)
    /// The text is not an amount in the given style; `position` is the UTF-8 offset of the first bad character.
    case malformedAmount(text: String, style: AmountStyle, position: Int)
    /// The text has more decimal digits than the currency's minor unit (for example `"12.345"` in ARS).
    case tooManyDecimals(text: String, currency: Currency)
    /// The result does not fit in 64-bit minor units.
    case overflow
}

extension MoneyError: CustomStringConvertible {
    /// A sentence saying what is wrong and with which value.
    public var description: String {
        switch self {
        case .unknownCurrency(let code):
            return "Unknown currency code '\(code)': expected an ISO 4217 code such as ARS, USD, MXN, CLP or KWD"
        case .currencyMismatch(let lhs, let rhs):
            return "Cannot combine amounts in \(lhs.code) and \(rhs.code)"
        case .malformedAmount(let text, let style, let position):
            return "Malformed amount '\(text)' at character \(position + 1) (expected style \(style))"
        case .tooManyDecimals(let text, let currency):
            return "Amount '\(text)' has more than \(currency.minorUnitDigits) decimals allowed in \(currency.code)"
        case .overflow:
            return "Amount out of range"
        }
    }
}
