import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Customer partitions: the contract and the partition of a customer")
struct CustomerPartitionTests {
    @Test("the in-memory store keeps the partition contract", arguments: CustomerPartitionCheck.allCases)
    func inMemoryConformance(_ check: CustomerPartitionCheck) async throws {
        try await CustomerPartitionConformance { InMemoryCollectionStore() }.run(check)
    }

    @Test("a customer's partition is FNV-1a of its id's UTF-8 bytes modulo the count (values computed apart)")
    func partitionNumbers() {
        // Computed with an independent FNV-1a 64 implementation.
        #expect(CustomerPartition.number(of: "C-1", count: 16) == 4)
        #expect(CustomerPartition.number(of: "C-2", count: 16) == 13)
        #expect(CustomerPartition.number(of: "C-3", count: 16) == 10)
        #expect(CustomerPartition.number(of: "X-0", count: 16) == 10)
        #expect(CustomerPartition.number(of: "Ñandú-7", count: 16) == 15)
        #expect(CustomerPartition.number(of: "C-1", count: 4) == 0)
        #expect(CustomerPartition.number(of: "C-2", count: 4) == 1)
        #expect(CustomerPartition.number(of: "Ñandú-7", count: 1) == 0)
        #expect(CustomerPartition.number(of: "Ñandú-7", count: 0) == 0)
        let day = CivilDate(daysSinceEpoch: 20_000)
        let partition = CustomerPartition(date: day, number: 2, count: 4)
        #expect(partition.contains("C-3"))
        #expect(!partition.contains("C-1"))
    }

    @Test("every customer falls in exactly one partition, and a thousand customers spread over all of them")
    func partitionsCoverEveryone() {
        let day = CivilDate(daysSinceEpoch: 20_000)
        let partitions = (0..<8).map { CustomerPartition(date: day, number: $0, count: 8) }
        var sizes = [Int](repeating: 0, count: 8)
        for index in 0..<1_000 {
            let id = CustomerID(String(format: "CLI-%05d", index))
            let holders = partitions.filter { $0.contains(id) }
            #expect(holders.count == 1)
            if let holder = holders.first { sizes[holder.number] += 1 }
        }
        #expect(sizes.allSatisfy { $0 > 80 && $0 < 170 }, "uneven spread: \(sizes)")
    }

    @Test("the sharing policy reads from JSON, fills defaults, and names the bad field")
    func sharingPolicyJSON() throws {
        let policy = try CollectionPolicy.load(json: Data(#"{"sharing": {"customerPartitions": 8}}"#.utf8))
        #expect(policy.sharing == WorkSharingPolicy(customerPartitions: 8, leaseSeconds: 900))
        #expect(CollectionPolicy.standard.sharing.customerPartitions == 1)
        #expect(!CollectionPolicy.standard.sharing.sharesCustomers)
        let encoded = try JSONEncoder().encode(policy)
        #expect(try CollectionPolicy.load(json: encoded).sharing == policy.sharing)
        #expect(throws: CollectionPolicyError.self) {
            try CollectionPolicy.load(json: Data(#"{"sharing": {"customerPartitions": 0}}"#.utf8))
        }
        do {
            _ = try CollectionPolicy.load(json: Data(#"{"sharing": {"leaseSeconds": -5}}"#.utf8))
            Issue.record("a negative lease was accepted")
        } catch {
            #expect(error.description.contains("sharing.leaseSeconds"), "\(error.description)")
        }
    }

    @Test("a run report written before partitions existed still decodes")
    func reportWithoutPartitions() throws {
        let report = RunReport(date: CivilDate(daysSinceEpoch: 20_000), statusChanges: 2, partitions: [3, 1])
        let encoded = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(RunReport.self, from: encoded) == report)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["partitions"] as? [Int] == [3, 1])
        object["partitions"] = nil
        let old = try JSONDecoder().decode(RunReport.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(old.partitions.isEmpty)
        #expect(old.statusChanges == 2)
    }
}
