import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation
import Testing

/// Another process holding the write lock: the store waits for it (busy timeout), retries the whole unit
/// of work, and gives up with a retryable error only when the lock is never released.
@Suite("SQLite store: a busy database")
struct SQLiteBusyTests {
    func changes(_ id: CustomerID) -> ChangeSet {
        var changes = ChangeSet()
        changes.upsert(Customer(id: id, name: "Cliente \(id)"))
        return changes
    }

    @Test("a writer that keeps the lock makes a commit fail as unavailable; once released, it succeeds")
    func lockNeverReleased() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("busy.sqlite")
        let store: any CollectionStore = try SQLiteCollectionStore(
            path: path, configuration: SQLiteStoreConfiguration(busyTimeoutSeconds: 0.05, busyRetries: 1))
        let other = try RawDatabase(path: path)
        try other.execute("BEGIN IMMEDIATE; INSERT INTO collectors (id, name) VALUES ('beto', 'Beto')")

        await #expect {
            try await store.commit(changes("C-1"))
        } throws: { error in
            guard case StoreError.unavailable(let reason) = error else { return false }
            return reason.contains("locked") || reason.contains("busy")
        }
        // Readers are not blocked by the writer (WAL) and do not see its uncommitted row.
        #expect(try await store.collectors().isEmpty)

        try other.execute("COMMIT")
        try await store.commit(changes("C-1"))
        #expect(try await store.allCustomers().map(\.id) == ["C-1"])
        #expect(try await store.collectors().map(\.id) == ["beto"])
    }

    @Test("a commit waits for a writer that finishes within the busy timeout")
    func lockReleasedWhileWaiting() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("wait.sqlite")
        let store: any CollectionStore = try SQLiteCollectionStore(
            path: path, configuration: SQLiteStoreConfiguration(busyTimeoutSeconds: 10, busyRetries: 0))
        let other = try RawDatabase(path: path)
        try other.execute("BEGIN IMMEDIATE; INSERT INTO collectors (id, name) VALUES ('beto', 'Beto')")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            try? other.execute("COMMIT")
        }
        var changes = changes("C-1")
        changes.customers[0].collectorID = "beto"
        // The reference to "beto" holds only once the other writer has committed: the commit waited for it.
        try await store.commit(changes)
        #expect(try await store.customers(ids: ["C-1"]).first?.collectorID == "beto")
    }
}
