import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation
import Testing

/// A process killed with SIGKILL in the middle of a large unit of work: no cleanup runs, the transaction is
/// half written (its pages partly in the WAL). SQLite's recovery must leave the work absent, the rest
/// intact, and the file consistent.
@Suite("SQLite store: crash safety", .serialized)
struct SQLiteCrashTests {
    static let customers = 200
    static let invoices = 20_000

    /// The records outside the large unit of work, committed before it.
    func seedBaseline(_ path: String) async throws {
        let store = try SQLiteCollectionStore(path: path)
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector("ana"))
        changes.upsert(Fixtures.customer("base-C-1", collector: "ana"))
        changes.upsert(Fixtures.invoice("base-FA-1", customer: "base-C-1"))
        changes.append(Fixtures.activity("base-A-1", customer: "base-C-1"))
        try await store.commit(changes)
    }

    func walSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
    }

    /// Record counts: customers, invoices, payments, allocations, activities, outbox entries.
    func census(_ database: RawDatabase) throws -> [String] {
        try ["customers", "invoices", "payments", "payment_allocations", "activities", "outbox"].map {
            try database.value("SELECT count(*) FROM \($0)")
        }
    }

    @Test(
        "a writer killed halfway leaves the work absent, then a full run leaves it all present",
        arguments: ["commit", "import"])
    func killedHalfway(_ mode: String) async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("crash.sqlite")
        try await seedBaseline(path)
        let viaImport = mode == "import"

        let walBefore = walSize(path)
        // Pause once half the invoices are written, inside the open transaction, then kill.
        let child = try ProbeProcess(
            ["crash", path, mode, "\(Self.customers)", "\(Self.invoices)", "\(Self.customers + Self.invoices / 2)"])
        let paused = try await child.line(startingWith: "paused")
        let walBytes = walSize(path)
        child.killNow()
        let ended = await child.exit()
        #expect(ended.signaled && ended.status == SIGKILL, "the probe was killed (\(paused))")
        // The half-written transaction had spilled pages to the WAL: recovery has something to throw away.
        #expect(walBytes > walBefore, "WAL bytes: \(walBefore) before, \(walBytes) at the pause")

        do {
            let database = try RawDatabase(path: path)
            #expect(try database.value("PRAGMA integrity_check") == "ok")
            #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
            #expect(try census(database) == ["1", "1", "0", "0", "1", "0"], "only the baseline is stored")
        }
        let store: any CollectionStore = try SQLiteCollectionStore(path: path)
        #expect(try await store.invoices(matching: .all).map(\.id) == ["base-FA-1"])
        #expect(try await store.activities(matching: .all).map(\.position) == [1])

        // The same unit of work, not interrupted, lands whole.
        let complete = try ProbeProcess(["crash", path, mode, "\(Self.customers)", "\(Self.invoices)", "0"])
        _ = try await complete.line(startingWith: "committed")
        let finished = await complete.exit()
        #expect(!finished.signaled && finished.status == 0)
        let database = try RawDatabase(path: path)
        #expect(try database.value("PRAGMA integrity_check") == "ok")
        let extra = "\(Self.customers)"
        let expected = [
            "\(1 + Self.customers)", "\(1 + Self.invoices)", extra, extra,
            viaImport ? "1" : "\(1 + Self.customers)", viaImport ? "0" : extra,
        ]
        #expect(try census(database) == expected, "the whole unit of work is stored")
        let open = try await store.invoices(matching: InvoiceQuery(customerIDs: ["crash-C-7"]))
        #expect(open.count == Self.invoices / Self.customers)
    }
}
