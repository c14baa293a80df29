import Cobranza
import Foundation

/// The customer-partition contract as executable checks: every `CustomerPartitionStore` — in memory,
/// SQLite, PostgreSQL, yours — runs it to prove engines can share a day's customers through it.
///
/// ```swift
/// @Test(arguments: CustomerPartitionCheck.allCases)
/// func sharesCustomers(_ check: CustomerPartitionCheck) async throws {
///     try await CustomerPartitionConformance { InMemoryCollectionStore() }.run(check)
/// }
/// ```
///
/// Each check starts from a fresh, empty store made by the factory.
public struct CustomerPartitionConformance: Sendable {
    /// Makes a new, empty store.
    public typealias Factory = @Sendable () async throws -> any CustomerPartitionStore

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
    /// - Throws: ``CustomerPartitionConformanceFailure`` when the store breaks the rule, including when it
    ///   throws where it should not.
    public func run(_ check: CustomerPartitionCheck) async throws {
        let store = try await makeStore()
        let probe = PartitionProbe(check: check, store: store)
        do {
            switch check {
            case .firstClaimRecordsTheDay: try await probe.firstClaimRecordsTheDay()
            case .claimsAreExclusive: try await probe.claimsAreExclusive()
            case .lapsedClaimsAreTakenOver: try await probe.lapsedClaimsAreTakenOver()
            case .finishedPartitionsStayFinished: try await probe.finishedPartitionsStayFinished()
            case .daysAreIndependent: try await probe.daysAreIndependent()
            }
        } catch let failure as CustomerPartitionConformanceFailure {
            throw failure
        } catch {
            throw CustomerPartitionConformanceFailure(
                check: check, message: "unexpected error: \(String(reflecting: error))", line: #line)
        }
    }
}

/// The state of one partition check: the store under test, a day, instants and expectations.
private struct PartitionProbe {
    let check: CustomerPartitionCheck
    let store: any CustomerPartitionStore
    let day = CivilDate(daysSinceEpoch: 20_000)
    let start = Date(timeIntervalSinceReferenceDate: 800_000_000)

    func expect(_ condition: Bool, _ message: @autoclosure () -> String, line: Int = #line) throws {
        guard condition else { throw CustomerPartitionConformanceFailure(check: check, message: message(), line: line) }
    }

    func claim(
        _ claimant: String, count: Int = 3, at seconds: Double = 0, lease: Double = 60, on date: CivilDate? = nil
    )
        async throws -> CustomerPartition?
    {
        let now = start.addingTimeInterval(seconds)
        return try await store.claimCustomerPartition(
            CustomerPartitionClaim(
                date: date ?? day, count: count, claimant: claimant, now: now, leaseUntil: now.addingTimeInterval(lease)
            ))
    }

    func firstClaimRecordsTheDay() async throws {
        try expect(try await store.customerPartitions(on: day).isEmpty, "a day without claims has no partitions")
        let first = try await claim("w1", count: 3)
        try expect(
            first?.number == 0 && first?.count == 3,
            "the first claim takes partition 0 of 3, got \(String(describing: first))")
        try expect(
            first?.state == .claimed(by: "w1", until: start.addingTimeInterval(60)),
            "the claim carries its claimant and lease, got \(String(describing: first?.state))")
        let second = try await claim("w2", count: 8)
        try expect(
            second?.number == 1 && second?.count == 3,
            "a later claim keeps the day's count, got \(String(describing: second))")
        let partitions = try await store.customerPartitions(on: day)
        try expect(
            partitions.map(\.number) == [0, 1, 2],
            "the day lists partitions 0, 1, 2 in order, got \(partitions.map(\.number))")
        try expect(partitions.allSatisfy { $0.count == 3 && $0.date == day }, "every partition has the day and count 3")
        try expect(partitions[2].state == .open, "partition 2 is still open, got \(partitions[2].state)")
        try expect(
            partitions[1].state == .claimed(by: "w2", until: start.addingTimeInterval(60)),
            "partition 1 reads back claimed by w2")
        _ = try await claim("w3")
        try expect(try await claim("w4") == nil, "no claim is possible while every partition is under a lease")
    }

