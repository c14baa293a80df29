import Cobranza
import Foundation
import Testing

@Suite("Money")
struct MoneyTests {
    @Test("amounts in one currency add, subtract, compare and negate exactly")
    func arithmetic() throws {
        let due = Money(minorUnits: 123_456, currency: .ars)
        let paid = Money(minorUnits: 100_000, currency: .ars)
        #expect(try due.adding(paid) == Money(minorUnits: 223_456, currency: .ars))
        #expect(try due.subtracting(paid) == Money(minorUnits: 23_456, currency: .ars))
        #expect(try paid.subtracting(due) == Money(minorUnits: -23_456, currency: .ars))
        #expect(try paid.isLess(than: due))
        #expect(try !due.isLess(than: paid))
        #expect(try Money.min(due, paid) == paid)
        #expect(try due.negated() == Money(minorUnits: -123_456, currency: .ars))
        #expect(Money.zero(.clp).isZero)
        #expect(due.isPositive && !due.isNegative)
        #expect(try due.negated().isNegative)
    }

    @Test("combining ARS with USD is a currency mismatch naming both, in order")
    func currencyMismatch() {
        let pesos = Money(minorUnits: 100, currency: .ars)
        let dollars = Money(minorUnits: 100, currency: .usd)
        #expect(throws: MoneyError.currencyMismatch(.ars, .usd)) { try pesos.adding(dollars) }
        #expect(throws: MoneyError.currencyMismatch(.usd, .ars)) { try dollars.subtracting(pesos) }
        #expect(throws: MoneyError.currencyMismatch(.ars, .usd)) { try pesos.isLess(than: dollars) }
        #expect(throws: MoneyError.currencyMismatch(.ars, .usd)) { try Money.min(pesos, dollars) }
    }

    @Test("a result beyond 64-bit minor units is an overflow, not a wrap-around")
    func overflow() {
        let largest = Money(minorUnits: .max, currency: .usd)
        let smallest = Money(minorUnits: .min, currency: .usd)
        let cent = Money(minorUnits: 1, currency: .usd)
        #expect(throws: MoneyError.overflow) { try largest.adding(cent) }
        #expect(throws: MoneyError.overflow) { try smallest.subtracting(cent) }
        #expect(throws: MoneyError.overflow) { try smallest.negated() }
    }

    @Test("a sum of amounts in one currency is their total; an empty sum is zero")
    func sum() throws {
        let amounts = [100, 250, -50].map { Money(minorUnits: $0, currency: .mxn) }
        #expect(try Money.sum(amounts, in: .mxn) == Money(minorUnits: 300, currency: .mxn))
        #expect(try Money.sum([], in: .clp) == .zero(.clp))
    }

    @Test("a sum with an amount in another currency names the first stranger")
    func sumMismatch() {
        let amounts = [Money(minorUnits: 1, currency: .mxn), Money(minorUnits: 1, currency: .usd)]
        #expect(throws: MoneyError.currencyMismatch(.mxn, .usd)) { try Money.sum(amounts, in: .mxn) }
    }

    @Test("money encodes as minor units and a bare currency code, and decodes back")
    func codableRoundTrip() throws {
        let json = Data(#"{"minorUnits":123456,"currency":"ARS"}"#.utf8)
        let decoded = try JSONDecoder().decode(Money.self, from: json)
        #expect(decoded == Money(minorUnits: 123_456, currency: .ars))

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let encoded = try encoder.encode(decoded)
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"currency":"ARS","minorUnits":123456}"#)
        #expect(try JSONDecoder().decode(Money.self, from: encoded) == decoded)
    }

    @Test("decoding an unknown currency code is a decoding error")
    func unknownCurrencyDecoding() {
        let json = Data(#"{"minorUnits":100,"currency":"XYZ"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Money.self, from: json) }
    }

    @Test("currency codes are looked up case-insensitively", arguments: ["ARS", "ars", "Ars"])
    func currencyLookup(code: String) throws {
        #expect(try Currency(code: code) == .ars)
    }

    @Test(
        "each built-in currency has its ISO minor unit",
        arguments: [("CLP", 0), ("ARS", 2), ("USD", 2), ("MXN", 2), ("KWD", 3), ("CLF", 4)])
    func minorUnitDigits(code: String, digits: Int) throws {
        let currency = try Currency(code: code)
        #expect(currency.minorUnitDigits == digits)
        #expect(currency.code == code)
    }

    @Test("an unknown currency code is an error naming it", arguments: ["XYZ", "", "pesos", "AR"])
    func unknownCurrency(code: String) {
        #expect(throws: MoneyError.unknownCurrency(code)) { try Currency(code: code) }
    }
}
