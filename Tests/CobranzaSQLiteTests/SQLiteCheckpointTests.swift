import Cobranza
import CobranzaTesting
import Foundation
import Testing

@testable import CobranzaSQLite

/// The write-ahead log's checkpoint size is the configuration's.
@Suite("SQLite store: checkpoint size")
struct SQLiteCheckpointTests {
    static func checkpointPages(of store: SQLiteCollectionStore) async throws -> Int {
        try await store.perform { session in
            try session.connection.withStatement("PRAGMA wal_autocheckpoint") { try $0.step() ? $0.int(0) : -1 }
        }
    }

    @Test("the default and a chosen size reach the connection")
    func checkpointSize() async throws {
        let folder = try TemporaryFolder()
        let standard = try SQLiteCollectionStore(path: folder.file("default.sqlite"))
        #expect(try await Self.checkpointPages(of: standard) == SQLiteStoreConfiguration().checkpointPages)
        var configuration = SQLiteStoreConfiguration()
        configuration.checkpointPages = 250
        let chosen = try SQLiteCollectionStore(path: folder.file("chosen.sqlite"), configuration: configuration)
        #expect(try await Self.checkpointPages(of: chosen) == 250)
    }
}
