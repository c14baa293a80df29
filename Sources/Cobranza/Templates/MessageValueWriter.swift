/// Writes a message's numbers, money and dates as UTF-8 bytes in its locale, exactly as
/// ``Money/formatted(_:)``, ``Money/formattedAmount(_:)`` and ``CivilDate/formatted(_:style:)`` write them,
/// without building a string per value: the separators are kept as bytes, digits are written in place, and
/// the symbol of the last currency written is kept (a message is nearly always in one currency).
///
/// `ByteWritingTests` compares it with the string forms over every format, style, sign and size.
struct MessageValueWriter {
    /// How money and dates are written.
    let formatting: TemplateFormatting
    private let decimalSeparator: [UInt8]
    private let groupingSeparator: [UInt8]
    /// The currency whose mark is kept.
    private var currency: Currency?
    /// Its symbol in the format, or its code.
    private var mark: [UInt8] = []
    /// Whether a space separates the mark from the number.
    private var spaced = true

    /// Creates a writer.
    ///
    /// - Parameter formatting: How money and dates are written.
    init(formatting: TemplateFormatting) {
        self.formatting = formatting
        decimalSeparator = Array(formatting.money.decimalSeparator.utf8)
        groupingSeparator = Array(formatting.money.groupingSeparator.utf8)
    }

    /// Appends an amount with its sign, symbol (or code) and separators.
    ///
    /// - Parameters:
    ///   - money: The amount.
    ///   - output: The bytes being written.
    mutating func append(_ money: Money, to output: inout [UInt8]) {
        if currency != money.currency {
            currency = money.currency
            let code = money.currency.code
            let symbol = formatting.money.symbols[code]
            mark = Array((symbol ?? code).utf8)
            spaced = symbol == nil || formatting.money.spacesSymbol
        }
        if money.isNegative { output.append(UInt8(ascii: "-")) }
        switch formatting.money.symbolPlacement {
        case .before:
            output.append(contentsOf: mark)
            if spaced { output.append(UInt8(ascii: " ")) }
            appendDigits(money, to: &output)
        case .after:
            appendDigits(money, to: &output)
            if spaced { output.append(UInt8(ascii: " ")) }
            output.append(contentsOf: mark)
        }
    }

    /// Appends an amount's number alone, with sign and separators.
    ///
    /// - Parameters:
    ///   - money: The amount.
    ///   - output: The bytes being written.
    func appendAmount(_ money: Money, to output: inout [UInt8]) {
        if money.isNegative { output.append(UInt8(ascii: "-")) }
        appendDigits(money, to: &output)
    }

    /// The magnitude with the format's separators and the currency's decimals.
    private func appendDigits(_ money: Money, to output: inout [UInt8]) {
        DecimalDigits.appendMagnitude(
            of: money, decimalSeparator: decimalSeparator, groupingSeparator: groupingSeparator,
            minimumGroupingDigits: formatting.money.minimumGroupingDigits, to: &output)
    }

    /// Appends a date in the short or long form, as ``CivilDate/formatted(_:style:)`` writes it.
    ///
    /// - Parameters:
    ///   - date: The date.
    ///   - style: Short (numbers) or long (month name).
    ///   - output: The bytes being written.
    func append(_ date: CivilDate, style: LocalizedDateFormat.Style, to output: inout [UInt8]) {
        formatting.dates.append(date, style: style, to: &output)
    }

    /// Appends a whole number as `String(value)` writes it, left-padded with zeros to `width` characters.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - width: The least number of characters.
    ///   - output: The bytes being written.
    static func appendNumber(_ value: Int, width: Int = 0, to output: inout [UInt8]) {
        DecimalDigits.append(value, width: width, to: &output)
    }
}
