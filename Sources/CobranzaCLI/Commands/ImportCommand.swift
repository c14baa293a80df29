import Cobranza
import Foundation

/// `cobranza import`: CSV files from an ERP or a spreadsheet into the database, all or nothing.
struct ImportCommand: Subcommand {
    let name = "import"
    let summary = "Import customers, invoices, payments and collectors from CSV files (all or nothing)"
    let usage = """
        USAGE: cobranza import --db FILE [--customers F] [--invoices F] [--payments F] [--collectors F]
                               [--date YYYY-MM-DD]

        Imports CSV files exported by an ERP (Tango, Bejerman, …) or saved from a spreadsheet into the SQLite
        database FILE, creating it if needed. Records are matched by id: new ones are created, known ones
        updated; importing the same files twice changes nothing. Payments apply to their invoice_id, or to the
        customer's invoices oldest due first.

        A file with any problem is rejected whole: every problem is listed as file:row:column and nothing is
        written.

        OPTIONS:
          --db FILE            The database (created if missing).
          --customers F        id,name,tax_id,collector_id,email,phone,whatsapp,locale,vip,credit_limit,
                               currency,customer_since,escalation_email
          --invoices F         id,customer_id,number,issue_date,due_date,amount,currency[,balance]
          --payments F         id,customer_id,date,amount,currency[,invoice_id]
          --collectors F       id,name,email[,phone]
          --date YYYY-MM-DD    The day of the import, for the activity log (default: today).

        Header row required; UTF-8 with or without BOM; `,` or `;` separated (detected from the header); dates
        yyyy-MM-dd or dd/MM/yyyy; amounts with `.` decimals, or `,` decimals in a `;` file. Extra columns become
        custom fields.
        """

    func run(_ arguments: [String], console: Console) async throws -> Int32 {
        let parsed = try ParsedArguments(
            arguments, options: ["db", "customers", "invoices", "payments", "collectors", "date"], flags: [])
        try parsed.expectNoPositionals()
        let path = try parsed.required("db")
        let kinds = ["collectors", "customers", "invoices", "payments"]
        guard kinds.contains(where: { parsed.value($0) != nil }) else {
            throw UsageError("name at least one file: --customers, --invoices, --payments or --collectors")
        }
        let timestamp =
            try parsed.date("date").map { Company.clock(on: $0).now } ?? SystemClock(timeZone: Company.timeZone).now
        let url = { (name: String) in parsed.value(name).map { URL(fileURLWithPath: $0) } }
        let files: PortfolioFiles
        let summary: ImportSummary
        do {
            files = try PortfolioFiles.read(
                customers: url("customers"), invoices: url("invoices"), payments: url("payments"),
                collectors: url("collectors"))
            let store = try Database.open(path, create: true)
            summary = try await store.importCSV(files, at: timestamp)
        } catch let error as ImportError {
            throw InputError(error.description)
        }
        console.out("Imported into \(path):")
        let counts: [(String, ImportSummary.Counts)] = [
            ("collectors", summary.collectors), ("customers", summary.customers), ("invoices", summary.invoices),
        ]
        for (kind, count) in counts {
            console.out("  \(kind): \(count.created) new, \(count.updated) updated, \(count.unchanged) unchanged")
        }
        console.out(
            "  payments: \(summary.payments.created) applied, \(summary.payments.unchanged) already imported")
        for credit in summary.unappliedCredit {
            console.out("  unapplied credit: \(credit.plainDecimalString) \(credit.currency)")
        }
        return 0
    }
}