    func claimsAreExclusive() async throws {
        let store = self.store
        let day = self.day
        let now = start
        let claimed = try await withThrowingTaskGroup(of: [Int].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var numbers: [Int] = []
                    while let partition = try await store.claimCustomerPartition(
                        CustomerPartitionClaim(
                            date: day, count: 20, claimant: "w\(worker)", now: now,
                            leaseUntil: now.addingTimeInterval(600)))
                    {
                        numbers.append(partition.number)
                    }
                    return numbers
                }
            }
            var all: [Int] = []
            for try await numbers in group { all += numbers }
            return all
        }
        try expect(
            claimed.sorted() == Array(0..<20),
            "eight racing claimants take each of 20 partitions once, got \(claimed.sorted())")
    }

    func lapsedClaimsAreTakenOver() async throws {
        let first = try await claim("dead", count: 1, at: 0, lease: 60)
        try expect(first?.number == 0, "the only partition is claimed")
        try expect(try await claim("w2", count: 1, at: 59) == nil, "an unexpired claim is not taken over")
        let taken = try await claim("w2", count: 1, at: 60, lease: 60)
        try expect(taken?.number == 0, "a claim whose lease ended is taken over, got \(String(describing: taken))")
        try expect(
            taken?.state == .claimed(by: "w2", until: start.addingTimeInterval(120)),
            "the takeover holds the new lease, got \(String(describing: taken?.state))")
        let stored = try await store.customerPartitions(on: day)
        try expect(
            stored.first?.state == taken?.state,
            "the takeover is stored, got \(String(describing: stored.first?.state))")
    }

    func finishedPartitionsStayFinished() async throws {
        guard let partition = try await claim("w1", count: 2, at: 0, lease: 10) else {
            throw CustomerPartitionConformanceFailure(
                check: check, message: "the first claim returned nothing", line: #line)
        }
        let finishedAt = start.addingTimeInterval(5)
        try await store.finishCustomerPartition(partition, at: finishedAt)
        var stored = try await store.customerPartitions(on: day)
        try expect(
            stored[0].state == .finished(by: "w1", at: finishedAt), "finished by w1 at 5 s, got \(stored[0].state)")
        try expect(stored[0].state.isFinished, "the partition reads back finished")
        let next = try await claim("w2", count: 2, at: 100)
        try expect(
            next?.number == 1,
            "a finished partition is not claimed again, even after its lease, got \(String(describing: next))")
        try await store.finishCustomerPartition(partition, at: start.addingTimeInterval(50))
        stored = try await store.customerPartitions(on: day)
        try expect(
            stored[0].state == .finished(by: "w1", at: finishedAt),
            "finishing again changes nothing, got \(stored[0].state)")
        try expect(try await claim("w3", count: 2, at: 100) == nil, "nothing is left to claim")
        var missing = partition
        missing.number = 7
        do {
            try await store.finishCustomerPartition(missing, at: finishedAt)
            try expect(false, "finishing a partition the day does not have is refused")
        } catch let error as StoreError {
            if case .invalidRecord(.customerPartition, _, _) = error { return }
            try expect(
                false, "finishing a missing partition fails with invalidRecord(customer_partition), got \(error)")
        }
    }

    func daysAreIndependent() async throws {
        let next = day.adding(days: 1)
        _ = try await claim("w1", count: 2)
        _ = try await claim("w1", count: 2)
        let other = try await claim("w1", count: 4, on: next)
        try expect(
            other?.number == 0 && other?.count == 4,
            "another day starts with its own partitions, got \(String(describing: other))")
        try expect(try await store.customerPartitions(on: day).count == 2, "the first day keeps 2 partitions")
        try expect(try await store.customerPartitions(on: next).count == 4, "the next day has 4")
        try expect(try await store.customerPartitions(on: day.adding(days: -1)).isEmpty, "a day never claimed has none")
    }
}
