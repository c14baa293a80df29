import Cobranza
import Foundation

/// A direct JSON codec for the outbox's two JSON columns, `message` (an ``Cobranza/OutgoingMessage``) and
/// `state_detail` (an ``Cobranza/OutboxState``), so the cadence stage's tens of thousands of messages and every
/// claim and delivery do not each run a `JSONEncoder` or `JSONDecoder`.
///
/// The text is the shape the types' `Codable` conformances give (the same keys, sorted; enums as
/// `{"case":{…}}`; dates as seconds since 2001-01-01), so `JSONDecoder` reads it to the same value and this
/// codec reads what `JSONEncoder` wrote before it. Decoding returns `nil` for anything else — an unknown key,
/// a missing field, a value of another kind — and the caller falls back to `JSONDecoder`, which decodes it
/// or names the error as before.
enum OutboxJSON {
    // MARK: - Messages

    /// The JSON of a message.
    static func encode(_ message: OutgoingMessage) -> String {
        var writer = Writer(capacity: message.body.utf8.count + (message.htmlBody?.utf8.count ?? 0) + 256)
        writer.raw("{\"body\":")
        writer.string(message.body)
        writer.raw(",\"cc\":")
        writer.strings(message.cc)
        writer.raw(",\"channel\":")
        writer.string(message.channel.rawValue)
        if let collectorID = message.collectorID {
            writer.raw(",\"collectorID\":")
            writer.string(collectorID.rawValue)
        }
        if let htmlBody = message.htmlBody {
            writer.raw(",\"htmlBody\":")
            writer.string(htmlBody)
        }
        writer.raw(",\"invoiceIDs\":")
        writer.strings(message.invoiceIDs.map(\.rawValue))
        if let locale = message.locale {
            writer.raw(",\"locale\":")
            writer.string(locale)
        }
        writer.raw(",\"purpose\":")
        writer.string(message.purpose)
        writer.raw(",\"recipient\":{")
        switch message.recipient {
        case .customer(let id): writer.tagged("customer", id.rawValue)
        case .collector(let id): writer.tagged("collector", id.rawValue)
        case .department(let id): writer.tagged("department", id.rawValue)
        case .role(let name): writer.tagged("role", name)
        }
        writer.raw("}")
        if let subject = message.subject {
            writer.raw(",\"subject\":")
            writer.string(subject)
        }
        writer.raw(",\"to\":")
        writer.strings(message.to)
        if let template = message.whatsAppTemplate {
            writer.raw(",\"whatsAppTemplate\":{\"languageCode\":")
            writer.string(template.languageCode)
            writer.raw(",\"parameters\":")
            writer.strings(template.parameters)
            writer.raw(",\"templateName\":")
            writer.string(template.templateName)
            writer.raw("}")
        }
        writer.raw("}")
        return writer.text
    }

    /// The message of a `message` column, or `nil` when the text is not the shape ``encode(_:)-(OutgoingMessage)``
    /// writes (the caller then uses `JSONDecoder`).
    static func decodeMessage(_ text: String) -> OutgoingMessage? {
        var parser = FlatJSON.Parser(bytes: Array(text.utf8))
        return try? parser.message()
    }

    // MARK: - States

    /// The JSON of a state, or `nil` when one of its instants is not a finite number of seconds (the caller
    /// then uses `JSONEncoder`, which refuses it with its own error).
    static func encode(_ state: OutboxState) -> String? {
        var writer = Writer(capacity: 96)
        switch state {
        case .pending:
            writer.raw("{\"pending\":{}}")
        case .claimed(let claimant, let until):
            writer.raw("{\"claimed\":{\"by\":")
            writer.string(claimant)
            writer.raw(",\"until\":")
            guard writer.seconds(until) else { return nil }
            writer.raw("}}")
        case .delivered(let receipt):
            writer.raw("{\"delivered\":{\"_0\":{\"acceptedAt\":")
            guard writer.seconds(receipt.acceptedAt) else { return nil }
            writer.raw(",\"providerMessageID\":")
            writer.string(receipt.providerMessageID)
            writer.raw("}}}")
        case .retrying(let after, let lastError):
            writer.raw("{\"retrying\":{\"after\":")
            guard writer.seconds(after) else { return nil }
            writer.raw(",\"lastError\":")
            writer.string(lastError)
            writer.raw("}}")
        case .failed(let reason):
            writer.raw("{\"failed\":{\"reason\":")
            writer.string(reason)
            writer.raw("}}")
        }
        return writer.text
    }

    /// The state of a `state_detail` column, or `nil` when the text is not the shape
    /// ``encode(_:)-(OutboxState)`` writes (the caller then uses `JSONDecoder`).
    static func decodeState(_ text: String) -> OutboxState? {
        var parser = FlatJSON.Parser(bytes: Array(text.utf8))
        return try? parser.outboxState()
    }

    // MARK: - Writing

