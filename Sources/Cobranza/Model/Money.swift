/// An amount of money: integer minor units and an ISO 4217 currency.
///
/// Money never uses floating point. Arithmetic between two amounts is only defined within one currency;
/// combining ARS with USD is a ``MoneyError/currencyMismatch(_:_:)`` error, never a silent sum.
///
/// ```swift
/// let due = Money(minorUnits: 123_456, currency: .ars)        // $ 1.234,56
/// let paid = try Money(parsing: "1.000,00", currency: .ars, style: .commaDecimal)
/// let left = try due.subtracting(paid)                        // 234,56 ARS
/// ```
///
/// Money encodes as `{"minorUnits": 123456, "currency": "ARS"}`.
public struct Money: Sendable, Hashable, Codable {
    /// The amount in the currency's minor unit (cents for ARS, pesos for CLP, fils for KWD).
    public var minorUnits: Int64
    /// The currency of the amount.
    public var currency: Currency

    /// Creates an amount from minor units.
    ///
    /// - Parameters:
    ///   - minorUnits: The amount in the currency's minor unit; `123456` is 1,234.56 in a two-decimal currency.
    ///   - currency: The currency.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in a currency.
    ///
    /// - Parameter currency: The currency.
    /// - Returns: An amount of zero minor units.
    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// Whether the amount is exactly zero.
    public var isZero: Bool { minorUnits == 0 }
    /// Whether the amount is below zero (a credit).
    public var isNegative: Bool { minorUnits < 0 }
    /// Whether the amount is above zero.
    public var isPositive: Bool { minorUnits > 0 }

    /// The sum of two amounts in the same currency.
    ///
    /// - Parameter other: An amount in the same currency.
    /// - Returns: The sum.
    /// - Throws: ``MoneyError/currencyMismatch(_:_:)`` or ``MoneyError/overflow``.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        guard currency == other.currency else { throw .currencyMismatch(currency, other.currency) }
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        guard !overflow else { throw .overflow }
        return Money(minorUnits: sum, currency: currency)
    }

    /// The difference of two amounts in the same currency.
    ///
    /// - Parameter other: An amount in the same currency.
    /// - Returns: `self - other`.
    /// - Throws: ``MoneyError/currencyMismatch(_:_:)`` or ``MoneyError/overflow``.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        guard currency == other.currency else { throw .currencyMismatch(currency, other.currency) }
        let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        guard !overflow else { throw .overflow }
        return Money(minorUnits: difference, currency: currency)
    }

    /// Compares two amounts in the same currency.
    ///
    /// - Parameter other: An amount in the same currency.
    /// - Returns: Whether `self` is less than `other`.
    /// - Throws: ``MoneyError/currencyMismatch(_:_:)``.
    public func isLess(than other: Money) throws(MoneyError) -> Bool {
        guard currency == other.currency else { throw .currencyMismatch(currency, other.currency) }
        return minorUnits < other.minorUnits
    }

    /// The smaller of two amounts in the same currency.
    ///
    /// - Parameters:
    ///   - lhs: An amount.
    ///   - rhs: An amount in the same currency.
    /// - Returns: The smaller one.
    /// - Throws: ``MoneyError/currencyMismatch(_:_:)``.
    public static func min(_ lhs: Money, _ rhs: Money) throws(MoneyError) -> Money {
        try lhs.isLess(than: rhs) ? lhs : rhs
    }

    /// The amount with its sign flipped.
    ///
    /// - Returns: `-self`.
    /// - Throws: ``MoneyError/overflow`` for the one amount whose negation does not fit, `Int64.min`.
    public func negated() throws(MoneyError) -> Money {
        let (negation, overflow) = Int64(0).subtractingReportingOverflow(minorUnits)
        guard !overflow else { throw .overflow }
        return Money(minorUnits: negation, currency: currency)
    }

    /// The sum of amounts that must all be in `currency`.
    ///
    /// - Parameters:
    ///   - amounts: Amounts in `currency`.
    ///   - currency: The currency of the result (and of every amount).
    /// - Returns: The total, zero for an empty sequence.
    /// - Throws: ``MoneyError/currencyMismatch(_:_:)`` naming the first amount in another currency.
    public static func sum(_ amounts: some Sequence<Money>, in currency: Currency) throws(MoneyError) -> Money {
        var total = Money.zero(currency)
        for amount in amounts { total = try total.adding(amount) }
        return total
    }
}
