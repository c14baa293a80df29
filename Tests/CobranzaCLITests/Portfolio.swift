/// A small portfolio written the way a US-locale spreadsheet saves CSV (`,` separators, `.` decimals, ISO
/// dates, a byte-order mark), for the run and outcome tests: on Monday 23 November 2026 both customers' invoices
/// are three days late, when a tier-B customer gets its friendly reminder.
enum Portfolio {
    static let date = "2026-11-23"

    static let collectors = """
        \u{FEFF}id,name,email,phone
        ana,Ana Martínez,ana@empresa.example,+54 11 4000-1001
        """

    static let customers = """
        id,name,tax_id,collector_id,email,phone,whatsapp,locale,vip,credit_limit,currency,customer_since,escalation_email
        C-1,"Ferretería Sur, SRL",30-71234567-1,ana,pagos@sur.example,,,es-AR,no,"1,000,000.00",ARS,2025-01-10,
        C-2,Distribuidora Norte SA,30-70987654-3,ana,pagos@norte.example,,,es-AR,no,,,2025-02-01,
        """

    static let invoices = """
        id,customer_id,number,issue_date,due_date,amount,currency
        F-1,C-1,A-0001-00000001,2026-10-21,2026-11-20,150000.00,ARS
        F-2,C-2,A-0001-00000002,2026-10-21,2026-11-20,"80,000.50",ARS
        """

    /// Writes the four files into the workspace and returns the import arguments.
    static func importArguments(_ workspace: Workspace) throws -> [String] {
        [
            "import", "--db", workspace.database,
            "--collectors", try workspace.write("collectors.csv", collectors),
            "--customers", try workspace.write("customers.csv", customers),
            "--invoices", try workspace.write("invoices.csv", invoices),
            "--date", "2026-11-20",
        ]
    }
}
