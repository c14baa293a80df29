import CSQLite
import Cobranza
import CobranzaTesting
import Foundation

/// The floor of the SQLite import: plain SQLite inserting the portfolio's customers, invoices, payments and
/// allocations with one prepared single-row `INSERT` per table in one transaction, every value prepared
/// beforehand (JSON columns encoded before the clock starts), the same schema, pragmas and page cache as the
/// store.
final class RawInsert {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let handle: OpaquePointer
    private let portfolio: SyntheticPortfolio
    private let contacts: [String]
    private let targets: [String]

    init(path: String, portfolio: SyntheticPortfolio) throws {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let handle else {
            sqlite3_close_v2(handle)
            throw Failure(description: "cannot open \(path)")
        }
        self.handle = handle
        self.portfolio = portfolio
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        targets = portfolio.payments.map {
            "[" + $0.targetInvoiceIDs.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
        }
        contacts = try portfolio.customers.map { String(decoding: try encoder.encode($0.contacts), as: UTF8.self) }
        try execute(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; "
                + "PRAGMA journal_mode = WAL")
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Inserts every row in one transaction.
    func run() throws {
        try execute("BEGIN IMMEDIATE")
        try insert("INSERT INTO customers VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)") {
            statement in
            for (position, customer) in portfolio.customers.enumerated() {
                text(customer.id.rawValue, statement, 1)
                text(customer.name, statement, 2)
                text(customer.taxID, statement, 3)
                text(contacts[position], statement, 4)
                text(customer.postalAddress, statement, 5)
                text(customer.collectorID?.rawValue, statement, 6)
                sqlite3_bind_int64(statement, 7, customer.isVIP ? 1 : 0)
                sqlite3_bind_int64(statement, 8, customer.isExcludedFromAutomation ? 1 : 0)
                integer(customer.creditLimit?.minorUnits, statement, 9)
                text(customer.creditLimit?.currency.code, statement, 10)
                integer(customer.customerSince.map { Int64($0.daysSinceEpoch) }, statement, 11)
                text("{}", statement, 12)
                text(nil, statement, 13)
                text(nil, statement, 14)
                try step(statement)
            }
        }
        try insert("INSERT INTO invoices VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)") {
            statement in
            for invoice in portfolio.invoices {
                text(invoice.id.rawValue, statement, 1)
                text(invoice.customerID.rawValue, statement, 2)
                text(invoice.number, statement, 3)
                text(invoice.kind.rawValue, statement, 4)
                sqlite3_bind_int64(statement, 5, Int64(invoice.issueDate.daysSinceEpoch))
                sqlite3_bind_int64(statement, 6, Int64(invoice.dueDate.daysSinceEpoch))
                text(invoice.amount.currency.code, statement, 7)
                sqlite3_bind_int64(statement, 8, invoice.amount.minorUnits)
                sqlite3_bind_int64(statement, 9, invoice.balance.minorUnits)
                text(invoice.status.kind.rawValue, statement, 10)
                text(nil, statement, 11)
                sqlite3_bind_int64(statement, 12, invoice.isOpen ? 1 : 0)
                text("{}", statement, 13)
                try step(statement)
            }
        }
        try insert("INSERT INTO payments VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)") { statement in
            for (position, payment) in portfolio.payments.enumerated() {
                text(payment.id.rawValue, statement, 1)
                text(payment.customerID.rawValue, statement, 2)
                sqlite3_bind_int64(statement, 3, Int64(payment.date.daysSinceEpoch))
                text(payment.amount.currency.code, statement, 4)
                sqlite3_bind_int64(statement, 5, payment.amount.minorUnits)
                text(targets[position], statement, 6)
                text(payment.reference, statement, 7)
                try step(statement)
            }
        }
        try insert("INSERT INTO payment_allocations VALUES (?1, ?2, ?3, ?4)") { statement in
            for payment in portfolio.payments {
                for (seq, allocation) in payment.allocations.enumerated() {
                    text(payment.id.rawValue, statement, 1)
                    sqlite3_bind_int64(statement, 2, Int64(seq))
                    text(allocation.invoiceID.rawValue, statement, 3)
                    sqlite3_bind_int64(statement, 4, allocation.amount.minorUnits)
                    try step(statement)
                }
            }
        }
        try execute("COMMIT")
    }

    private func insert(_ sql: String, _ body: (OpaquePointer) throws -> Void) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(description: "\(String(cString: sqlite3_errmsg(handle))) in \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        try body(statement)
    }

    private func step(_ statement: OpaquePointer) throws {
        guard sqlite3_step(statement) == SQLITE_DONE else {
            throw Failure(description: String(cString: sqlite3_errmsg(handle)))
        }
        sqlite3_reset(statement)
    }

    private func text(_ value: String?, _ statement: OpaquePointer, _ index: Int32) {
        guard var value else {
            sqlite3_bind_null(statement, index)
            return
        }
        value.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { characters in
                sqlite3_bind_text(
                    statement, index, characters.baseAddress, Int32(bytes.count), cobranza_sqlite_transient())
            }
        }
    }

    private func integer(_ value: Int64?, _ statement: OpaquePointer, _ index: Int32) {
        if let value { sqlite3_bind_int64(statement, index, value) } else { sqlite3_bind_null(statement, index) }
    }

    private func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw Failure(description: "\(String(cString: sqlite3_errmsg(handle))) in \(sql)")
        }
    }
}
