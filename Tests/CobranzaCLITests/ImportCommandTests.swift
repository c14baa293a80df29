import Foundation
import Testing

@Suite("cobranza import")
struct ImportCommandTests {
    @Test("the sample ERP export (`;`, `,` decimals, dd/MM/yyyy) imports, and importing it again changes nothing")
    func sampleData() async throws {
        let workspace = try Workspace()
        let first = try await CobranzaProcess.run(["import", "--db", workspace.database] + Workspace.sampleImport)
        #expect(first.status == 0, "\(first)")
        #expect(first.output.contains("customers: 5 new, 0 updated, 0 unchanged"), "\(first)")
        #expect(first.output.contains("invoices: 9 new"), "\(first)")
        #expect(first.output.contains("payments: 2 applied"), "\(first)")
        let second = try await CobranzaProcess.run(["import", "--db", workspace.database] + Workspace.sampleImport)
        #expect(second.status == 0, "\(second)")
        #expect(second.output.contains("customers: 0 new, 0 updated, 5 unchanged"), "\(second)")
        #expect(second.output.contains("invoices: 0 new, 0 updated, 9 unchanged"), "\(second)")
        #expect(second.output.contains("payments: 0 applied, 2 already imported"), "\(second)")

        // The balances are the ERP's: C-004 owes 320,000.00 of F-1006 and 410,000.00 of F-1007.
        let aging = try await CobranzaProcess.run(
            ["report", "aging", "--db", workspace.database, "--date", "2026-11-23", "--csv"])
        #expect(aging.status == 0, "\(aging)")
        let c004 = try #require(aging.csvLines.first { $0.hasPrefix("customer,C-004,") })
        #expect(c004.contains(",Transportes Litoral; Hnos. SH,ARS,"), "\(c004)")
        #expect(c004.hasSuffix(",730000.00,730000.00,0.00,730000.00,2,115"), "\(c004)")
    }

    @Test("`,` files with a BOM, quotes and `.` decimals import")
    func commaSeparated() async throws {
        let workspace = try Workspace()
        let result = try await CobranzaProcess.run(try Portfolio.importArguments(workspace))
        #expect(result.status == 0, "\(result)")
        let aging = try await CobranzaProcess.run(
            ["report", "aging", "--db", workspace.database, "--date", "2026-11-20", "--csv"])
        #expect(
            aging.csvLines.contains(
                "customer,C-1,\"Ferretería Sur, SRL\",ARS,150000.00,0.00,0.00,0.00,0.00,0.00,150000.00,0.00,0.00,150000.00,1,0"
            ), "\(aging)")
        #expect(
            aging.csvLines.contains { $0.hasPrefix("customer,C-2,Distribuidora Norte SA,ARS,80000.50,") }, "\(aging)")
    }

    @Test("a malformed file is rejected whole, every problem listed as file:row:column, the database unchanged")
    func malformedRejected() async throws {
        let workspace = try Workspace()
        #expect(try await CobranzaProcess.run(try Portfolio.importArguments(workspace)).status == 0)
        let before = try await snapshot(workspace)

        // Row 2 is valid and would update F-1; rows 3 and 4 are wrong; row 5 is a new valid invoice.
        let invoices = try workspace.write(
            "bad-invoices.csv",
            """
            id,customer_id,number,issue_date,due_date,amount,currency
            F-1,C-1,A-0001-00000001,2026-10-21,2026-11-20,175000.00,ARS
            F-3,C-9,A-0001-00000003,2026-10-22,2026-11-21,1000.00,ARS
            F-4,C-2,A-0001-00000004,2026-13-01,2026-11-21,12.345,ARS
            F-5,C-2,A-0001-00000005,2026-10-22,2026-11-21,500.00,ARS
            """)
        let result = try await CobranzaProcess.run(
            ["import", "--db", workspace.database, "--invoices", invoices, "--date", "2026-11-21"])
        #expect(result.status == 2, "\(result)")
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("nothing was written"), "\(result)")
        #expect(result.errors.contains("bad-invoices.csv:3:2 (customer_id)"), "\(result)")
        #expect(result.errors.contains("bad-invoices.csv:4:4 (issue_date)"), "\(result)")
        #expect(result.errors.contains("bad-invoices.csv:4:6 (amount)"), "\(result)")
        #expect(!result.errors.contains("bad-invoices.csv:2:"), "\(result)")
        #expect(!result.errors.contains("bad-invoices.csv:5:"), "\(result)")
        #expect(try await snapshot(workspace) == before)
    }

    /// Everything a report can see: the aging and the whole activity log.
    private func snapshot(_ workspace: Workspace) async throws -> [String] {
        var result: [String] = []
        for report in ["aging", "activities"] {
            let run = try await CobranzaProcess.run(
                ["report", report, "--db", workspace.database, "--date", "2026-12-31", "--csv"])
            #expect(run.status == 0, "\(run)")
            result += run.csvLines
        }
        return result
    }
}
