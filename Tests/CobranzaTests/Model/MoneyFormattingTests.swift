import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Formatting money")
struct MoneyFormattingTests {
    @Test(
        "each locale writes its currency, dollars and others by the rule table",
        arguments: [
            (Int64(123_456), Currency.ars, "es-AR", "$ 1.234,56"),
            (-123_456, .ars, "es-AR", "-$ 1.234,56"),
            (123_456, .usd, "es-AR", "US$ 1.234,56"),
            (1_000, .eur, "es-AR", "EUR 10,00"),
            (1_234, .jpy, "es-AR", "JPY 1.234"),
            (5, .ars, "es-AR", "$ 0,05"),
            (0, .ars, "es-AR", "$ 0,00"),
            (100_000_000_000, .ars, "es-AR", "$ 1.000.000.000,00"),
            (123_456, .mxn, "es-MX", "$1,234.56"),
            (-123_456, .mxn, "es-MX", "-$1,234.56"),
            (123_456, .usd, "es-MX", "US$1,234.56"),
            (1_234_567, .clp, "es-CL", "$1.234.567"),
            (-1_234_567, .clp, "es-CL", "-$1.234.567"),
            (999, .clp, "es-CL", "$999"),
            (1_000, .clp, "es-CL", "$1.000"),
            (0, .clp, "es-CL", "$0"),
            (123_456, .usd, "es-CL", "US$1.234,56"),
            (123_456, .eur, "es-ES", "1234,56 \u{20AC}"),
            (1_234_567, .eur, "es-ES", "12.345,67 \u{20AC}"),
            (-123_456, .eur, "es-ES", "-1234,56 \u{20AC}"),
            (1_000, .usd, "es-ES", "10,00 USD"),
            (123_456, .usd, "en-US", "$1,234.56"),
            (-123_456, .usd, "en-US", "-$1,234.56"),
            (1_234_567, .kwd, "en-US", "KWD 1,234.567"),
            (123_456, .ars, "en-US", "ARS 1,234.56"),
            (12_345_678, .clf, "en-US", "CLF 1,234.5678"),
            (.max, .usd, "en-US", "$92,233,720,368,547,758.07"),
            (.min, .usd, "en-US", "-$92,233,720,368,547,758.08"),
            (123_456, .gbp, "en-GB", "\u{00A3}1,234.56"),
            (123_456, .usd, "en-GB", "USD 1,234.56"),
        ])
    func locales(minorUnits: Int64, currency: Currency, locale: String, expected: String) {
        let money = Money(minorUnits: minorUnits, currency: currency)
        #expect(money.formatted(locale: locale) == expected)
        #expect(money.formatted(MoneyFormat(localeIdentifier: locale)) == expected)
    }

    @Test(
        "locale identifiers accept either separator and any case, and fall back by language",
        arguments: [
            ("es-AR", MoneyFormat.esAR),
            ("es_AR", .esAR),
            ("ES-ar", .esAR),
            ("es_AR.UTF-8", .esAR),
            ("es-Latn-AR", .esAR),
            ("es_MX", .esMX),
            ("es-CL", .esCL),
            ("es_ES", .esES),
            ("en_US", .enUS),
            ("en-GB", .enGB),
            ("en", .enUS),
            ("en-AU", .enUS),
            ("pt-BR", .enUS),
            ("", .enUS),
        ])
    func localeIdentifiers(identifier: String, expected: MoneyFormat) {
        #expect(MoneyFormat(localeIdentifier: identifier) == expected)
    }

    @Test(
        "Spanish without a known region uses comma decimals, US$ for dollars and ISO codes for pesos",
        arguments: ["es", "es-UY", "es_419", "es-CO"])
    func spanishFallback(identifier: String) {
        let format = MoneyFormat(localeIdentifier: identifier)
        #expect(Money(minorUnits: 123_456, currency: .ars).formatted(format) == "ARS 1.234,56")
        #expect(Money(minorUnits: 123_456, currency: .usd).formatted(format) == "US$ 1.234,56")
        #expect(format.amountStyle == .commaDecimal)
    }

    @Test(
        "the amount alone has sign and separators but no symbol",
        arguments: [
            (Int64(123_456), Currency.ars, MoneyFormat.esAR, "1.234,56"),
            (-123_456, .ars, .esAR, "-1.234,56"),
            (1_234_567, .clp, .esCL, "1.234.567"),
            (1_234_567, .kwd, .enUS, "1,234.567"),
            (123_456, .eur, .esES, "1234,56"),
        ])
    func formattedAmount(minorUnits: Int64, currency: Currency, format: MoneyFormat, expected: String) {
        #expect(Money(minorUnits: minorUnits, currency: currency).formattedAmount(format) == expected)
    }

