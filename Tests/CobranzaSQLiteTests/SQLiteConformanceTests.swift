import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation
import Testing

@Suite("SQLite store: the store contract")
struct SQLiteConformanceTests {
    @Test("keeps the store contract on a database file", arguments: StoreConformanceCheck.allCases)
    func conformance(_ check: StoreConformanceCheck) async throws {
        let folder = try TemporaryFolder()
        try await StoreConformanceSuite {
            try SQLiteCollectionStore(path: folder.file("conformance.sqlite"))
        }.run(check)
    }

    @Test("keeps the customer-partition contract", arguments: CustomerPartitionCheck.allCases)
    func partitionConformance(_ check: CustomerPartitionCheck) async throws {
        let folder = try TemporaryFolder()
        try await CustomerPartitionConformance {
            try SQLiteCollectionStore(path: folder.file("partitions.sqlite"))
        }.run(check)
    }
}
