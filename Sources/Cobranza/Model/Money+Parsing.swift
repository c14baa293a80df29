extension Money {
    /// Parses an amount written in an explicit ``AmountStyle``, exactly: no rounding, no guessing.
    ///
    /// The grammar, after trimming surrounding spaces and tabs, is an optional leading `-`, one or more
    /// integer digits, and optionally the style's decimal separator followed by one or more digits. In
    /// ``AmountStyle/dotDecimal`` and ``AmountStyle/commaDecimal`` the integer digits may be grouped by the
    /// style's grouping separator; when they are, the first group has one to three digits and every other
    /// group exactly three. ``AmountStyle/plain`` allows no grouping at all.
    ///
    /// | Text          | Style            | Currency | Result                        |
    /// |---------------|------------------|----------|-------------------------------|
    /// | `"1234.56"`   | `.plain`         | ARS      | 123456 minor units            |
    /// | `"0.5"`       | `.plain`         | USD      | 50 minor units                |
    /// | `"1.5"`       | `.plain`         | KWD      | 1500 fils                     |
    /// | `"1,234.56"`  | `.dotDecimal`    | MXN      | 123456 minor units            |
    /// | `"-1.234,56"` | `.commaDecimal`  | ARS      | -123456 minor units           |
    /// | `"1.234"`     | `.commaDecimal`  | CLP      | 1234 pesos                    |
    /// | `"1234,5"`    | `.commaDecimal`  | CLP      | `tooManyDecimals`             |
    /// | `"1,23.45"`   | `.dotDecimal`    | USD      | `malformedAmount`, position 4 |
    ///
    /// ```swift
    /// let due = try Money(parsing: "1.234,56", currency: .ars, style: .commaDecimal)
    /// // due.minorUnits == 123_456
    /// ```
    ///
    /// A decimal part with more digits than the currency's minor unit is an error even when the extra
    /// digits are zeros (`"10.50"` is not a CLP amount), so a file in the wrong style or currency is caught
    /// instead of being scaled silently.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    ///
    /// - Parameters:
    ///   - text: The amount, for example `"1.234,56"`; spaces and tabs around it are ignored.
    ///   - currency: The currency, which fixes how many decimals are allowed and the scale of the result.
    ///   - style: How the text separates decimals and groups thousands.
    /// - Throws: ``MoneyError/malformedAmount(text:style:position:)`` with the UTF-8 offset (in `text`, before
    ///   trimming) of the first character that does not fit the style, or of the end of the amount when it
    ///   stops where a digit is required (empty text, `"-"`, `"12."`, `"1,23"`);
    ///   ``MoneyError/tooManyDecimals(text:currency:)`` when the decimal part is longer than
    ///   ``Currency/minorUnitDigits``; ``MoneyError/overflow`` when the amount does not fit in `Int64` minor
    ///   units.
    public init(parsing text: String, currency: Currency, style: AmountStyle) throws(MoneyError) {
        let bytes = Array(text.utf8)
        func malformed(_ position: Int) -> MoneyError {
            .malformedAmount(text: text, style: style, position: position)
        }

        var start = 0
        var end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }

        let separators = AmountSeparators(style)
        var magnitude: UInt64 = 0
        var overflowed = false
        func push(_ digit: UInt64) {
            let (shifted, multiplyOverflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, addOverflow) = shifted.addingReportingOverflow(digit)
            magnitude = sum
            overflowed = overflowed || multiplyOverflow || addOverflow
        }

        var index = start
        let isNegative = index < end && bytes[index] == UInt8(ascii: "-")
        if isNegative { index += 1 }

        // Integer part, with optional grouping.
        var integerDigits = 0
        var groupLength = 0
        var isGrouped = false
        var hasDecimals = false
        while index < end {
            let byte = bytes[index]
            if let digit = digitValue(byte) {
                if isGrouped && groupLength == 3 { throw malformed(index) }
                push(digit)
                integerDigits += 1
                groupLength += 1
            } else if let grouping = separators.grouping, byte == grouping {
                let groupIsComplete = isGrouped ? groupLength == 3 : (1...3).contains(groupLength)
                guard groupIsComplete else { throw malformed(index) }
                isGrouped = true
                groupLength = 0
            } else if byte == separators.decimal {
                guard integerDigits > 0, !isGrouped || groupLength == 3 else { throw malformed(index) }
                hasDecimals = true
                index += 1
                break
            } else {
                throw malformed(index)
            }
            index += 1
        }
        if !hasDecimals {
            guard integerDigits > 0, !isGrouped || groupLength == 3 else { throw malformed(end) }
        }

        // Decimal part: digits only.
        var fractionDigits = 0
        if hasDecimals {
            while index < end {
                guard let digit = digitValue(bytes[index]) else { throw malformed(index) }
                push(digit)
                fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0 else { throw malformed(end) }
        }
        guard fractionDigits <= currency.minorUnitDigits else {
            throw .tooManyDecimals(text: text, currency: currency)
        }
        for _ in fractionDigits..<currency.minorUnitDigits { push(0) }

        let limit = isNegative ? Int64.min.magnitude : Int64.max.magnitude
        guard !overflowed, magnitude <= limit else { throw .overflow }
        let minorUnits = isNegative ? Int64(bitPattern: 0 &- magnitude) : Int64(bitPattern: magnitude)
        self.init(minorUnits: minorUnits, currency: currency)
    }
}

/// The bytes that separate decimals and group thousands in one ``AmountStyle``.
private struct AmountSeparators {
    let decimal: UInt8
    let grouping: UInt8?

    init(_ style: AmountStyle) {
        switch style {
        case .plain:
            decimal = UInt8(ascii: ".")
            grouping = nil
        case .dotDecimal:
            decimal = UInt8(ascii: ".")
            grouping = UInt8(ascii: ",")
        case .commaDecimal:
            decimal = UInt8(ascii: ",")
            grouping = UInt8(ascii: ".")
        }
    }
}

/// Whether a byte is a space or a tab, the only characters trimmed around an amount.
private func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
}

/// The value of an ASCII decimal digit, or `nil` for any other byte.
private func digitValue(_ byte: UInt8) -> UInt64? {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? UInt64(byte - UInt8(ascii: "0")) : nil
}
