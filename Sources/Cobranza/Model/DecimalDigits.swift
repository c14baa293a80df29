/// Writes whole numbers and money magnitudes as ASCII digits into a byte buffer, in place (no string per
/// number): the one digit writer behind ``MoneyFormat`` and the message renderer's value writer.
enum DecimalDigits {
    /// Appends the magnitude of an amount with the currency's decimals: the integer digits grouped by three
    /// from the right when `groupingSeparator` is not empty and the number has at least
    /// `3 + max(minimumGroupingDigits, 1)` digits, then `decimalSeparator` and the decimals left-padded with
    /// zeros. No sign.
    ///
    /// - Parameters:
    ///   - money: The amount.
    ///   - decimalSeparator: The bytes before the decimals.
    ///   - groupingSeparator: The bytes between groups of three; empty for no grouping.
    ///   - minimumGroupingDigits: How many digits the leftmost group needs before grouping starts.
    ///   - output: The bytes being written.
    static func appendMagnitude(
        of money: Money, decimalSeparator: [UInt8], groupingSeparator: [UInt8], minimumGroupingDigits: Int,
        to output: inout [UInt8]
    ) {
        let magnitude = money.minorUnits.magnitude
        let factor = UInt64(money.currency.minorUnitsPerMajor)
        let decimals = money.currency.minorUnitDigits
        let integer = magnitude / factor
        let integerCount = count(integer)
        let groups = !groupingSeparator.isEmpty && integerCount >= 3 + Swift.max(minimumGroupingDigits, 1)
        if groups {
            let separators = (integerCount - 1) / 3
            let start = output.count
            output.append(
                contentsOf: repeatElement(UInt8(ascii: "0"), count: integerCount + separators * groupingSeparator.count)
            )
            var position = output.count - 1
            var rest = integer
            var written = 0
            repeat {
                if written > 0 && written % 3 == 0 {
                    for byte in groupingSeparator.reversed() {
                        output[position] = byte
                        position -= 1
                    }
                }
                output[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                position -= 1
                rest /= 10
                written += 1
            } while rest > 0
            assert(position == start - 1)
        } else {
            append(integer, width: integerCount, to: &output)
        }
        if decimals > 0 {
            output.append(contentsOf: decimalSeparator)
            let rest = magnitude % factor
            append(rest, width: Swift.max(count(rest), decimals), to: &output)
        }
    }

    /// Appends a whole number as `String(value)` writes it, left-padded with zeros to `width` characters (the
    /// sign counts as one, and the zeros go before it, as the date formats have always padded).
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - width: The least number of characters.
    ///   - output: The bytes being written.
    static func append(_ value: Int, width: Int = 0, to output: inout [UInt8]) {
        guard value >= 0 else {
            let text = String(value)
            let count = text.utf8.count
            if count < width { output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - count)) }
            output.append(contentsOf: text.utf8)
            return
        }
        let magnitude = UInt64(value)
        append(magnitude, width: Swift.max(width, count(magnitude)), to: &output)
    }

    /// Appends a number's digits right-aligned in `width` characters, zeros on the left.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - width: The characters to fill; at least the number's digit count.
    ///   - output: The bytes being written.
    static func append(_ value: UInt64, width: Int, to output: inout [UInt8]) {
        let start = output.count
        output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width))
        var position = output.count - 1
        var rest = value
        while rest > 0 && position >= start {
            output[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            position -= 1
            rest /= 10
        }
    }

    /// How many decimal digits a number has (one for zero).
    ///
    /// - Parameter value: The number.
    /// - Returns: Its digit count.
    static func count(_ value: UInt64) -> Int {
        var count = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            count += 1
        }
        return count
    }
}
