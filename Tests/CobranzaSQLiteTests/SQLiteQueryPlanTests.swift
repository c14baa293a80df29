import Cobranza
import CobranzaTesting
import Foundation
import Testing

@testable import CobranzaSQLite

/// The engine's reads are served by indexes: SQLite's query plan for each names the index and sorts
/// nothing in a temporary b-tree where the index gives the order.
@Suite("SQLite store: indexes")
struct SQLiteQueryPlanTests {
    let folder: TemporaryFolder
    let database: RawDatabase

    init() throws {
        folder = try TemporaryFolder()
        let path = folder.file("plan.sqlite")
        _ = try SQLiteCollectionStore(path: path)
        database = try RawDatabase(path: path)
        try database.execute(SQLiteSession.wantedIDsTable)
    }

    func plan(_ sql: String) throws -> String {
        try database.rows("EXPLAIN QUERY PLAN " + sql).compactMap(\.last).joined(separator: " | ")
    }

    static let day = CivilDate(daysSinceEpoch: 19_783)

    static let cases: [(String, String, String, Bool)] = [
        (
            "open invoices after a cursor, due by a date",
            SQLiteSession.invoicePageSQL(InvoiceQuery(openOnly: true, dueOnOrBefore: day), hasCursor: true),
            "invoices_open_by_customer_due", false
        ),
        (
            "open invoices of some customers",
            SQLiteSession.invoicePageSQL(InvoiceQuery(customerIDs: ["C-1"], openOnly: true), hasCursor: true),
            "invoices_open_by_customer_due", false
        ),
        (
            "every invoice after a cursor", SQLiteSession.invoicePageSQL(.all, hasCursor: true), "invoices_by_customer",
            false
        ),
        (
            "a customer's activities since an instant",
            SQLiteSession.activityPageSQL(
                ActivityQuery(customerIDs: ["C-1"], since: Date(timeIntervalSince1970: 0)),
                hasPosition: true),
            "activities_by_customer_time", true
        ),
        ("claimable outbox entries, oldest first", SQLiteSession.claimableSQL, "outbox_unfinished", false),
        ("outbox entries by state", SQLiteSession.outboxSQL(OutboxQuery(states: [.failed])), "outbox_by_state", true),
        (
            "a collector's open tasks due by a date",
            SQLiteSession.taskSQL(TaskQuery(assignee: .collector("ana"), openOnly: true, dueOnOrBefore: day)),
            "tasks_open_by_assignee_due", false
        ),
    ]

    @Test("each engine read uses its index", arguments: cases.indices)
    func readUsesIndex(_ index: Int) throws {
        let (what, sql, indexName, maySort) = Self.cases[index]
        let plan = try plan(sql)
        #expect(plan.contains(indexName), "\(what): \(plan)")
        if !maySort { #expect(!plan.contains("TEMP B-TREE"), "\(what) is sorted by the index: \(plan)") }
    }

    @Test("idempotency keys, activity ids and record ids are unique in the schema")
    func uniqueKeys() throws {
        try database.execute(
            """
            INSERT INTO outbox (key, created_at, state, state_detail, attempts, message)
            VALUES ('k-1', 0, 'pending', '{"pending":{}}', 0, '{}')
            """)
        #expect(throws: RawDatabase.Failure.self) {
            try database.execute(
                """
                INSERT INTO outbox (key, created_at, state, state_detail, attempts, message)
                VALUES ('k-1', 1, 'pending', '{"pending":{}}', 0, '{}')
                """)
        }
        let uniqueIndexes = try database.rows("PRAGMA index_list(activities)").filter { $0[2] == "1" }
        #expect(!uniqueIndexes.isEmpty, "activity ids have a unique index")
    }

    @Test("the store's connection runs in WAL mode with foreign keys enforced")
    func walAndForeignKeys() async throws {
        let store = try SQLiteCollectionStore(path: folder.file("pragmas.sqlite"))
        #expect(try await store.journalMode() == "wal")
        let foreignKeys = try await store.perform { session in
            try session.connection.withStatement("PRAGMA foreign_keys") { try $0.step() ? $0.int(0) : 0 }
        }
        #expect(foreignKeys == 1)
        let raw = try RawDatabase(path: folder.file("pragmas.sqlite"))
        #expect(try raw.value("PRAGMA journal_mode") == "wal", "WAL is stored in the file")
    }
}
