import Cobranza
import Foundation

/// The storage contract as executable checks: every `CollectionStore` — in memory, SQLite, PostgreSQL,
/// yours — runs it to prove it keeps the rules the engine relies on (round trips, unique keys, atomic
/// units of work, references, conditional updates, outbox claims, ordering, batch reads).
///
/// The suite does not depend on a test framework: each check throws a ``ConformanceFailure`` naming the
/// broken rule. With Swift Testing:
///
/// ```swift
/// @Test(arguments: StoreConformanceCheck.allCases)
/// func keepsTheStoreContract(_ check: StoreConformanceCheck) async throws {
///     try await StoreConformanceSuite { InMemoryCollectionStore() }.run(check)
/// }
/// ```
///
/// Each check starts from a fresh, empty store made by the factory.
public struct StoreConformanceSuite: Sendable {
    /// Makes a new, empty store.
    public typealias Factory = @Sendable () async throws -> any CollectionStore

    private let makeStore: Factory

    /// Creates the suite.
    ///
    /// - Parameter makeStore: Makes a new, empty store for each check.
    public init(makeStore: @escaping Factory) {
        self.makeStore = makeStore
    }

    /// Runs one check against a fresh store.
    ///
    /// - Parameter check: The rule to check.
    /// - Throws: ``ConformanceFailure`` when the store breaks the rule, including when it throws where it
    ///   should not.
    public func run(_ check: StoreConformanceCheck) async throws {
        do {
            try await probe(check)
        } catch let failure as ConformanceFailure {
            throw failure
        } catch {
            throw ConformanceFailure(
                check: check, message: "unexpected error: \(String(reflecting: error))", fileID: #fileID, line: #line)
        }
    }

    private func probe(_ check: StoreConformanceCheck) async throws {
        let store = try await makeStore()
        var probe = Probe(check: check, store: store)
        switch check {
        case .roundTripsEveryRecord: try await probe.roundTripsEveryRecord()
        case .upsertReplacesByID: try await probe.upsertReplacesByID()
        case .failedCommitWritesNothing: try await probe.failedCommitWritesNothing()
        case .appendOnlyRecordsAreUnique: try await probe.appendOnlyRecordsAreUnique()
        case .referencesMustExist: try await probe.referencesMustExist()
        case .inconsistentRecordsAreRefused: try await probe.inconsistentRecordsAreRefused()
        case .conditionalUpdatesDetectChanges: try await probe.conditionalUpdatesDetectChanges()
        case .outboxKeysAreUnique: try await probe.outboxKeysAreUnique()
        case .outboxClaimsAreExclusive: try await probe.outboxClaimsAreExclusive()
        case .outboxLeasesAndRetriesAreHonoured: try await probe.outboxLeasesAndRetriesAreHonoured()
        case .outboxUpdatesRequireTheClaim: try await probe.outboxUpdatesRequireTheClaim()
        case .invoicePagesAreOrderedAndComplete: try await probe.invoicePagesAreOrderedAndComplete()
        case .invoiceQueriesFilter: try await probe.invoiceQueriesFilter()
        case .customerReadsAreOrdered: try await probe.customerReadsAreOrdered()
        case .activityLogKeepsOrder: try await probe.activityLogKeepsOrder()
        case .paymentAndTaskQueries: try await probe.paymentAndTaskQueries()
        case .concurrentUpdatesLoseNothing: try await probe.concurrentUpdatesLoseNothing()
        case .alertCursorIsStoredWithItsDigests: try await probe.alertCursorIsStoredWithItsDigests()
        }
    }

    /// Runs every check, each against a fresh store.
    ///
    /// - Returns: The failures, empty when the store keeps the whole contract.
    public func runAll() async -> [ConformanceFailure] {
        var failures: [ConformanceFailure] = []
        for check in StoreConformanceCheck.allCases {
            do {
                try await run(check)
            } catch let failure as ConformanceFailure {
                failures.append(failure)
            } catch {
                failures.append(
                    ConformanceFailure(check: check, message: "\(error)", fileID: #fileID, line: #line))
            }
        }
        return failures
    }
}

/// The state of one check: the store under test and expectation helpers.
struct Probe {
    let check: StoreConformanceCheck
    let store: any CollectionStore

    func expect(
        _ condition: Bool, _ message: @autoclosure () -> String, fileID: String = #fileID, line: Int = #line
    ) throws {
        guard condition else {
            throw ConformanceFailure(check: check, message: message(), fileID: fileID, line: line)
        }
    }

    func expectEqual<T: Equatable>(
        _ actual: T, _ expected: T, _ what: String, fileID: String = #fileID, line: Int = #line
    ) throws {
        try expect(actual == expected, "\(what): expected \(expected), got \(actual)", fileID: fileID, line: line)
    }

    /// Commits and expects a `StoreError` accepted by `matches`.
    func expectRefused(
        _ changes: ChangeSet, _ what: String, fileID: String = #fileID, line: Int = #line,
        matches: (StoreError) -> Bool
    ) async throws {
        do {
            try await store.commit(changes)
        } catch let error as StoreError {
            try expect(matches(error), "\(what): refused with an unexpected error \(error)", fileID: fileID, line: line)
            return
        }
        throw ConformanceFailure(check: check, message: "\(what): the commit was accepted", fileID: fileID, line: line)
    }

    /// Seeds one collector and the given customers.
    func seedCustomers(_ ids: [CustomerID]) async throws {
        var changes = ChangeSet()
        changes.upsert(Fixtures.collector())
        for id in ids { changes.upsert(Fixtures.customer(id, collector: "ana")) }
        try await store.commit(changes)
    }

    /// A count of everything stored, to prove a refused commit wrote nothing.
    func census() async throws -> [Int] {
        [
            try await store.allCustomers().count, try await store.collectors().count,
            try await store.departments().count, try await store.invoices(matching: .all).count,
            try await store.payments(matching: .all).count, try await store.activities(matching: .all).count,
            try await store.tasks(matching: TaskQuery()).count, try await store.outboxEntries(matching: .all).count,
        ]
    }
}
