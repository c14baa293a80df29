import Foundation

/// An email as an RFC 5322 / MIME document (`.eml`), readable by any mail client and by SMTP relays.
///
/// Headers with non-ASCII text (`Subject: Recordatorio de pago — Ferretería Norte`) are encoded as RFC 2047
/// UTF-8 words; bodies are UTF-8 in base64, a `multipart/alternative` of plain text and HTML when the
/// message has an HTML body. Everything that could vary between runs (boundary, `Message-ID`) derives from
/// the idempotency key, so the same message always gives the same bytes.
public struct EmailDocument: Sendable, Hashable {
    /// The whole document, CRLF line ends.
    public var text: String

    /// Renders a message.
    ///
    /// - Parameters:
    ///   - message: The message; its `to` and `cc` are the addresses.
    ///   - from: The sender's address, such as `Cobranzas <cobranzas@empresa.example>`.
    ///   - key: The message's idempotency key.
    ///   - date: The `Date` header.
    public init(message: OutgoingMessage, from: String, key: IdempotencyKey, date: Date) {
        var headers = [
            "From: \(from)",
            "To: \(message.to.joined(separator: ", "))",
        ]
        if !message.cc.isEmpty { headers.append("Cc: \(message.cc.joined(separator: ", "))") }
        headers += [
            "Subject: \(Self.encodedWord(message.subject ?? message.purpose))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(Self.token(key.rawValue))@cobranza.invalid>",
            "MIME-Version: 1.0",
            "X-Cobranza-Idempotency-Key: \(Self.encodedWord(key.rawValue))",
            "X-Cobranza-Purpose: \(Self.encodedWord(message.purpose))",
        ]
        if !message.invoiceIDs.isEmpty {
            headers.append(
                "X-Cobranza-Invoices: \(Self.encodedWord(message.invoiceIDs.map(\.rawValue).joined(separator: ", ")))")
        }
        if let locale = message.locale { headers.append("Content-Language: \(locale)") }
        var lines = headers
        if let html = message.htmlBody {
            let boundary = "=_cobranza_\(Self.token(key.rawValue))"
            lines.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
            lines.append("")
            lines.append("--\(boundary)")
            lines += Self.part("text/plain", message.body)
            lines.append("--\(boundary)")
            lines += Self.part("text/html", html)
            lines.append("--\(boundary)--")
        } else {
            lines += Self.part("text/plain", message.body)
        }
        text = lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func part(_ type: String, _ body: String) -> [String] {
        ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: base64", ""]
            + base64Lines(Data(body.utf8))
    }

    private static func base64Lines(_ data: Data) -> [String] {
        let encoded = data.base64EncodedString()
        var lines: [String] = []
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[start..<end]))
            start = end
        }
        return lines
    }

    /// The text as is if it is printable ASCII, else an RFC 2047 `=?utf-8?B?…?=` word.
    static func encodedWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        return plain ? text : "=?utf-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    /// Letters, digits, `.`, `-` and `_` of the text; anything else becomes `_`.
    static func token(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar in
                let allowed =
                    (scalar.value < 0x80)
                    && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
                return allowed ? Character(scalar) : "_"
            })
    }

    /// `Mon, 23 Nov 2026 11:56:16 +0000`, computed without a `DateFormatter` or a `Calendar`.
    static func rfc5322Date(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let day = CivilDate(daysSinceEpoch: days)
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[day.weekday.rawValue - 1]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let time = "\(two(secondOfDay / 3_600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        return "\(weekday), \(day.day) \(months[day.month - 1]) \(day.year) \(time) +0000"
    }
}
