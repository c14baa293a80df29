/// How printed values are written into the output. Only values are escaped; the template's own text is
/// written as is.
public enum TemplateEscaping: String, Sendable, Hashable, Codable, CaseIterable {
    /// Values as they are: SMS, WhatsApp previews, letters, phone scripts, email subjects and plain bodies.
    case plain
    /// HTML bodies: `&`, `<`, `>`, `"` and `'` become entities, and a line break becomes `<br>`, so a
    /// customer called `<script>` is shown, never run.
    case html
    /// WhatsApp template parameters: line breaks and tabs become spaces and runs of spaces collapse to
    /// one, as WhatsApp rejects parameters with line breaks or long runs of spaces.
    case whatsAppParameter = "whatsapp_parameter"

    /// Appends a value to the output, escaped.
    ///
    /// - Parameters:
    ///   - value: The printed value.
    ///   - output: The text being rendered.
    func append(_ value: String, to output: inout String) {
        switch self {
        case .plain:
            output += value
        case .html:
            let needsEscaping = value.utf8.contains { byte in
                byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39 || byte == 10 || byte == 13
            }
            guard needsEscaping else {
                output += value
                return
            }
            for scalar in value.unicodeScalars {
                switch scalar {
                case "&": output += "&amp;"
                case "<": output += "&lt;"
                case ">": output += "&gt;"
                case "\"": output += "&quot;"
                case "'": output += "&#39;"
                case "\r": continue
                case "\n": output += "<br>\n"
                default: output.unicodeScalars.append(scalar)
                }
            }
        case .whatsAppParameter:
            var pendingSpace = false
            var wroteAny = false
            for scalar in value.unicodeScalars {
                if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" {
                    pendingSpace = true
                    continue
                }
                if pendingSpace && wroteAny { output += " " }
                pendingSpace = false
                wroteAny = true
                output.unicodeScalars.append(scalar)
            }
        }
    }

    /// Appends a value's UTF-8 bytes to a byte output, escaped exactly as ``append(_:to:)`` escapes it into
    /// a string. Every character escaping looks at is one ASCII byte, which never occurs inside a multi-byte
    /// character, so working on bytes changes nothing.
    ///
    /// - Parameters:
    ///   - value: The printed value.
    ///   - output: The bytes being rendered.
    func append(_ value: String, to output: inout [UInt8]) {
        // Native and small strings lend their bytes directly: one scan and one copy, not an iterator per byte.
        let appended: Void? = value.utf8.withContiguousStorageIfAvailable { bytes in
            switch self {
            case .plain:
                output.append(contentsOf: bytes)
            case .html:
                if bytes.contains(where: TemplateEscaping.isHTMLSpecial) {
                    appendEscaped(bytes, to: &output)
                } else {
                    output.append(contentsOf: bytes)
                }
            case .whatsAppParameter:
                appendEscaped(bytes, to: &output)
            }
        }
        if appended == nil { appendEscaped(value.utf8, to: &output) }
    }

    /// Escapes, in place, the bytes of one value already written raw at the end of the output (from `start`),
    /// so that the output is as if the value had been appended with ``append(_:to:)``.
    ///
    /// - Parameters:
    ///   - output: The bytes being rendered.
    ///   - start: Where the value's raw bytes begin.
    func escapeTail(of output: inout [UInt8], from start: Int) {
        switch self {
        case .plain:
            return
        case .html:
            guard output[start...].contains(where: TemplateEscaping.isHTMLSpecial) else { return }
        case .whatsAppParameter:
            break
        }
        let raw = Array(output[start...])
        output.removeSubrange(start...)
        appendEscaped(raw, to: &output)
    }

    /// Whether HTML escaping changes a byte.
    private static func isHTMLSpecial(_ byte: UInt8) -> Bool {
        byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39 || byte == 10 || byte == 13
    }

    /// Appends UTF-8 bytes escaped byte by byte.
    private func appendEscaped<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to output: inout [UInt8]) {
        switch self {
        case .plain:
            output.append(contentsOf: bytes)
        case .html:
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                case UInt8(ascii: "\r"): continue
                case UInt8(ascii: "\n"): output.append(contentsOf: "<br>\n".utf8)
                default: output.append(byte)
                }
            }
        case .whatsAppParameter:
            var pendingSpace = false
            var wroteAny = false
            for byte in bytes {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                    || byte == UInt8(ascii: "\t")
                {
                    pendingSpace = true
                    continue
                }
                if pendingSpace && wroteAny { output.append(UInt8(ascii: " ")) }
                pendingSpace = false
                wroteAny = true
                output.append(byte)
            }
        }
    }
}