    /// UTF-8 bytes of JSON being written.
    private struct Writer {
        private var bytes: [UInt8] = []

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        var text: String { String(decoding: bytes, as: UTF8.self) }

        mutating func raw(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        /// A quoted string: `"` and `\` escaped, control characters as escapes; every other byte as is
        /// (bytes of multi-byte characters are never below 0x80, so escaping byte by byte is exact).
        mutating func string(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { utf8 in
                var start = 0
                for index in utf8.indices {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    start = index + 1
                    escape(byte)
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }

        private mutating func escape(_ byte: UInt8) {
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                let digits = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0x0F)])
            }
        }

        mutating func strings(_ values: [String]) {
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                string(value)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        /// `"name":{"_0":"value"}`, a case of an enum with one unnamed value.
        mutating func tagged(_ name: String, _ value: String) {
            string(name)
            raw(":{\"_0\":")
            string(value)
            raw("}")
        }

        /// An instant as seconds since 2001-01-01, the shortest text that reads back the same `Double`.
        ///
        /// - Returns: `false` (nothing written) when the seconds are not finite.
        mutating func seconds(_ date: Date) -> Bool {
            let seconds = date.timeIntervalSinceReferenceDate
            guard seconds.isFinite else { return false }
            bytes.append(contentsOf: seconds.description.utf8)
            return true
        }
    }
}

// MARK: - Reading

extension FlatJSON.Parser {
    /// Whether the next value is `null` (then read).
    fileprivate mutating func null() throws(FlatJSON.Malformed) -> Bool {
        guard try peekSkippingSpace() == UInt8(ascii: "n") else { return false }
        guard index + 4 <= bytes.count, bytes[index..<(index + 4)].elementsEqual("null".utf8) else {
            throw FlatJSON.Malformed()
        }
        index += 4
        return true
    }

    fileprivate mutating func optionalString() throws(FlatJSON.Malformed) -> String? {
        try null() ? nil : string()
    }

    fileprivate mutating func strings() throws(FlatJSON.Malformed) -> [String] {
        var values: [String] = []
        try expect(UInt8(ascii: "["))
        if try peekSkippingSpace() == UInt8(ascii: "]") {
            index += 1
            return values
        }
        while true {
            values.append(try string())
            let next = try nextSkippingSpace()
            if next == UInt8(ascii: "]") { return values }
            guard next == UInt8(ascii: ",") else { throw FlatJSON.Malformed() }
        }
    }

