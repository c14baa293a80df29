import Cobranza

/// The JSON of a list of amounts, `[{"currency":"ARS","minorUnits":123}]` — what `JSONEncoder` with sorted keys
/// writes for `[Money]` — written and read directly, because activities carry one (their overdue balances)
/// and a coder per activity costs more than the rest of the row.
///
/// Only that exact form is read here; anything else (other spacing, key order, a code that is not three
/// upper-case letters, a number out of range) returns `nil`, and the caller falls back to `JSONDecoder`.
enum MoneyListJSON {
    private static let open = Array("{\"currency\":\"".utf8)
    private static let middle = Array("\",\"minorUnits\":".utf8)

    /// The JSON of amounts whose currency codes are three upper-case ASCII letters.
    ///
    /// - Parameter amounts: The amounts.
    /// - Returns: The JSON array, or `nil` when a code needs escaping (use `JSONEncoder`).
    static func encode(_ amounts: [Money]) -> String? {
        var text = "["
        for index in amounts.indices {
            let code = amounts[index].currency.code
            guard code.utf8.count == 3, code.utf8.allSatisfy(isUpperCaseLetter) else { return nil }
            if index > 0 { text += "," }
            text += "{\"currency\":\"\(code)\",\"minorUnits\":\(amounts[index].minorUnits)}"
        }
        return text + "]"
    }

    /// The amounts of a JSON array in the exact form ``encode(_:)`` writes.
    ///
    /// - Parameters:
    ///   - text: The JSON.
    ///   - currency: The currency of a code.
    /// - Returns: The amounts, or `nil` when the text is in another form.
    /// - Throws: What `currency` throws.
    static func decode(_ text: String, currency: (String) throws -> Currency) throws -> [Money]? {
        let bytes = Array(text.utf8)
        var position = 0
        func take(_ literal: [UInt8]) -> Bool {
            guard bytes.count - position >= literal.count,
                bytes[position..<position + literal.count].elementsEqual(literal)
            else { return false }
            position += literal.count
            return true
        }
        func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }
        guard take(UInt8(ascii: "[")) else { return nil }
        var amounts: [Money] = []
        if take(UInt8(ascii: "]")) { return position == bytes.count ? amounts : nil }
        repeat {
            guard take(open), bytes.count - position >= 3 else { return nil }
            let code = bytes[position..<position + 3]
            guard code.allSatisfy(isUpperCaseLetter) else { return nil }
            position += 3
            guard take(middle) else { return nil }
            let isNegative = take(UInt8(ascii: "-"))
            let digitsStart = position
            var value: Int64 = 0
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times.addingReportingOverflow(Int64(bytes[position] - UInt8(ascii: "0")))
                guard !overflow, !carry else { return nil }
                value = sum
                position += 1
            }
            let digits = position - digitsStart
            guard digits > 0, digits == 1 || bytes[digitsStart] != UInt8(ascii: "0"), take(UInt8(ascii: "}")) else {
                return nil
            }
            let minorUnits = isNegative ? -value : value
            amounts.append(
                Money(minorUnits: minorUnits, currency: try currency(String(decoding: code, as: UTF8.self))))
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")), position == bytes.count else { return nil }
        return amounts
    }

    private static func isUpperCaseLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }
}
