import Cobranza
import Foundation

/// The store's connection with what reading and writing records needs (JSON coders, configuration).
/// Lives on the store's queue; never shared between threads.
final class SQLiteSession {
    let connection: SQLiteConnection
    let configuration: SQLiteStoreConfiguration
    private let encoder: JSONEncoder
    private let decoder = JSONDecoder()
    private var recentCurrency: Currency?
    /// Each customer's contacts and their JSON, as last read or written: a list that did not change is not
    /// encoded or decoded again (the risk stage rewrites every customer it classifies). Both directions are
    /// pure functions of the value or the text, so the cache never needs to follow the database.
    private var contactsJSON: [String: (contacts: [Contact], json: String)] = [:]
    /// Above this many customers the contacts cache is emptied and starts again.
    private static let contactsCacheLimit = 250_000

    /// The text of each multi-row `INSERT` already built, by table and conflict clause, then by row count
    /// (building it joins hundreds of strings; a unit of work of one delivery used to build three).
    private var insertSQLs: [String: [String?]] = [:]
    /// The `ON CONFLICT … DO UPDATE` clause of each table's upsert.
    private var upsertClauses: [String: String] = [:]

    init(connection: SQLiteConnection, configuration: SQLiteStoreConfiguration) {
        self.connection = connection
        self.configuration = configuration
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
    }

    /// Rows per multi-row insert for a table of `columns` columns: at most 999 bound values.
    func batchSize(columns: Int) -> Int {
        Swift.max(1, Swift.min(configuration.batchSize, 999 / columns))
    }

