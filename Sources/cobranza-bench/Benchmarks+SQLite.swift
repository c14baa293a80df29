import Cobranza
import CobranzaSQLite
import Foundation

extension Benchmarks {
    static let rawInsertName = "raw SQLite insert (floor)"

    /// Rows 6 and 7: the SQLite store's bulk import beside raw SQLite inserting the same rows, then the
    /// whole daily run on the imported store. The files live in a temporary folder removed afterwards.
    mutating func sqlite() async throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("cobranza-bench-\(ProcessInfo.processInfo.processIdentifier)-\(Int(scale * 100))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, invoiceCount) = try await sqliteImport(in: folder)
        // As in production, the run's process holds no copy of the portfolio: the store has it.
        dropPortfolio()
        let run = try await dailyRun(on: store)
        append(
            "daily run, SQLite", items: invoiceCount, unit: "invoices", seconds: run.seconds,
            floor: Self.inMemoryRunName, target: "≤ 10 s at 1M invoices", detail: run.detail)
    }

    /// Row 6: raw inserts beside the store's import, in `folder`; then the history the run reads, untimed.
    ///
    /// - Parameter folder: Where the database files go.
    /// - Returns: The filled store and the portfolio's invoice count.
    /// - Throws: The first SQLite or store error.
    private mutating func sqliteImport(in folder: URL) async throws -> (SQLiteCollectionStore, Int) {
        let portfolio = self.portfolio
        var collectors = ChangeSet()
        for collector in portfolio.collectors { collectors.upsert(collector) }
        let rows =
            portfolio.customers.count + portfolio.invoices.count + portfolio.payments.count
            + portfolio.payments.reduce(0) { $0 + $1.allocations.count }

        // The floor: one prepared single-row INSERT per table, one transaction, values prepared beforehand.
        let rawPath = folder.appendingPathComponent("raw.sqlite").path
        do {
            // The store creates the same schema and pragmas, and holds the collectors the rows refer to.
            let schema = try SQLiteCollectionStore(path: rawPath)
            try await schema.commit(collectors)
        }
        let raw = try RawInsert(path: rawPath, portfolio: portfolio)
        let rawSeconds = try Stopwatch.measure { try raw.run() }.seconds
        append(Self.rawInsertName, items: rows, unit: "rows", seconds: rawSeconds)

        let path = folder.appendingPathComponent("cobranza.sqlite").path
        let store = try SQLiteCollectionStore(path: path)
        try await store.commit(collectors)
        let importSeconds = try await Stopwatch.measure {
            try await store.importPortfolio(
                customers: portfolio.customers, invoices: portfolio.invoices, payments: portfolio.payments)
        }.seconds
        append(
            "SQLite importPortfolio", items: rows, unit: "rows", seconds: importSeconds, floor: Self.rawInsertName,
            target: "≥ 50% of the raw rate (× floor ≤ 2)")

        // The history the daily run reads (promises, disputes), not timed.
        var history = ChangeSet()
        history.activities = portfolio.activities
        try await store.commit(history)
        return (store, portfolio.invoices.count)
    }
}
