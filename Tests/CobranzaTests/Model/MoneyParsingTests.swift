import Cobranza
import Testing

@Suite("Parsing money")
struct MoneyParsingTests {
    @Test(
        "plain text has a dot before the decimals and no grouping",
        arguments: [
            ("1234.56", Currency.ars, Int64(123_456)),
            ("-1234.56", .ars, -123_456),
            ("1234", .ars, 123_400),
            ("0.5", .usd, 50),
            ("0.05", .usd, 5),
            ("-0.05", .mxn, -5),
            ("  1234.56\t", .ars, 123_456),
            ("\t-7 ", .usd, -700),
            ("007.50", .usd, 750),
            ("-0", .ars, 0),
            ("1234", .clp, 1_234),
            ("1.5", .kwd, 1_500),
            ("1.234", .kwd, 1_234),
            ("0.001", .kwd, 1),
            ("12.3456", .clf, 123_456),
            ("92233720368547758.07", .usd, .max),
            ("-92233720368547758.08", .usd, .min),
            ("9223372036854775807", .clp, .max),
            ("-9223372036854775808", .clp, .min),
        ])
    func plain(text: String, currency: Currency, minorUnits: Int64) throws {
        let money = try Money(parsing: text, currency: currency, style: .plain)
        #expect(money == Money(minorUnits: minorUnits, currency: currency))
    }

    @Test(
        "dot-decimal text groups thousands with optional commas",
        arguments: [
            ("1,234.56", Currency.mxn, Int64(123_456)),
            ("1234.56", .mxn, 123_456),
            ("-1,234,567.89", .usd, -123_456_789),
            ("123.4", .usd, 12_340),
            ("999", .ars, 99_900),
            ("1,234", .clp, 1_234),
            ("1,234,567", .clp, 1_234_567),
            ("1,234.567", .kwd, 1_234_567),
            (" 12,345.6 ", .ars, 1_234_560),
        ])
    func dotDecimal(text: String, currency: Currency, minorUnits: Int64) throws {
        let money = try Money(parsing: text, currency: currency, style: .dotDecimal)
        #expect(money == Money(minorUnits: minorUnits, currency: currency))
    }

    @Test(
        "comma-decimal text groups thousands with optional dots",
        arguments: [
            ("1.234,56", Currency.ars, Int64(123_456)),
            ("1234,56", .ars, 123_456),
            ("-1.234,56", .ars, -123_456),
            ("1.234", .clp, 1_234),
            ("1.234.567", .clp, 1_234_567),
            ("-1.234.567", .clp, -1_234_567),
            ("0,5", .usd, 50),
            ("1.234,567", .kwd, 1_234_567),
            ("1,5", .kwd, 1_500),
        ])
    func commaDecimal(text: String, currency: Currency, minorUnits: Int64) throws {
        let money = try Money(parsing: text, currency: currency, style: .commaDecimal)
        #expect(money == Money(minorUnits: minorUnits, currency: currency))
    }

