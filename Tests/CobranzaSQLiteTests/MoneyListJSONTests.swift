import Cobranza
import Foundation
import Testing

@testable import CobranzaSQLite

/// The direct coder of overdue balances: the same text as `JSONEncoder` with sorted keys, read back exactly,
/// and any other form left to `JSONDecoder`.
@Suite("SQLite store: money list JSON")
struct MoneyListJSONTests {
    static let ars = Currency.ars
    static let clp = Currency.clp

    static func lookUp(_ code: String) throws -> Currency {
        guard let currency = Currency.known[code] else { throw CocoaError(.coderInvalidValue) }
        return currency
    }

    @Test("writes what JSONEncoder writes and reads it back, extremes included")
    func roundTrip() throws {
        let amounts = [
            Money(minorUnits: 123_456, currency: Self.ars), Money(minorUnits: -7, currency: Self.clp),
            Money(minorUnits: 0, currency: Self.ars), Money(minorUnits: Int64.max, currency: Self.ars),
            Money(minorUnits: Int64.min + 1, currency: Self.clp),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = try #require(MoneyListJSON.encode(amounts))
        #expect(text == String(decoding: try encoder.encode(amounts), as: UTF8.self))
        #expect(try MoneyListJSON.decode(text, currency: Self.lookUp) == amounts)
        #expect(MoneyListJSON.encode([]) == "[]")
        #expect(try MoneyListJSON.decode("[]", currency: Self.lookUp) == [])
    }

    @Test(
        "other forms are left to JSONDecoder",
        arguments: [
            #"[{"minorUnits":1,"currency":"ARS"}]"#, #"[ {"currency":"ARS","minorUnits":1}]"#,
            #"[{"currency":"ARS","minorUnits":01}]"#, #"[{"currency":"ARS","minorUnits":1.5}]"#,
            #"[{"currency":"ARS","minorUnits":-9223372036854775808}]"#, #"[{"currency":"ars","minorUnits":1}]"#,
            #"[{"currency":"ARS","minorUnits":1}"#, #"[{"currency":"ARS","minorUnits":1}]x"#, "[", "",
        ])
    func otherForms(text: String) throws {
        #expect(try MoneyListJSON.decode(text, currency: Self.lookUp) == nil)
    }

    @Test("an unknown code is the currency lookup's error")
    func unknownCode() {
        #expect(throws: CocoaError.self) {
            try MoneyListJSON.decode(#"[{"currency":"XYZ","minorUnits":1}]"#, currency: Self.lookUp)
        }
    }
}
