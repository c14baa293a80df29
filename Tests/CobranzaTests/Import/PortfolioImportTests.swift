import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Importing CSV files")
struct PortfolioImportTests {
    static let collectors = "id,name,email,phone\nana,Ana Martínez,ana@empresa.example,+54 11 4000-1000\n"
    static let customers = """
        id,name,tax_id,collector_id,email,phone,whatsapp,locale,vip,credit_limit,currency,customer_since,escalation_email,segmento
        C-1,Distribuidora Sur SRL,30-1,ana,pagos@sur.example,+54 11 5000-0001,,es-AR,no,1500000.00,ARS,2019-05-01,gerencia@sur.example,mayorista
        C-2,Ferretería Norte SA,30-2,ana,cuentas@norte.example,,,es-AR,sí,,,01/02/2020,,minorista

        """
    static let invoices = """
        id,customer_id,number,issue_date,due_date,amount,currency,orden_compra
        F-1,C-1,A-0001-00000001,2024-01-01,2024-01-31,1000.00,ARS,OC-77
        F-2,C-1,A-0001-00000002,2024-02-01,2024-03-02,2500.50,ARS,
        F-3,C-2,A-0001-00000003,15/02/2024,16/03/2024,300.00,ARS,
        NC-1,C-2,B-0001-00000001,2024-02-20,2024-02-20,-50.00,ARS,

        """
    static let payments =
        "id,customer_id,date,amount,currency,invoice_id\nP-1,C-1,2024-02-05,1200.00,ARS,\nP-2,C-2,2024-03-10,300.00,ARS,F-3\n"

    func files(
        collectors: String? = collectors, customers: String? = customers, invoices: String? = invoices,
        payments: String? = payments
    ) throws -> PortfolioFiles {
        func parse(_ text: String?, _ name: String) throws -> CSVTable? {
            try text.map { try CSVTable(parsing: Data($0.utf8), file: name) }
        }
        return PortfolioFiles(
            customers: try parse(customers, "customers.csv"), invoices: try parse(invoices, "invoices.csv"),
            payments: try parse(payments, "payments.csv"), collectors: try parse(collectors, "collectors.csv"))
    }

    @Test("imports customers, invoices and payments; payments pay their invoice or the oldest due first")
    func imports() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let summary = try await store.importCSV(try files(), at: Fixtures.baseInstant)
        #expect(summary.collectors.created == 1)
        #expect(summary.customers.created == 2)
        #expect(summary.invoices.created == 4)
        #expect(summary.payments.created == 2)
        #expect(summary.unappliedCredit.isEmpty)

        let customers = try await store.customers(ids: ["C-1", "C-2"])
        let sur = try #require(customers.first { $0.id == "C-1" })
        #expect(sur.collectorID == "ana")
        #expect(sur.creditLimit == Money(minorUnits: 150_000_000, currency: .ars))
        #expect(sur.customerSince == (try CivilDate(iso: "2019-05-01")))
        #expect(sur.contacts.map(\.role) == [.billing, .escalation])
        #expect(sur.contacts.first?.email == "pagos@sur.example")
        #expect(sur.contacts.last?.email == "gerencia@sur.example")
        #expect(sur.customFields == ["segmento": "mayorista"])
        #expect(customers.first { $0.id == "C-2" }?.isVIP == true)

