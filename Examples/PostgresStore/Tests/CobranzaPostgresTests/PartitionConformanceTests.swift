import Cobranza
import CobranzaPostgres
import CobranzaTesting
import Testing

@Suite("PostgreSQL store keeps the customer-partition contract")
struct PartitionConformanceTests {
    @Test("customer-partition check", arguments: CustomerPartitionCheck.allCases)
    func keepsThePartitionContract(_ check: CustomerPartitionCheck) async throws {
        try await CustomerPartitionConformance { try await TestDatabase.store("part") }.run(check)
    }
}
