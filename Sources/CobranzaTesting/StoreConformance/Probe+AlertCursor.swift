import Cobranza
import Foundation

extension Probe {
    mutating func alertCursorIsStoredWithItsDigests() async throws {
        try await seedCustomers(["C-1"])
        try expectEqual(try await store.alertCursor(), nil, "a new store has no alert cursor")

        let day = try CivilDate(iso: "2024-03-04")
        let first = AlertCursor(
            position: 1, marks: ["broken_promises": AlertMark(periodID: "2024-03-04", runDate: day, position: 7)])
        var changes = ChangeSet()
        changes.enqueue(Fixtures.outboxEntry("alert/broken_promises/collector/ana/2024-03-04", customer: "C-1"))
        changes.replaceAlertCursor(with: first, expected: nil)
        try expect(!changes.isEmpty, "a change set with only a cursor is not empty")
        try await store.commit(changes)
        try expectEqual(try await store.alertCursor(), first, "the cursor reads back as committed")
        try expectEqual(try await store.outboxEntries(matching: .all).count, 1, "the digest lands with the cursor")

        var second = first
        second.marks["broken_promises"] = AlertMark(
            periodID: "2024-03-05", runDate: day.adding(days: 1), position: 9)
        var stale = ChangeSet()
        stale.enqueue(Fixtures.outboxEntry("alert/broken_promises/collector/ana/2024-03-05", customer: "C-1"))
        stale.replaceAlertCursor(with: second, expected: nil)
        try await expectRefused(stale, "a cursor replacing one it did not read") {
            if case .conflict(.alertCursor, _, _) = $0 { return true }
            return false
        }
        try expectEqual(try await store.alertCursor(), first, "a refused cursor leaves the stored one")
        try expectEqual(try await store.outboxEntries(matching: .all).count, 1, "a refused cursor writes no digest")

        var duplicate = ChangeSet()
        duplicate.append(Fixtures.activity("A-1", customer: "C-1"))
        duplicate.append(Fixtures.activity("A-1", customer: "C-1"))
        duplicate.replaceAlertCursor(with: second, expected: first)
        try await expectRefused(duplicate, "a set with a duplicate activity") {
            if case .duplicateKey(.activity, _) = $0 { return true }
            return false
        }
        try expectEqual(try await store.alertCursor(), first, "a failed commit leaves the cursor unwritten")

        var next = ChangeSet()
        next.replaceAlertCursor(with: second, expected: first)
        try await store.commit(next)
        try expectEqual(try await store.alertCursor(), second, "the cursor moves over the one expected")
    }
}