        let invoices = Dictionary(
            uniqueKeysWithValues: try await store.invoices(ids: ["F-1", "F-2", "F-3", "NC-1"]).map { ($0.id, $0) })
        // P-1 (1200.00, no invoice named) pays F-1 (1000.00, oldest due) in full and 200.00 of F-2.
        #expect(invoices["F-1"]?.balance.minorUnits == 0)
        #expect(invoices["F-1"]?.status == .paid)
        #expect(invoices["F-1"]?.customFields == ["orden_compra": "OC-77"])
        #expect(invoices["F-2"]?.balance.minorUnits == 230_050)
        #expect(invoices["F-3"]?.status == .paid)
        #expect(invoices["NC-1"]?.kind == .creditNote)
        #expect(invoices["NC-1"]?.amount.minorUnits == 5_000)
        #expect(invoices["F-3"]?.issueDate == (try CivilDate(iso: "2024-02-15")))
    }

    @Test("importing the same files twice changes nothing; a later export updates what changed")
    func idempotent() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        try await store.importCSV(try files(), at: Fixtures.baseInstant)
        let before = try await store.invoices(ids: ["F-1", "F-2", "F-3", "NC-1"])
        let again = try await store.importCSV(try files(), at: Fixtures.instant(60))
        #expect(again.customers == ImportSummary.Counts(unchanged: 2))
        #expect(again.invoices == ImportSummary.Counts(unchanged: 4))
        #expect(again.payments == ImportSummary.Counts(unchanged: 2))
        #expect(try await store.invoices(ids: ["F-1", "F-2", "F-3", "NC-1"]) == before)

        let later = Self.invoices.replacingOccurrences(of: "2024-03-02,2500.50", with: "2024-03-09,2500.50")
        let update = try await store.importCSV(
            try files(payments: nil).with(invoices: later), at: Fixtures.instant(120))
        #expect(update.invoices == ImportSummary.Counts(updated: 1, unchanged: 3))
        let f2 = try #require(try await store.invoices(ids: ["F-2"]).first)
        #expect(f2.dueDate == (try CivilDate(iso: "2024-03-09")))
        #expect(f2.balance.minorUnits == 230_050)
    }

    @Test("a ';' file with ',' decimals and dd/MM/yyyy dates imports the same amounts")
    func semicolonFile() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let invoices =
            "id;customer_id;number;issue_date;due_date;amount;currency;balance\nF-9;C-1;A-9;01/03/2024;31/03/2024;1.234,56;ARS;234,56\n"
        try await store.importCSV(try files(payments: nil).with(invoices: invoices), at: Fixtures.baseInstant)
        let invoice = try #require(try await store.invoices(ids: ["F-9"]).first)
        #expect(invoice.amount.minorUnits == 123_456)
        #expect(invoice.balance.minorUnits == 23_456)
        #expect(invoice.dueDate == (try CivilDate(iso: "2024-03-31")))
    }

    @Test("a file with a malformed row is rejected whole, and nothing of the import is written")
    func rejectedWhole() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let invoices = """
            id,customer_id,number,issue_date,due_date,amount,currency
            F-1,C-1,A-1,2024-01-01,2024-01-31,1000.00,ARS
            F-3,C-1,A-3,2024-01-01,2024-01-31,1.000,00,ARS

            """
        let error = #expect(throws: ImportError.self) { try files(payments: nil).with(invoices: invoices) }
        #expect(error?.problems.map(\.description) == ["invoices.csv:3: has 8 fields, the header has 7"])
        #expect(try await store.customers(ids: ["C-1"]).isEmpty)
    }

    @Test("row problems name file, row, column and field")
    func rowProblems() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let invoices = """
            id,customer_id,number,issue_date,due_date,amount,currency
            F-1,C-1,A-1,2024-01-01,2024-01-31,1000.00,ARS
            F-2,C-9,A-2,2024-01-01,2024-01-31,10.00,ARS
            F-3,C-1,A-3,2024-13-01,2024-01-31,10.00,ARS
            F-4,C-1,A-4,2024-01-01,2024-01-31,abc,XXX
            F-1,C-1,A-5,2024-01-01,2024-01-31,5.00,ARS
            F-6,C-1,,2024-02-01,2024-01-31,5.00,ARS

            """
        let error = await #expect(throws: ImportError.self) {
            try await store.importCSV(try files(payments: nil).with(invoices: invoices), at: Fixtures.baseInstant)
        }
        let places = error?.problems.map { "\($0.file):\($0.row ?? 0):\($0.column ?? 0):\($0.field ?? "")" }
        #expect(
            places == [
                "invoices.csv:3:2:customer_id", "invoices.csv:4:4:issue_date", "invoices.csv:5:7:currency",
                "invoices.csv:6:1:id", "invoices.csv:7:3:number", "invoices.csv:7:5:due_date",
            ])
        #expect(try await store.customers(ids: ["C-1"]).isEmpty)
        #expect(try await store.invoices(ids: ["F-1"]).isEmpty)
    }

    @Test("an overpayment is left as credit; a payment naming another customer's invoice is refused")
    func paymentRules() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let over = "id,customer_id,date,amount,currency,invoice_id\nP-1,C-2,2024-03-10,400.00,ARS,F-3\n"
        let summary = try await store.importCSV(
            try files().with(payments: over), at: Fixtures.baseInstant)
        #expect(summary.unappliedCredit == [Money(minorUnits: 10_000, currency: .ars)])

        let wrong = "id,customer_id,date,amount,currency,invoice_id\nP-2,C-2,2024-03-10,10.00,ARS,F-1\n"
        let error = await #expect(throws: ImportError.self) {
            try await store.importCSV(try files().with(payments: wrong), at: Fixtures.baseInstant)
        }
        #expect(error?.problems.count == 1)
        #expect(
            error?.problems.first.map { "\($0.file):\($0.row ?? 0):\($0.field ?? "")" } == "payments.csv:2:invoice_id")
        #expect(try await store.payments(ids: ["P-2"]).isEmpty)
    }

    @Test("a balance column settles and reopens invoices as the ERP says")
    func balanceColumn() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let header = "id,customer_id,number,issue_date,due_date,amount,currency,balance\n"
        try await store.importCSV(
            try files(payments: nil).with(invoices: header + "F-1,C-1,A-1,2024-01-01,2024-01-31,1000.00,ARS,0\n"),
            at: Fixtures.baseInstant)
        #expect(try await store.invoices(ids: ["F-1"]).first?.status == .paid)
        try await store.importCSV(
            try files(payments: nil).with(invoices: header + "F-1,C-1,A-1,2024-01-01,2024-01-31,1000.00,ARS,400.00\n"),
            at: Fixtures.baseInstant)
        let reopened = try #require(try await store.invoices(ids: ["F-1"]).first)
        #expect(reopened.status == .normal)
        #expect(reopened.balance.minorUnits == 40_000)
    }

    @Test("the sample ERP export in Examples/SampleData imports cleanly, and a second time changes nothing")
    func sampleData() async throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/SampleData")
        let files = try PortfolioFiles.read(
            customers: folder.appendingPathComponent("customers.csv"),
            invoices: folder.appendingPathComponent("invoices.csv"),
            payments: folder.appendingPathComponent("payments.csv"),
            collectors: folder.appendingPathComponent("collectors.csv"))
        let store: any CollectionStore = InMemoryCollectionStore()
        let first = try await store.importCSV(files, at: Fixtures.baseInstant)
        #expect(first.customers.created == 5)
        #expect(first.invoices.created == 9)
        #expect(first.payments.created == 2)
        let litoral = try #require(try await store.customers(ids: ["C-004"]).first)
        #expect(litoral.name == "Transportes Litoral; Hnos. SH")
        // The file has a balance column, so the ERP keeps the ledger: REC-7002 (300.000,00, no invoice named)
        // is recorded against the oldest due, F-1006, and F-1006 ends with the file's 320.000,00 — not 20.000,00.
        let f1006 = try #require(try await store.invoices(ids: ["F-1006"]).first)
        #expect(f1006.balance.minorUnits == 32_000_000)
        let receipt = try #require(try await store.payments(ids: ["REC-7002"]).first)
        #expect(
            receipt.allocations == [
                PaymentAllocation(invoiceID: "F-1006", amount: Money(minorUnits: 30_000_000, currency: .ars))
            ])
        #expect(try await store.invoices(ids: ["F-1001"]).first?.status == .paid)
        let second = try await store.importCSV(files, at: Fixtures.instant(60))
        #expect(second.invoices == ImportSummary.Counts(unchanged: 9))
        #expect(second.payments == ImportSummary.Counts(unchanged: 2))
    }

    @Test("a missing required column is reported from the header")
    func missingColumn() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let error = await #expect(throws: ImportError.self) {
            try await store.importCSV(try files(invoices: "id,customer_id\nF-1,C-1\n"), at: Fixtures.baseInstant)
        }
        #expect(error?.problems.first?.description == "invoices.csv:1 (number): the header lacks this column")
    }
}

extension PortfolioFiles {
    fileprivate func with(payments text: String) throws -> PortfolioFiles {
        var copy = self
        copy.payments = try CSVTable(parsing: Data(text.utf8), file: "payments.csv")
        return copy
    }

    fileprivate func with(invoices text: String) throws -> PortfolioFiles {
        var copy = self
        copy.invoices = try CSVTable(parsing: Data(text.utf8), file: "invoices.csv")
        return copy
    }
}
