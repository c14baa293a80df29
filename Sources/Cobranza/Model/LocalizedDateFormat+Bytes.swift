extension LocalizedDateFormat {
    /// Appends the UTF-8 bytes of ``string(for:style:)`` to a byte output, without building strings for
    /// the numbers.
    ///
    /// - Parameters:
    ///   - date: The date.
    ///   - style: Short (numbers) or long (month name).
    ///   - output: The bytes being written.
    func append(_ date: CivilDate, style: Style, to output: inout [UInt8]) {
        let (year, month, day) = date.components
        let separator = numericSeparator.utf8
        switch (style, numericOrder) {
        case (.short, .dayMonthYear):
            Self.appendNumber(day, width: 2, to: &output)
            output.append(contentsOf: separator)
            Self.appendNumber(month, width: 2, to: &output)
            output.append(contentsOf: separator)
            Self.appendNumber(year, width: 4, to: &output)
        case (.short, .monthDayYear):
            Self.appendNumber(month, width: 2, to: &output)
            output.append(contentsOf: separator)
            Self.appendNumber(day, width: 2, to: &output)
            output.append(contentsOf: separator)
            Self.appendNumber(year, width: 4, to: &output)
        case (.short, .yearMonthDay):
            Self.appendNumber(year, width: 4, to: &output)
            output.append(contentsOf: separator)
            Self.appendNumber(month, width: 2, to: &output)
            output.append(contentsOf: separator)
            Self.appendNumber(day, width: 2, to: &output)
        case (.long, _):
            switch longPattern {
            case .dayDeMonthDeYear:
                Self.appendNumber(day, to: &output)
                output.append(contentsOf: " de ".utf8)
                appendMonth(month, to: &output)
                output.append(contentsOf: " de ".utf8)
                Self.appendNumber(year, to: &output)
            case .monthDayCommaYear:
                appendMonth(month, to: &output)
                output.append(UInt8(ascii: " "))
                Self.appendNumber(day, to: &output)
                output.append(contentsOf: ", ".utf8)
                Self.appendNumber(year, to: &output)
            case .dayMonthYear:
                Self.appendNumber(day, to: &output)
                output.append(UInt8(ascii: " "))
                appendMonth(month, to: &output)
                output.append(UInt8(ascii: " "))
                Self.appendNumber(year, to: &output)
            }
        }
    }

    private func appendMonth(_ month: Int, to output: inout [UInt8]) {
        if monthNames.indices.contains(month - 1) {
            output.append(contentsOf: monthNames[month - 1].utf8)
        } else {
            Self.appendNumber(month, to: &output)
        }
    }

    /// Appends a whole number as `String(value)` writes it, left-padded with zeros to `width` characters
    /// (the sign counts as one, and the zeros go before it, as the string form's padding does).
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - width: The least number of characters.
    ///   - output: The bytes being written.
    static func appendNumber(_ value: Int, width: Int = 0, to output: inout [UInt8]) {
        var magnitude = value.magnitude
        var count = value < 0 ? 2 : 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            count += 1
        }
        for _ in 0..<Swift.max(0, width - count) { output.append(UInt8(ascii: "0")) }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        let start = output.count
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        output[start...].reverse()
    }
}