    @Test(
        "the plain decimal string is the machine form",
        arguments: [
            (Int64(123_456), Currency.ars, "1234.56"),
            (-5, .usd, "-0.05"),
            (0, .ars, "0.00"),
            (1_234, .clp, "1234"),
            (-1_234, .clp, "-1234"),
            (1, .kwd, "0.001"),
            (100_000_000, .ars, "1000000.00"),
            (.min, .usd, "-92233720368547758.08"),
        ])
    func plainDecimalString(minorUnits: Int64, currency: Currency, expected: String) {
        #expect(Money(minorUnits: minorUnits, currency: currency).plainDecimalString == expected)
    }

    @Test("each preset names the parsing style that reads its numbers back")
    func amountStyles() {
        #expect(MoneyFormat.esAR.amountStyle == .commaDecimal)
        #expect(MoneyFormat.esCL.amountStyle == .commaDecimal)
        #expect(MoneyFormat.esES.amountStyle == .commaDecimal)
        #expect(MoneyFormat.esMX.amountStyle == .dotDecimal)
        #expect(MoneyFormat.enUS.amountStyle == .dotDecimal)
        #expect(MoneyFormat.enGB.amountStyle == .dotDecimal)
        let odd = MoneyFormat(
            decimalSeparator: ".", groupingSeparator: "'", symbols: [:], symbolPlacement: .before, spacesSymbol: true)
        #expect(odd.amountStyle == nil)
    }

    @Test("a custom format writes its own symbols and separators")
    func customFormat() {
        let uruguay = MoneyFormat(
            decimalSeparator: ",", groupingSeparator: ".", symbols: ["UYU": "$", "USD": "US$"],
            symbolPlacement: .before, spacesSymbol: true)
        #expect(Money(minorUnits: 123_456, currency: .uyu).formatted(uruguay) == "$ 1.234,56")
        #expect(uruguay.symbol(for: .usd) == "US$")
        #expect(uruguay.symbol(for: .ars) == "ARS")
    }

    @Test("a format survives a JSON round trip")
    func codable() throws {
        let data = try JSONEncoder().encode(MoneyFormat.esAR)
        #expect(try JSONDecoder().decode(MoneyFormat.self, from: data) == .esAR)
    }

    static let currencies: [Currency] = [.clp, .jpy, .ars, .usd, .mxn, .eur, .kwd, .clf]

    @Test("the plain decimal string parses back to the same amount", arguments: currencies)
    func plainRoundTrip(currency: Currency) throws {
        var rng = SplitMix64(seed: 7)
        for minorUnits in Self.samples(using: &rng) {
            let money = Money(minorUnits: minorUnits, currency: currency)
            let parsed = try Money(parsing: money.plainDecimalString, currency: currency, style: .plain)
            #expect(parsed == money, "\(money.plainDecimalString)")
        }
    }

    @Test(
        "es-AR text parses back comma-decimal and en-US text dot-decimal once the symbol is gone",
        arguments: currencies)
    func localizedRoundTrip(currency: Currency) throws {
        var rng = SplitMix64(seed: 7)
        for minorUnits in Self.samples(using: &rng) {
            let money = Money(minorUnits: minorUnits, currency: currency)
            for (format, style) in [(MoneyFormat.esAR, AmountStyle.commaDecimal), (.enUS, .dotDecimal)] {
                let text = money.formatted(format)
                let amount = try #require(Self.strippingSymbol(text, format.symbol(for: currency)))
                let parsed = try Money(parsing: amount, currency: currency, style: style)
                #expect(parsed == money, "\(text)")
            }
        }
    }

    @Test("the amount alone parses back with the format's style in every preset", arguments: currencies)
    func formattedAmountRoundTrip(currency: Currency) throws {
        var rng = SplitMix64(seed: 7)
        for minorUnits in Self.samples(using: &rng) {
            let money = Money(minorUnits: minorUnits, currency: currency)
            for format in [MoneyFormat.esAR, .esMX, .esCL, .esES, .enUS, .enGB] {
                let style = try #require(format.amountStyle)
                let text = money.formattedAmount(format)
                #expect(try Money(parsing: text, currency: currency, style: style) == money, "\(text)")
            }
        }
    }

    /// Seeded amounts of every size: each digit count from 1 to 19, both signs, plus the extremes.
    private static func samples(using rng: inout SplitMix64) -> [Int64] {
        var values: [Int64] = [0, 1, -1, .max, .min]
        for _ in 0..<20 {
            var bound: Int64 = 1
            for digits in 1...19 {
                bound = digits == 19 ? .max : bound * 10
                let value = Int64.random(in: 0...bound, using: &rng)
                values.append(Bool.random(using: &rng) ? -value : value)
            }
        }
        return values
    }

    /// `text` without the currency mark (and its space) that follows the optional minus sign, or `nil` if the
    /// mark is missing.
    private static func strippingSymbol(_ text: String, _ mark: String) -> String? {
        let isNegative = text.hasPrefix("-")
        let unsigned = isNegative ? text.dropFirst() : Substring(text)
        guard unsigned.hasPrefix(mark) else { return nil }
        let number = unsigned.dropFirst(mark.count).drop { $0 == " " }
        return (isNegative ? "-" : "") + number
    }
}
