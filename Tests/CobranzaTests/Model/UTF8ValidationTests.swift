import Testing

@testable import Cobranza

/// `UTF8.isValid` is the check behind CSV import and the renderer's known-valid strings: it must accept what
/// the standard library accepts and reject what it would repair.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    @Test(
        "well-formed text is valid",
        arguments: ["", "abc", "Señor Gómez: € 1.234,50 — vence", "日本 🇦🇷", "\u{10FFFF}", "a\u{0}b"])
    func valid(text: String) {
        #expect(UTF8.isValid(Array(text.utf8)))
    }

    @Test(
        "overlong forms, surrogates, stray continuation bytes, cut sequences and bytes past U+10FFFF are invalid",
        arguments: [
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0x80], [0x61, 0xBF], [0xE2, 0x82],
            [0xF0, 0x9F, 0x98], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x61, 0xFE, 0x62],
        ] as [[UInt8]])
    func invalid(bytes: [UInt8]) {
        #expect(!UTF8.isValid(bytes))
        // The standard library would replace something: decoding does not give the bytes back.
        #expect(!String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes))
    }
}