    @Test(
        "text that does not fit the style is malformed at the UTF-8 offset of the first bad character",
        arguments: [
            ("", AmountStyle.plain, 0),
            ("   ", .plain, 3),
            ("-", .plain, 1),
            ("  -  ", .commaDecimal, 3),
            ("1,234.56", .plain, 1),
            ("1234,56", .plain, 4),
            ("12a4", .plain, 2),
            ("$1234", .plain, 0),
            ("1234.56 ARS", .plain, 7),
            ("1..5", .plain, 2),
            ("1.2.3", .plain, 3),
            ("--1", .plain, 1),
            ("+1", .plain, 0),
            ("- 1", .plain, 1),
            ("1234.", .plain, 5),
            (".5", .plain, 0),
            ("-.5", .plain, 1),
            ("1 234", .plain, 1),
            ("\u{20AC}5", .plain, 0),
            ("5\u{20AC}", .plain, 1),
            ("  x", .plain, 2),
            ("(12)", .plain, 0),
            ("1,23.45", .dotDecimal, 4),
            ("1,2345.67", .dotDecimal, 5),
            ("1234,567.00", .dotDecimal, 4),
            ("1,,234", .dotDecimal, 2),
            (",123", .dotDecimal, 0),
            ("1,234,", .dotDecimal, 6),
            ("1,23", .dotDecimal, 4),
            ("1,.5", .dotDecimal, 2),
            ("1.234,56", .dotDecimal, 5),
            ("1,234.5,6", .dotDecimal, 7),
            ("1.23,45", .commaDecimal, 4),
            ("1,234.56", .commaDecimal, 5),
            ("1.234.5", .commaDecimal, 7),
            ("12.34", .commaDecimal, 5),
            ("1.234,", .commaDecimal, 6),
            ("1.234,5a", .commaDecimal, 7),
        ])
    func malformed(text: String, style: AmountStyle, position: Int) {
        let expected = MoneyError.malformedAmount(text: text, style: style, position: position)
        #expect(throws: expected) { try Money(parsing: text, currency: .ars, style: style) }
    }

    @Test(
        "more decimals than the currency's minor unit is an error, never a rounding",
        arguments: [
            ("1234,5", Currency.clp, AmountStyle.commaDecimal),
            ("1234.5", .clp, .plain),
            ("10.50", .clp, .dotDecimal),
            ("12.345", .ars, .plain),
            ("0.001", .usd, .plain),
            ("1.234,567", .mxn, .commaDecimal),
            ("1.2345", .kwd, .plain),
            ("1,234.5678", .kwd, .dotDecimal),
            ("99999999999999999999.999", .usd, .plain),
        ])
    func tooManyDecimals(text: String, currency: Currency, style: AmountStyle) {
        let expected = MoneyError.tooManyDecimals(text: text, currency: currency)
        #expect(throws: expected) { try Money(parsing: text, currency: currency, style: style) }
    }

    @Test(
        "an amount beyond 64-bit minor units is an overflow",
        arguments: [
            ("92233720368547758.08", Currency.usd, AmountStyle.plain),
            ("-92233720368547758.09", .usd, .plain),
            ("92233720368547759", .usd, .plain),
            ("9223372036854775808", .clp, .plain),
            ("-9223372036854775809", .clp, .plain),
            ("99999999999999999999999", .clp, .plain),
            ("9.223.372.036.854.775.808", .clp, .commaDecimal),
            ("9,223,372,036,854,775.808", .kwd, .dotDecimal),
        ])
    func overflow(text: String, currency: Currency, style: AmountStyle) {
        #expect(throws: MoneyError.overflow) { try Money(parsing: text, currency: currency, style: style) }
    }

    @Test("a syntax error is reported before an overflow in the same text")
    func syntaxBeforeOverflow() {
        let text = "99999999999999999999999x"
        let expected = MoneyError.malformedAmount(text: text, style: .plain, position: 23)
        #expect(throws: expected) { try Money(parsing: text, currency: .clp, style: .plain) }
    }

    @Test("the same text means different amounts in different styles, never guessed")
    func styleIsExplicit() throws {
        #expect(try Money(parsing: "1.234", currency: .kwd, style: .plain).minorUnits == 1_234)
        #expect(try Money(parsing: "1.234", currency: .kwd, style: .commaDecimal).minorUnits == 1_234_000)
        #expect(try Money(parsing: "1,234", currency: .kwd, style: .dotDecimal).minorUnits == 1_234_000)
        #expect(try Money(parsing: "1,234", currency: .kwd, style: .commaDecimal).minorUnits == 1_234)
    }

    @Test("a malformed amount's description names the character, counting from one")
    func malformedDescription() {
        let error = MoneyError.malformedAmount(text: "1,23.45", style: .dotDecimal, position: 4)
        #expect(error.description.contains("at character 5"))
    }
}
