import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation
import Testing

@Suite("SQLite store: schema migrations")
struct SQLiteMigrationTests {
    @Test("released migrations are frozen: version 1 is still the fixture's SQL")
    func versionOneIsFrozen() {
        #expect(SQLiteSchema.migrations.map(\.version) == Array(1...SQLiteSchema.currentVersion))
        #expect(SQLiteSchema.migrations.first?.sql == SchemaVersion1.sql)
    }

    @Test("opening a version-1 database migrates it to the current version and keeps its records")
    func migratesVersionOne() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("v1.sqlite")
        try SchemaVersion1.makeDatabase(at: path)

        let store = try SQLiteCollectionStore(path: path)
        #expect(try await store.schemaVersion() == 4)
        let raw = try RawDatabase(path: path)
        #expect(try raw.rows("SELECT version FROM schema_version ORDER BY version") == [["1"], ["2"], ["3"], ["4"]])
        let tables = try raw.rows("SELECT name FROM sqlite_master WHERE type = 'table'").map { $0[0] }
        #expect(tables.contains("customer_partitions"))
        let indexes = try raw.rows("SELECT name FROM sqlite_master WHERE type = 'index'").map { $0[0] }
        #expect(indexes.contains("tasks_open_by_assignee_due"))
        #expect(indexes.contains("payments_by_customer_day"))
        #expect(try raw.value("PRAGMA integrity_check") == "ok")

        let ars = { (units: Int64) in Money(minorUnits: units, currency: .ars) }
        let expected = Invoice(
            id: "FA-1", number: "A-0001-1", customerID: "C-1", issueDate: try CivilDate(iso: "2024-01-31"),
            dueDate: try CivilDate(iso: "2024-03-01"), amount: ars(100_000), balance: ars(40_000),
            status: .promised(PaymentPromise(date: try CivilDate(iso: "2024-03-10"))), customFields: ["po": "OC-1"])
        #expect(try await store.invoices(ids: ["FA-1"]) == [expected])
        let payment = try #require(try await store.payments(ids: ["R-1"]).first)
        #expect(payment.allocations == [PaymentAllocation(invoiceID: "FA-1", amount: ars(60_000))])
        #expect(payment.targetInvoiceIDs == ["FA-1"])
        let tasks = try await store.tasks(matching: TaskQuery(assignee: .collector("ana"), openOnly: true))
        #expect(tasks.map(\.id) == ["T-1"])
        #expect(tasks.first?.createdAt == Date(timeIntervalSinceReferenceDate: 731_000_000.5))

        // The migrated database takes new work.
        var changes = ChangeSet()
        var paid = expected
        paid.balance = ars(0)
        paid.status = .paid
        changes.update(paid, expected: expected)
        try await store.commit(changes)
        #expect(try await store.invoices(matching: .open).isEmpty)
    }

    @Test("opening a current database again applies nothing")
    func reopeningIsANoOp() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("current.sqlite")
        _ = try SQLiteCollectionStore(path: path)
        let store = try SQLiteCollectionStore(path: path)
        #expect(try await store.schemaVersion() == SQLiteSchema.currentVersion)
        let raw = try RawDatabase(path: path)
        #expect(try raw.value("SELECT count(*) FROM schema_version") == "\(SQLiteSchema.currentVersion)")
    }

    @Test("a database from a newer build is refused, untouched")
    func newerSchemaIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("future.sqlite")
        _ = try SQLiteCollectionStore(path: path)
        try RawDatabase(path: path).execute("INSERT INTO schema_version VALUES (99, 'from the future')")
        #expect {
            _ = try SQLiteCollectionStore(path: path)
        } throws: { error in
            guard case StoreError.unavailable(let reason) = error else { return false }
            return reason.contains("schema version 99")
        }
        #expect(try RawDatabase(path: path).value("SELECT max(version) FROM schema_version") == "99")
    }

    @Test("a file that is not a database is refused as unavailable")
    func notADatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.sqlite")
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try SQLiteCollectionStore(path: path)
        } throws: { error in
            if case StoreError.unavailable = error { return true }
            return false
        }
    }
}
