import Cobranza
import CobranzaTesting
import Foundation
import Testing

@testable import CobranzaSQLite

/// The direct coder of the outbox's JSON columns against `JSONEncoder`/`JSONDecoder`: each reads what the
/// other writes to the same value, on seeded messages and states full of characters JSON must escape.
@Suite("SQLite store: outbox JSON")
struct OutboxJSONTests {
    static let pieces = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "ñ", "€", "😀", "\u{2028}",
        "<p>", "&amp;", "}", "{", "[", "]", ",", ":", "null", "\\u0041", "é",
    ]

    static func text(_ random: inout SplitMix64, maxLength: Int = 12) -> String {
        let length = Int.random(in: 0...maxLength, using: &random)
        return (0..<length).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    }

    static func texts(_ random: inout SplitMix64) -> [String] {
        (0..<Int.random(in: 0...3, using: &random)).map { _ in text(&random) }
    }

    static func message(_ random: inout SplitMix64) -> OutgoingMessage {
        let recipient: MessageRecipient
        switch Int.random(in: 0..<4, using: &random) {
        case 0: recipient = .customer(CustomerID(text(&random)))
        case 1: recipient = .collector(CollectorID(text(&random)))
        case 2: recipient = .department(DepartmentID(text(&random)))
        default: recipient = .role(text(&random))
        }
        let maybe = { (random: inout SplitMix64) -> String? in Bool.random(using: &random) ? text(&random) : nil }
        return OutgoingMessage(
            recipient: recipient, channel: Channel.allCases.randomElement(using: &random) ?? .email, to: texts(&random),
            cc: texts(&random), subject: maybe(&random), body: text(&random, maxLength: 200),
            htmlBody: Bool.random(using: &random) ? text(&random, maxLength: 400) : nil,
            whatsAppTemplate: Bool.random(using: &random)
                ? WhatsAppTemplateMessage(
                    templateName: text(&random), languageCode: text(&random), parameters: texts(&random))
                : nil,
            invoiceIDs: texts(&random).map { InvoiceID($0) }, purpose: text(&random), locale: maybe(&random),
            collectorID: maybe(&random).map { CollectorID($0) })
    }

    static func instant(_ random: inout SplitMix64) -> Date {
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            return Date(
                timeIntervalSinceReferenceDate: Double(Int.random(in: -1_000_000...1_000_000_000, using: &random)))
        case 1: return Date(timeIntervalSinceReferenceDate: Double.random(in: -1e9...1e10, using: &random))
        case 2: return Date(timeIntervalSinceReferenceDate: Double.random(in: 0...1, using: &random) * 1e-300)
        default: return Date(timeIntervalSinceReferenceDate: Double.random(in: 1e15...1e300, using: &random))
        }
    }

    static func state(_ random: inout SplitMix64) -> OutboxState {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return .pending
        case 1: return .claimed(by: text(&random), until: instant(&random))
        case 2: return .delivered(DeliveryReceipt(providerMessageID: text(&random), acceptedAt: instant(&random)))
        case 3: return .retrying(after: instant(&random), lastError: text(&random))
        default: return .failed(reason: text(&random))
        }
    }

    static func encoders() -> [JSONEncoder] {
        let sorted = JSONEncoder()
        sorted.outputFormatting = [.sortedKeys]
        return [sorted, JSONEncoder()]
    }

    @Test("messages: each coder reads what the other writes, to the same message")
    func messages() throws {
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let message = Self.message(&random)
            let text = OutboxJSON.encode(message)
            #expect(OutboxJSON.decodeMessage(text) == message, "\(text)")
            #expect(try JSONDecoder().decode(OutgoingMessage.self, from: Data(text.utf8)) == message, "\(text)")
            for encoder in Self.encoders() {
                let standard = String(decoding: try encoder.encode(message), as: UTF8.self)
                #expect(OutboxJSON.decodeMessage(standard) == message, "\(standard)")
            }
        }
    }

    @Test("states: each coder reads what the other writes, to the same state, instants exact")
    func states() throws {
        var random = SplitMix64(seed: 12)
        for _ in 0..<2_000 {
            let state = Self.state(&random)
            let text = try #require(OutboxJSON.encode(state))
            #expect(OutboxJSON.decodeState(text) == state, "\(text)")
            #expect(try JSONDecoder().decode(OutboxState.self, from: Data(text.utf8)) == state, "\(text)")
            for encoder in Self.encoders() {
                let standard = String(decoding: try encoder.encode(state), as: UTF8.self)
                #expect(OutboxJSON.decodeState(standard) == state, "\(standard)")
            }
        }
    }

    @Test("other shapes are left to JSONDecoder; instants JSON cannot hold are left to JSONEncoder")
    func fallbacks() throws {
        let message =
            #"{"body":"b","cc":[],"channel":"email","invoiceIDs":[],"purpose":"p","recipient":{"role":{"_0":"x"}},"to":[]}"#
        #expect(OutboxJSON.decodeMessage(message) != nil)
        for other in [
            message.replacingOccurrences(of: #""purpose":"p","#, with: ""),  // a missing field
            message.replacingOccurrences(of: #""body":"b""#, with: #""body":"b","extra":1"#),  // an unknown key
            message.replacingOccurrences(of: #""email""#, with: #""pigeon""#),  // an unknown channel
            message.replacingOccurrences(of: #"{"_0":"x"}}"#, with: #"{"_0":"x"},"customer":{"_0":"y"}}"#),
            message.replacingOccurrences(of: #""cc":[]"#, with: #""cc":[1]"#),  // a value of another kind
            message.replacingOccurrences(of: #""body":"b""#, with: #""body":"b","body":"c""#),  // a key twice
            message + "x", "", "[]", "{",
        ] {
            #expect(OutboxJSON.decodeMessage(other) == nil, "\(other)")
        }
        for other in [
            #"{"pending":{},"failed":{"reason":"r"}}"#, #"{"claimed":{"by":"w"}}"#, #"{"sent":{}}"#,
            #"{"failed":{"reason":"r","extra":"x"}}"#, #"{"claimed":{"by":"w","until":"soon"}}"#,
        ] {
            #expect(OutboxJSON.decodeState(other) == nil, "\(other)")
        }
        #expect(OutboxJSON.encode(.claimed(by: "w", until: Date(timeIntervalSinceReferenceDate: .infinity))) == nil)
        #expect(OutboxJSON.encode(.retrying(after: Date(timeIntervalSinceReferenceDate: .nan), lastError: "")) == nil)
    }
}