    /// A number, read as a `Double`.
    fileprivate mutating func number() throws(FlatJSON.Malformed) -> Double {
        _ = try peekSkippingSpace()
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default:
                guard index > start, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
                    throw FlatJSON.Malformed()
                }
                return value
            }
        }
        throw FlatJSON.Malformed()
    }

    /// Reads the members of an object (its `{` already read) until its `}`, calling `member` with each key
    /// after reading the key and its colon; `member` reads the value. A key seen twice is refused.
    fileprivate mutating func members(
        _ member: (inout Self, String) throws(FlatJSON.Malformed) -> Void
    ) throws(FlatJSON.Malformed) {
        if try peekSkippingSpace() == UInt8(ascii: "}") {
            index += 1
            return
        }
        var seen: Set<String> = []
        while true {
            let key = try string()
            guard seen.insert(key).inserted else { throw FlatJSON.Malformed() }
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            let next = try nextSkippingSpace()
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw FlatJSON.Malformed() }
        }
    }

    /// `{"_0":"value"}`.
    fileprivate mutating func unnamedValue() throws(FlatJSON.Malformed) -> String {
        try expect(UInt8(ascii: "{"))
        var value: String?
        try members { parser, key throws(FlatJSON.Malformed) in
            guard key == "_0" else { throw FlatJSON.Malformed() }
            value = try parser.string()
        }
        guard let value else { throw FlatJSON.Malformed() }
        return value
    }

    fileprivate mutating func recipient() throws(FlatJSON.Malformed) -> MessageRecipient {
        try expect(UInt8(ascii: "{"))
        var recipient: MessageRecipient?
        try members { parser, key throws(FlatJSON.Malformed) in
            // Exactly one case: a second key would make `Codable` refuse the value.
            guard recipient == nil else { throw FlatJSON.Malformed() }
            let value = try parser.unnamedValue()
            switch key {
            case "customer": recipient = .customer(CustomerID(value))
            case "collector": recipient = .collector(CollectorID(value))
            case "department": recipient = .department(DepartmentID(value))
            case "role": recipient = .role(value)
            default: throw FlatJSON.Malformed()
            }
        }
        guard let recipient else { throw FlatJSON.Malformed() }
        return recipient
    }

    fileprivate mutating func whatsAppTemplate() throws(FlatJSON.Malformed) -> WhatsAppTemplateMessage? {
        if try null() { return nil }
        try expect(UInt8(ascii: "{"))
        var name: String?
        var language: String?
        var parameters: [String]?
        try members { parser, key throws(FlatJSON.Malformed) in
            switch key {
            case "templateName": name = try parser.string()
            case "languageCode": language = try parser.string()
            case "parameters": parameters = try parser.strings()
            default: throw FlatJSON.Malformed()
            }
        }
        guard let name, let language, let parameters else { throw FlatJSON.Malformed() }
        return WhatsAppTemplateMessage(templateName: name, languageCode: language, parameters: parameters)
    }

    fileprivate mutating func message() throws(FlatJSON.Malformed) -> OutgoingMessage {
        try expect(UInt8(ascii: "{"))
        var recipient: MessageRecipient?
        var channel: Channel?
        var to: [String]?
        var cc: [String]?
        var subject: String?
        var body: String?
        var htmlBody: String?
        var template: WhatsAppTemplateMessage?
        var invoiceIDs: [String]?
        var purpose: String?
        var locale: String?
        var collectorID: String?
        try members { parser, key throws(FlatJSON.Malformed) in
            switch key {
            case "recipient": recipient = try parser.recipient()
            case "channel":
                guard let value = Channel(rawValue: try parser.string()) else { throw FlatJSON.Malformed() }
                channel = value
            case "to": to = try parser.strings()
            case "cc": cc = try parser.strings()
            case "subject": subject = try parser.optionalString()
            case "body": body = try parser.string()
            case "htmlBody": htmlBody = try parser.optionalString()
            case "whatsAppTemplate": template = try parser.whatsAppTemplate()
            case "invoiceIDs": invoiceIDs = try parser.strings()
            case "purpose": purpose = try parser.string()
            case "locale": locale = try parser.optionalString()
            case "collectorID": collectorID = try parser.optionalString()
            default: throw FlatJSON.Malformed()
            }
        }
        try expectEnd()
        guard let recipient, let channel, let to, let cc, let body, let invoiceIDs, let purpose else {
            throw FlatJSON.Malformed()
        }
        return OutgoingMessage(
            recipient: recipient, channel: channel, to: to, cc: cc, subject: subject, body: body, htmlBody: htmlBody,
            whatsAppTemplate: template, invoiceIDs: invoiceIDs.map { InvoiceID($0) }, purpose: purpose,
            locale: locale, collectorID: collectorID.map { CollectorID($0) })
    }

    fileprivate mutating func outboxState() throws(FlatJSON.Malformed) -> OutboxState {
        try expect(UInt8(ascii: "{"))
        var state: OutboxState?
        try members { parser, kind throws(FlatJSON.Malformed) in
            guard state == nil else { throw FlatJSON.Malformed() }
            try parser.expect(UInt8(ascii: "{"))
            var text: [String: String] = [:]
            var seconds: [String: Double] = [:]
            var receipt: DeliveryReceipt?
            try parser.members { parser, key throws(FlatJSON.Malformed) in
                switch (kind, key) {
                case ("claimed", "by"), ("retrying", "lastError"), ("failed", "reason"):
                    text[key] = try parser.string()
                case ("claimed", "until"), ("retrying", "after"):
                    seconds[key] = try parser.number()
                case ("delivered", "_0"):
                    receipt = try parser.receipt()
                default: throw FlatJSON.Malformed()
                }
            }
            switch kind {
            case "pending":
                state = .pending
            case "claimed":
                guard let claimant = text["by"], let until = seconds["until"] else { throw FlatJSON.Malformed() }
                state = .claimed(by: claimant, until: Date(timeIntervalSinceReferenceDate: until))
            case "delivered":
                guard let receipt else { throw FlatJSON.Malformed() }
                state = .delivered(receipt)
            case "retrying":
                guard let after = seconds["after"], let lastError = text["lastError"] else {
                    throw FlatJSON.Malformed()
                }
                state = .retrying(after: Date(timeIntervalSinceReferenceDate: after), lastError: lastError)
            case "failed":
                guard let reason = text["reason"] else { throw FlatJSON.Malformed() }
                state = .failed(reason: reason)
            default:
                throw FlatJSON.Malformed()
            }
        }
        try expectEnd()
        guard let state else { throw FlatJSON.Malformed() }
        return state
    }

    fileprivate mutating func receipt() throws(FlatJSON.Malformed) -> DeliveryReceipt {
        try expect(UInt8(ascii: "{"))
        var providerMessageID: String?
        var acceptedAt: Double?
        try members { parser, key throws(FlatJSON.Malformed) in
            switch key {
            case "providerMessageID": providerMessageID = try parser.string()
            case "acceptedAt": acceptedAt = try parser.number()
            default: throw FlatJSON.Malformed()
            }
        }
        guard let providerMessageID, let acceptedAt else { throw FlatJSON.Malformed() }
        return DeliveryReceipt(
            providerMessageID: providerMessageID, acceptedAt: Date(timeIntervalSinceReferenceDate: acceptedAt))
    }
}
