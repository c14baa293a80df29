extension Money {
    /// The amount written for people in `format`: sign, symbol or ISO code, grouping and decimals.
    ///
    /// The number of decimals is always the currency's ``Currency/minorUnitDigits``; nothing is rounded.
    /// See ``MoneyFormat`` for the symbol rules.
    ///
    /// ```swift
    /// Money(minorUnits: 123_456, currency: .ars).formatted(.esAR)     // "$ 1.234,56"
    /// Money(minorUnits: -123_456, currency: .usd).formatted(.enUS)    // "-$1,234.56"
    /// Money(minorUnits: 1_234_567, currency: .kwd).formatted(.enUS)   // "KWD 1,234.567"
    /// ```
    ///
    /// - Parameter format: The locale's format, for example ``MoneyFormat/esAR``.
    /// - Returns: The text, with plain ASCII spaces.
    public func formatted(_ format: MoneyFormat) -> String {
        format.string(for: self)
    }

    /// The amount written for people in the locale named by `identifier`.
    ///
    /// ```swift
    /// Money(minorUnits: 1_234_567, currency: .clp).formatted(locale: "es_CL")   // "$1.234.567"
    /// ```
    ///
    /// - Parameter identifier: A locale identifier such as `"es-AR"`; see ``MoneyFormat/init(localeIdentifier:)``
    ///   for the fallbacks.
    /// - Returns: The text, with plain ASCII spaces.
    public func formatted(locale identifier: String) -> String {
        formatted(MoneyFormat(localeIdentifier: identifier))
    }

    /// The number alone, with sign and the format's separators but no symbol, for CSV columns and templates
    /// that print the currency elsewhere.
    ///
    /// ```swift
    /// Money(minorUnits: -123_456, currency: .ars).formattedAmount(.esAR)   // "-1.234,56"
    /// ```
    ///
    /// - Parameter format: The locale's format.
    /// - Returns: The number, which ``init(parsing:currency:style:)`` reads back with the format's
    ///   ``MoneyFormat/amountStyle``.
    public func formattedAmount(_ format: MoneyFormat) -> String {
        format.amountString(for: self)
    }

    /// The machine form of the amount: optional `-`, no grouping, `.` before exactly
    /// ``Currency/minorUnitDigits`` decimals, no symbol.
    ///
    /// ``init(parsing:currency:style:)`` with ``AmountStyle/plain`` reads it back to the same amount.
    ///
    /// ```swift
    /// Money(minorUnits: 123_456, currency: .ars).plainDecimalString    // "1234.56"
    /// Money(minorUnits: -5, currency: .usd).plainDecimalString         // "-0.05"
    /// Money(minorUnits: 1_234, currency: .clp).plainDecimalString      // "1234"
    /// ```
    public var plainDecimalString: String {
        MoneyFormat.plain.amountString(for: self)
    }
}
