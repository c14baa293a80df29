import CobranzaTesting
import Testing

@testable import Cobranza

/// The byte writers the typed renderer uses against the string forms they replace: the same bytes for
/// every format, style, sign, size and currency, and the same escaping.
@Suite("Rendering values as bytes")
struct ByteWritingTests {
    /// The predefined formats and a few odd ones: symbol after, multi-byte separators, Spain's grouping,
    /// a symbol that HTML escaping changes.
    static let moneyFormats: [MoneyFormat] = [
        .esAR, .esMX, .esCL, .esES, .enUS, .enGB, .spanish, .plain,
        MoneyFormat(
            decimalSeparator: "·", groupingSeparator: "\u{202F}", minimumGroupingDigits: 2,
            symbols: ["EUR": "€", "USD": "<US&$>"], symbolPlacement: .after, spacesSymbol: false),
        MoneyFormat(
            decimalSeparator: ",", groupingSeparator: "", symbols: ["ARS": "$"], symbolPlacement: .before,
            spacesSymbol: false),
    ]

    static let currencies: [Currency] = [.ars, .usd, .clp, .kwd, .eur]

    /// Amounts of every size, both signs, from a seeded generator plus the edges.
    static func amounts() -> [Int64] {
        var random = SplitMix64(seed: 29)
        var result: [Int64] = [
            0, 1, -1, 9, 10, 99, 100, 999, 1_000, 99_999, 100_000, 123_456_789, -1_000_000, .max, .min + 1,
        ]
        for _ in 0..<300 {
            let digits = Int(random.next() % 16)
            var value = Int64(random.next() % UInt64(Int64.max))
            for _ in 0..<(18 - digits) { value /= 10 }
            result.append(random.next() % 3 == 0 ? -value : value)
        }
        return result
    }

    @Test("money is written as bytes exactly as its string form, with the symbol, as a bare amount and in any currency")
    func moneyBytesMatchStrings() {
        var compared = 0
        for format in Self.moneyFormats {
            var writer = MessageValueWriter(formatting: TemplateFormatting(money: format, dates: .esAR))
            for currency in Self.currencies {
                for minorUnits in Self.amounts() {
                    let money = Money(minorUnits: minorUnits, currency: currency)
                    var bytes: [UInt8] = Array("x".utf8)
                    writer.append(money, to: &bytes)
                    #expect(String(decoding: bytes, as: UTF8.self) == "x" + money.formatted(format))
                    var amount: [UInt8] = []
                    writer.appendAmount(money, to: &amount)
                    #expect(String(decoding: amount, as: UTF8.self) == money.formattedAmount(format))
                    compared += 1
                }
            }
        }
        #expect(compared == Self.moneyFormats.count * Self.currencies.count * Self.amounts().count)
        // A worked example, by hand.
        var bytes: [UInt8] = []
        var argentina = MessageValueWriter(formatting: TemplateFormatting(localeIdentifier: "es-AR"))
        argentina.append(Money(minorUnits: -123_456, currency: .ars), to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "-$ 1.234,56")
    }

    @Test("the writer keeps one currency's symbol and still writes each currency with its own")
    func writerSwitchesCurrencies() {
        var writer = MessageValueWriter(formatting: TemplateFormatting(localeIdentifier: "es-AR"))
        var bytes: [UInt8] = []
        for currency in [Currency.ars, .usd, .usd, .eur, .ars] {
            writer.append(Money(minorUnits: 150_000, currency: currency), to: &bytes)
            bytes.append(UInt8(ascii: ";"))
        }
        #expect(
            String(decoding: bytes, as: UTF8.self) == "$ 1.500,00;US$ 1.500,00;US$ 1.500,00;EUR 1.500,00;$ 1.500,00;")
    }

    @Test("dates are written as bytes exactly as their string form, in every order, pattern and era")
    func dateBytesMatchStrings() throws {
        let formats: [LocalizedDateFormat] = [
            .esAR, .esCL, .enUS, .enGB,
            LocalizedDateFormat(
                numericOrder: .yearMonthDay, numericSeparator: " & ", longPattern: .dayMonthYear,
                monthNames: ["ene"]),
        ]
        var dates = [
            try CivilDate(year: 2024, month: 3, day: 5), try CivilDate(year: 1, month: 12, day: 31),
            try CivilDate(year: 999, month: 1, day: 1), CivilDate(daysSinceEpoch: -800_000),
        ]
        var random = SplitMix64(seed: 3)
        for _ in 0..<200 { dates.append(CivilDate(daysSinceEpoch: Int(random.next() % 40_000))) }
        for format in formats {
            let writer = MessageValueWriter(formatting: TemplateFormatting(money: .enUS, dates: format))
            for date in dates {
                for style in LocalizedDateFormat.Style.allCases {
                    var bytes: [UInt8] = []
                    writer.append(date, style: style, to: &bytes)
                    #expect(String(decoding: bytes, as: UTF8.self) == date.formatted(format, style: style))
                }
            }
        }
        var number: [UInt8] = []
        MessageValueWriter.appendNumber(-7, width: 4, to: &number)
        #expect(String(decoding: number, as: UTF8.self) == "00-7")
        for value in [0, 7, 42, 2024, 123_456_789, -1, Int.max, Int.min] {
            for width in [0, 2, 4] {
                var bytes: [UInt8] = []
                MessageValueWriter.appendNumber(value, width: width, to: &bytes)
                let text = String(value)
                #expect(
                    String(decoding: bytes, as: UTF8.self)
                        == String(repeating: "0", count: max(0, width - text.count)) + text)
            }
        }
    }

    @Test("escaping a value already written raw gives what escaping it on the way in gives")
    func escapingTheTailMatchesAppending() {
        let values = [
            "$ 1.234,56", "Tom & \"Jerry\" <b>'x'</b>", "  two\n\nlines\r\n\tend  ", "", " ", "a  b", "ñandú & cía",
        ]
        for escaping in TemplateEscaping.allCases {
            for value in values {
                var appended: [UInt8] = Array("head ".utf8)
                escaping.append(value, to: &appended)
                var tail: [UInt8] = Array("head ".utf8)
                tail.append(contentsOf: value.utf8)
                escaping.escapeTail(of: &tail, from: 5)
                #expect(tail == appended, "\(escaping) \(value)")
                var text = "head "
                escaping.append(value, to: &text)
                #expect(String(decoding: appended, as: UTF8.self) == text)
            }
        }
    }

    @Test("tidying and flattening bytes gives what tidying and flattening the string gives")
    func plainTextBytesMatchStrings() {
        let texts = ["", "\n\n", "  a  \n\n\n b\t\n", "línea 1 \r\nlínea 2\n\n\n\nfin\n ", "x"]
        for text in texts {
            var bytes = Array(text.utf8)
            #expect(PlainText.tidy(inPlace: &bytes) == PlainText.tidy(text))
            #expect(PlainText.singleLine(bytes: Array(text.utf8)) == PlainText.singleLine(text))
        }
        #expect(PlainText.tidy("  a  \n\n\n b\t\n") == "  a\n\n b")
    }
}