    /// The SQL of a multi-row `INSERT` into `table` of `rows` rows, built once per session.
    ///
    /// - Parameters:
    ///   - table: The table; with `columns` and `conflictClause`, always the same for one table name.
    ///   - columns: The columns, in binding order.
    ///   - conflictClause: Appended after the values (empty, or an upsert's clause).
    ///   - rows: The number of rows, at least 1.
    /// - Returns: The SQL text.
    func insertSQL(table: String, columns: [String], conflictClause: String, rows: Int) -> String {
        let cacheKey = conflictClause.isEmpty ? table : table + " upsert"
        if let cached = insertSQLs[cacheKey], rows < cached.count, let sql = cached[rows] { return sql }
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let sql =
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: tuple, count: rows).joined(separator: ", ") + conflictClause
        var texts = insertSQLs[cacheKey] ?? []
        if texts.count <= rows { texts.append(contentsOf: repeatElement(nil, count: rows + 1 - texts.count)) }
        texts[rows] = sql
        insertSQLs[cacheKey] = texts
        return sql
    }

    /// The clause that makes an `INSERT` into `table` replace the row with the same first column (the id).
    func upsertClause(table: String, columns: [String]) -> String {
        if let cached = upsertClauses[table] { return cached }
        let assignments = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let clause = " ON CONFLICT (\(columns[0])) DO UPDATE SET \(assignments)"
        upsertClauses[table] = clause
        return clause
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

    // MARK: - Contacts

    /// The `contacts` column of a customer.
    ///
    /// - Parameters:
    ///   - contacts: The customer's contacts.
    ///   - id: The customer's id.
    /// - Returns: The JSON array.
    /// - Throws: ``Cobranza/StoreError/invalidRecord(_:id:reason:)`` when a contact cannot be encoded.
    func contactsColumn(_ contacts: [Contact], id: String) throws -> String {
        if contacts.isEmpty { return "[]" }
        if let cached = contactsJSON[id], cached.contacts == contacts { return cached.json }
        let text = try json(contacts, .customer, id: id)
        remember(contacts, text, id: id)
        return text
    }

    /// The contacts of a customer's `contacts` column.
    ///
    /// - Parameters:
    ///   - text: The column.
    ///   - id: The customer's id.
    /// - Returns: The contacts.
    /// - Throws: ``Cobranza/StoreError/invalidRecord(_:id:reason:)`` when the column is unreadable.
    func contacts(_ text: String, id: String) throws -> [Contact] {
        if text == "[]" { return [] }
        if let cached = contactsJSON[id], cached.json == text { return cached.contacts }
        let contacts = try decode([Contact].self, text, .customer, id: id, column: "contacts")
        remember(contacts, text, id: id)
        return contacts
    }

    private func remember(_ contacts: [Contact], _ text: String, id: String) {
        if contactsJSON.count >= Self.contactsCacheLimit, contactsJSON[id] == nil {
            contactsJSON.removeAll(keepingCapacity: true)
        }
        contactsJSON[id] = (contacts, text)
    }

    // MARK: - Flat JSON columns

    static func strings(_ text: String, _ kind: EntityKind, id: String, column: String) throws -> [String] {
        do {
            return try FlatJSON.decodeArray(text)
        } catch {
            throw StoreError.invalidRecord(kind, id: id, reason: "column '\(column)' is not a JSON array of strings")
        }
    }

    static func fields(_ text: String, _ kind: EntityKind, id: String, column: String) throws -> [String: String] {
        do {
            return try FlatJSON.decodeObject(text)
        } catch {
            throw StoreError.invalidRecord(kind, id: id, reason: "column '\(column)' is not a JSON object of strings")
        }
    }

    /// The connection's temporary table of ids a query selects (see ``stage(_:)``).
    static let wantedIDsTable = "CREATE TEMP TABLE wanted_ids (value TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID"

    /// Puts a set of ids in the connection's temporary table `wanted_ids`, which queries join instead of
    /// binding a list (an id may hold any character, even NUL, where SQLite's JSON functions stop reading).
    /// The same ids staged again (every page of one paged read) are not written again.
    func stage<Subject>(_ ids: some Sequence<Identifier<Subject>>) throws {
        let values = ids.map(\.rawValue)
        if let staged = connection.stagedIDs, staged == values { return }
        connection.stagedIDs = nil
        try connection.withStatement("DELETE FROM temp.wanted_ids") { try $0.run() }
        try connection.withStatement("INSERT OR IGNORE INTO temp.wanted_ids (value) VALUES (?)") { statement in
            for value in values {
                try statement.bind(value, at: 1)
                try statement.run()
                statement.reset()
            }
        }
        connection.stagedIDs = values
    }

    static func idList<Subject>(_ ids: some Sequence<Identifier<Subject>>) -> String {
        FlatJSON.encode(ids.map(\.rawValue))
    }

    static func ids<Subject>(_ text: String, _ kind: EntityKind, id: String, column: String) throws
        -> [Identifier<Subject>]
    {
        try strings(text, kind, id: id, column: column).map { Identifier<Subject>($0) }
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

    /// Refuses money whose currency would not read back the same (a code `Currency(code:)` does not know,
    /// or a known code with other minor-unit digits).
    static func requireKnownCurrency(_ money: Money?, _ kind: EntityKind, id: String) throws {
        guard let money else { return }
        guard Currency.known[money.currency.code] == money.currency else {
            throw StoreError.invalidRecord(
                kind, id: id,
                reason: "currency '\(money.currency.code)' with \(money.currency.minorUnitDigits) minor-unit digits "
                    + "is not a known ISO 4217 currency, so the SQLite store cannot keep it")
        }
    }

    static func requireKnownCurrency(in status: CollectionStatus?, _ kind: EntityKind, id: String) throws {
        if case .promised(let promise) = status { try requireKnownCurrency(promise.amount, kind, id: id) }
    }

    // MARK: - Instants

    /// The column value of an instant: the exact seconds since 2001-01-01 inside `Date`.
    static func seconds(_ date: Date) -> Double { date.timeIntervalSinceReferenceDate }

    static func seconds(_ date: Date?) -> Double? { date?.timeIntervalSinceReferenceDate }

    static func instant(_ seconds: Double) -> Date { Date(timeIntervalSinceReferenceDate: seconds) }
}
