import Cobranza
import CobranzaSQLite
import CobranzaTesting
import Foundation
import Testing

/// Activities are appended with multi-row inserts; the positions a commit reports are the ones the log holds.
@Suite("SQLite store: activities appended in batches")
struct SQLiteActivityBatchTests {
    @Test("a unit of work of several batches reports each activity's own position, in order")
    func positionsOfBatches() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteCollectionStore(path: folder.file("activities.sqlite"))
        var seed = ChangeSet()
        seed.upsert(Fixtures.collector())
        for customer in ["C-1", "C-2"] { seed.upsert(Fixtures.customer(CustomerID(customer))) }
        try await store.commit(seed)
        var reported: [Int64] = []
        var ids: [ActivityID] = []
        for (commit, count) in [1, 150, 58, 59, 3].enumerated() {
            var changes = ChangeSet()
            for index in 0..<count {
                let id = ActivityID("A-\(commit)-\(index)")
                ids.append(id)
                changes.append(Fixtures.activity(id, customer: index % 3 == 0 ? "C-2" : "C-1", at: Double(-index)))
            }
            let positions = try await store.commit(changes).activityPositions
            #expect(positions.count == count)
            reported += positions
        }
        let log = try await store.activities(matching: .all)
        #expect(log.map(\.position) == reported)
        #expect(log.map(\.activity.id) == ids)
        #expect(Set(reported).count == reported.count)
    }
}
