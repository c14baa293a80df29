extension MoneyFormat {
    /// Appends the UTF-8 bytes of ``string(for:)`` to a byte output, without building a string: the same
    /// sign, symbol, spacing, grouping and decimals.
    ///
    /// - Parameters:
    ///   - money: The amount.
    ///   - symbol: The format's symbol for the amount's currency, `symbols[money.currency.code]`, looked up
    ///     by the caller (who may keep it for the next amount in the same currency).
    ///   - output: The bytes being written.
    func append(_ money: Money, symbol: String?, to output: inout [UInt8]) {
        let spaced = symbol == nil || spacesSymbol
        if money.isNegative { output.append(UInt8(ascii: "-")) }
        switch symbolPlacement {
        case .before:
            appendMark(money, symbol: symbol, to: &output)
            if spaced { output.append(UInt8(ascii: " ")) }
            appendDigits(money, to: &output)
        case .after:
            appendDigits(money, to: &output)
            if spaced { output.append(UInt8(ascii: " ")) }
            appendMark(money, symbol: symbol, to: &output)
        }
    }

    /// Appends the UTF-8 bytes of ``amountString(for:)``: the number with sign and separators, no symbol.
    ///
    /// - Parameters:
    ///   - money: The amount.
    ///   - output: The bytes being written.
    func appendAmount(_ money: Money, to output: inout [UInt8]) {
        if money.isNegative { output.append(UInt8(ascii: "-")) }
        appendDigits(money, to: &output)
    }

    private func appendMark(_ money: Money, symbol: String?, to output: inout [UInt8]) {
        if let symbol {
            output.append(contentsOf: symbol.utf8)
        } else {
            output.append(contentsOf: money.currency.code.utf8)
        }
    }

    /// The magnitude with this format's separators, as `digits(for:)` writes it: the integer digits from
    /// the right with the grouping separator (reversed) every three digits, the run turned around, then the
    /// decimals the same way, left-padded with zeros.
    private func appendDigits(_ money: Money, to output: inout [UInt8]) {
        let magnitude = money.minorUnits.magnitude
        let factor = UInt64(money.currency.minorUnitsPerMajor)
        let decimals = money.currency.minorUnitDigits
        var integer = magnitude / factor
        var integerCount = 1
        var probe = integer
        while probe >= 10 {
            probe /= 10
            integerCount += 1
        }
        let grouping = groupingSeparator.utf8
        let groups = !grouping.isEmpty && integerCount >= 3 + Swift.max(minimumGroupingDigits, 1)
        let start = output.count
        var written = 0
        repeat {
            if groups && written > 0 && written % 3 == 0 { output.append(contentsOf: grouping.reversed()) }
            output.append(UInt8(ascii: "0") + UInt8(integer % 10))
            integer /= 10
            written += 1
        } while integer > 0
        output[start...].reverse()
        if decimals > 0 {
            output.append(contentsOf: decimalSeparator.utf8)
            let decimalStart = output.count
            var rest = magnitude % factor
            repeat {
                output.append(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            while output.count - decimalStart < decimals { output.append(UInt8(ascii: "0")) }
            output[decimalStart...].reverse()
        }
    }
}
