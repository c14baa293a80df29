import CobranzaTesting
import Testing

@testable import Cobranza

/// The shortcuts the renderer takes for speed against the straightforward forms they replace: strings made
/// from known-valid bytes, tidying in the rendered buffer, and the template look-up without a candidate list.
@Suite("Rendering shortcuts")
struct RenderingShortcutTests {
    /// Seeded texts of the kinds `PlainText.tidy` meets: lines with trailing spaces, tabs and carriage
    /// returns, runs of blank lines, blank lines at the ends, multi-byte characters.
    static func untidyTexts() -> [String] {
        var random = SplitMix64(seed: 611)
        let pieces = ["Estimado", "cliente", "Gómez", "€ 1.234,50", "año", "—", "x", "<b>", "日本"]
        let blanks = [" ", "\t", "\r", "  \t "]
        var texts = ["", "\n", "\n\n\n", " \n\t\n", "uno", "uno\n", "\nuno", "uno\n\n\ndos", "uno  \r\ndos\t"]
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int(random.next() % 12) {
                switch random.next() % 4 {
                case 0: text += "\n"
                case 1: text += blanks[Int(random.next() % UInt64(blanks.count))]
                default: text += pieces[Int(random.next() % UInt64(pieces.count))]
                }
                if random.next() % 3 == 0 { text += "\n" }
            }
            texts.append(text)
        }
        return texts
    }

    @Test("a string made from known-valid UTF-8 equals the decoded one, for ASCII, accents and emoji")
    func knownValidUTF8() {
        for text in ["", "abc", "Señor Gómez: € 1.234,50 — vence el 10 de noviembre", "日本 🇦🇷 ok"] {
            let bytes = Array(text.utf8)
            let made = String(knownValidUTF8: bytes)
            #expect(made == String(decoding: bytes, as: UTF8.self))
            #expect(made.count == text.count)
        }
    }

    /// The tidy rule written the plain way, on lines of characters: trailing spaces, tabs and carriage
    /// returns cut from each line, runs of blank lines kept as one, none at the start or the end.
    static func straightforwardTidy(_ text: String) -> String {
        // Split on scalars: "\r\n" is one Character, but two scalars.
        var lines: [String] = []
        var pendingBlank = false
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed.removeLast() }
            if trimmed.isEmpty {
                pendingBlank = !lines.isEmpty
                continue
            }
            if pendingBlank { lines.append("") }
            lines.append(String(String.UnicodeScalarView(trimmed)))
            pendingBlank = false
        }
        return lines.joined(separator: "\n")
    }

    @Test("tidying in the rendered buffer gives what the rule written line by line gives, on seeded texts")
    func tidyInPlaceMatchesTidy() {
        for text in Self.untidyTexts() {
            var bytes = Array(text.utf8)
            let expected = Self.straightforwardTidy(text)
            #expect(PlainText.tidy(inPlace: &bytes) == expected, "\(text.debugDescription)")
            #expect(bytes == Array(expected.utf8))
            #expect(PlainText.tidy(text) == expected)
        }
        var worked = Array("  \n\nHola  \n\n\n\tTotal: $ 10\t\r\n\n".utf8)
        #expect(PlainText.tidy(inPlace: &worked) == "Hola\n\n\tTotal: $ 10")
    }

    @Test("the template look-up finds what the locale's candidate list finds, for every family, channel and locale")
    func templateLookupMatchesCandidates() throws {
        let library = try TemplateLibrary.standard().overriding(with: [
            MessageTemplate(family: "friendly", channel: .sms, language: "es_mx", body: "México {{total}}"),
            MessageTemplate(family: "own", channel: .sms, language: "pt", body: "Olá {{customer.name}}"),
        ])
        let families = Set(library.keys.map(\.family)).sorted() + ["unknown"]
        let locales = [
            "es-AR", "es_AR", "es-MX", "es-mx.UTF-8", "es", "ES", "en", "en-US", "en_GB", "pt-BR", "pt", "de-DE",
            "", "-", "x@y", "es-419",
        ]
        for family in families {
            for channel in Channel.allCases {
                for locale in locales {
                    var expected: CompiledMessageTemplate?
                    for tag in LocaleTag.candidates(for: locale, fallback: TemplateLibrary.fallbackLanguage) {
                        expected = library[TemplateKey(family: family, channel: channel, language: tag)]
                        if expected != nil { break }
                    }
                    let found = library.template(family: family, channel: channel, locale: locale)
                    #expect(found?.key == expected?.key, "\(family) \(channel) \(locale)")
                }
            }
        }
    }
}
