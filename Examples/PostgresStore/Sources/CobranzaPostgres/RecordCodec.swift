import Cobranza
import Foundation
import PostgresNIO

/// Turns records into columns and rows back into records, with the JSON coders and the last currency
/// looked up. Made per read or commit; never shared between tasks.
final class RecordCodec {
    private let encoder: JSONEncoder
    private let decoder = JSONDecoder()
    private var recentCurrency: Currency?

    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
    }

    // MARK: - JSON columns

    func json(_ value: some Encodable, _ kind: EntityKind, id: String) throws -> String {
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw StoreError.invalidRecord(kind, id: id, reason: "cannot be encoded as JSON: \(error)")
        }
    }

    func optionalJSON(_ value: (some Encodable)?, _ kind: EntityKind, id: String) throws -> String? {
        guard let value else { return nil }
        return try json(value, kind, id: id)
    }

    func decode<Value: Decodable>(_ type: Value.Type, _ text: String, _ kind: EntityKind, id: String, column: String)
        throws -> Value
    {
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.invalidRecord(kind, id: id, reason: "column '\(column)' holds unreadable JSON: \(error)")
        }
    }

    func decodeOptional<Value: Decodable>(
        _ type: Value.Type, _ text: String?, _ kind: EntityKind, id: String, column: String
    ) throws -> Value? {
        guard let text else { return nil }
        return try decode(type, text, kind, id: id, column: column)
    }

    /// A list of strings as a JSON array (`[]` without the encoder).
    func list(_ strings: [String], _ kind: EntityKind, id: String) throws -> String {
        strings.isEmpty ? "[]" : try json(strings, kind, id: id)
    }

    func ids<Subject>(_ ids: [Identifier<Subject>], _ kind: EntityKind, id: String) throws -> String {
        try list(ids.map(\.rawValue), kind, id: id)
    }

    func decodeIDs<Subject>(_ text: String, _ kind: EntityKind, id: String, column: String) throws
        -> [Identifier<Subject>]
    {
        text == "[]" ? [] : try decode([String].self, text, kind, id: id, column: column).map { Identifier($0) }
    }

    func fields(_ fields: [String: String], _ kind: EntityKind, id: String) throws -> String {
        fields.isEmpty ? "{}" : try json(fields, kind, id: id)
    }

    func decodeFields(_ text: String, _ kind: EntityKind, id: String, column: String) throws -> [String: String] {
        text == "{}" ? [:] : try decode([String: String].self, text, kind, id: id, column: column)
    }

    // MARK: - Columns with closed sets of values

    static func value<Value: RawRepresentable>(
        _ type: Value.Type, _ raw: String, _ kind: EntityKind, id: String, column: String
    ) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else {
            throw StoreError.invalidRecord(kind, id: id, reason: "column '\(column)' holds an unknown value '\(raw)'")
        }
        return value
    }

    // MARK: - Money

    /// The currency of a code column; a portfolio in one currency looks it up once.
    func currency(_ code: String, _ kind: EntityKind, id: String) throws -> Currency {
        if let recentCurrency, recentCurrency.code == code { return recentCurrency }
        guard let currency = Currency.known[code] else {
            throw StoreError.invalidRecord(kind, id: id, reason: "unknown currency '\(code)'")
        }
        recentCurrency = currency
        return currency
    }

    func money(_ minorUnits: Int64?, _ code: String?, _ kind: EntityKind, id: String) throws -> Money? {
        guard let minorUnits, let code else { return nil }
        return Money(minorUnits: minorUnits, currency: try currency(code, kind, id: id))
    }

    /// Refuses money whose currency would not read back the same (a code `Currency.known` lacks, or a known
    /// code with other minor-unit digits): the store keeps the code only.
    static func requireKnownCurrency(_ money: Money?, _ kind: EntityKind, id: String) throws {
        guard let money else { return }
        guard Currency.known[money.currency.code] == money.currency else {
            throw StoreError.invalidRecord(
                kind, id: id,
                reason: "currency '\(money.currency.code)' with \(money.currency.minorUnitDigits) minor-unit digits "
                    + "is not a known ISO 4217 currency, so the PostgreSQL store cannot keep it")
        }
    }

    static func requireKnownCurrency(in status: CollectionStatus?, _ kind: EntityKind, id: String) throws {
        if case .promised(let promise) = status { try requireKnownCurrency(promise.amount, kind, id: id) }
    }

    // MARK: - Instants

    /// The column value of an instant: the exact seconds since 2001-01-01 inside `Date`.
    static func seconds(_ date: Date) -> Double { date.timeIntervalSinceReferenceDate }

    static func instant(_ seconds: Double) -> Date { Date(timeIntervalSinceReferenceDate: seconds) }
}

extension PostgresRandomAccessRow {
    func text(_ index: Int) throws -> String { try self[index].decode(String.self) }
    func optionalText(_ index: Int) throws -> String? { try self[index].decode(String?.self) }
    func int(_ index: Int) throws -> Int { try self[index].decode(Int.self) }
    func optionalInt(_ index: Int) throws -> Int? { try self[index].decode(Int?.self) }
    func int64(_ index: Int) throws -> Int64 { try self[index].decode(Int64.self) }
    func optionalInt64(_ index: Int) throws -> Int64? { try self[index].decode(Int64?.self) }
    func double(_ index: Int) throws -> Double { try self[index].decode(Double.self) }
    func optionalDouble(_ index: Int) throws -> Double? { try self[index].decode(Double?.self) }
    func bool(_ index: Int) throws -> Bool { try self[index].decode(Bool.self) }
}
