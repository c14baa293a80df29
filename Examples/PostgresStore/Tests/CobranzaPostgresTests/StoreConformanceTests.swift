import Cobranza
import CobranzaPostgres
import CobranzaTesting
import Testing

@Suite("PostgreSQL store keeps the store contract")
struct StoreConformanceTests {
    @Test("conformance check", arguments: StoreConformanceCheck.allCases)
    func keepsTheStoreContract(_ check: StoreConformanceCheck) async throws {
        let suite = StoreConformanceSuite { try await TestDatabase.store("conf") }
        try await suite.run(check)
    }
}
