/// A small, fast JSON codec for the two flat shapes the hot tables hold — arrays of strings (id lists) and
/// objects of strings (custom fields) — so reading or importing a million invoices does not run a
/// `JSONDecoder` per row. The output is standard JSON (`json_each` reads it); keys are written sorted.
enum FlatJSON {
    /// Why a column's text is not the expected JSON.
    struct Malformed: Error {}

    // MARK: - Encoding

    static func encode(_ strings: [String]) -> String {
        if strings.isEmpty { return "[]" }
        var output = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { output += "," }
            appendQuoted(string, to: &output)
        }
        output += "]"
        return output
    }

    static func encode(_ fields: [String: String]) -> String {
        if fields.isEmpty { return "{}" }
        var output = "{"
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { output += "," }
            appendQuoted(key, to: &output)
            output += ":"
            appendQuoted(fields[key] ?? "", to: &output)
        }
        output += "}"
        return output
    }

    private static func appendQuoted(_ string: String, to output: inout String) {
        output += "\""
        let needsEscaping = string.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        guard needsEscaping else {
            output += string
            output += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    // MARK: - Decoding

    static func decodeArray(_ text: String) throws(Malformed) -> [String] {
        if text == "[]" { return [] }
        var parser = Parser(bytes: Array(text.utf8))
        var strings: [String] = []
        try parser.expect(UInt8(ascii: "["))
        if try parser.peekSkippingSpace() == UInt8(ascii: "]") {
            parser.index += 1
        } else {
            while true {
                strings.append(try parser.string())
                let next = try parser.nextSkippingSpace()
                if next == UInt8(ascii: "]") { break }
                guard next == UInt8(ascii: ",") else { throw Malformed() }
            }
        }
        try parser.expectEnd()
        return strings
    }

    static func decodeObject(_ text: String) throws(Malformed) -> [String: String] {
        if text == "{}" { return [:] }
        var parser = Parser(bytes: Array(text.utf8))
        var fields: [String: String] = [:]
        try parser.expect(UInt8(ascii: "{"))
        if try parser.peekSkippingSpace() == UInt8(ascii: "}") {
            parser.index += 1
        } else {
            while true {
                let key = try parser.string()
                try parser.expect(UInt8(ascii: ":"))
                fields[key] = try parser.string()
                let next = try parser.nextSkippingSpace()
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ",") else { throw Malformed() }
            }
        }
        try parser.expectEnd()
        return fields
    }

    struct Parser {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func peekSkippingSpace() throws(Malformed) -> UInt8 {
            skipSpace()
            guard index < bytes.count else { throw Malformed() }
            return bytes[index]
        }

        mutating func nextSkippingSpace() throws(Malformed) -> UInt8 {
            let byte = try peekSkippingSpace()
            index += 1
            return byte
        }

        mutating func expect(_ byte: UInt8) throws(Malformed) {
            guard try nextSkippingSpace() == byte else { throw Malformed() }
        }

        mutating func expectEnd() throws(Malformed) {
            skipSpace()
            guard index == bytes.count else { throw Malformed() }
        }

        mutating func string() throws(Malformed) -> String {
            try expect(UInt8(ascii: "\""))
            let start = index
            // Fast path: no escapes.
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                index += 1
            }
            guard index < bytes.count else { throw Malformed() }
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: bytes[start..<(index - 1)], as: UTF8.self)
            }
            var output = Array(bytes[start..<index])
            while true {
                guard index < bytes.count else { throw Malformed() }
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { break }
                guard byte == UInt8(ascii: "\\") else {
                    output.append(byte)
                    continue
                }
                guard index < bytes.count else { throw Malformed() }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
                case UInt8(ascii: "b"): output.append(0x08)
                case UInt8(ascii: "f"): output.append(0x0C)
                case UInt8(ascii: "n"): output.append(0x0A)
                case UInt8(ascii: "r"): output.append(0x0D)
                case UInt8(ascii: "t"): output.append(0x09)
                case UInt8(ascii: "u"): output.append(contentsOf: try unicodeEscape())
                default: throw Malformed()
                }
            }
            return String(decoding: output, as: UTF8.self)
        }

        /// The UTF-8 bytes of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair.
        mutating func unicodeEscape() throws(Malformed) -> [UInt8] {
            var value = try hex4()
            if (0xD800..<0xDC00).contains(value) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw Malformed() }
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw Malformed() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw Malformed() }
            return Array(String(Character(scalar)).utf8)
        }

        mutating func hex4() throws(Malformed) -> UInt32 {
            guard index + 4 <= bytes.count else { throw Malformed() }
            var value: UInt32 = 0
            for byte in bytes[index..<(index + 4)] {
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw Malformed()
                }
                value = value * 16 + digit
            }
            index += 4
            return value
        }
    }
}
