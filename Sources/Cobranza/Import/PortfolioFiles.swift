import Foundation

/// The CSV files of one import, as an ERP or a spreadsheet exports them. Any of them may be absent.
///
/// Columns (header names, any order, case-insensitive; `[…]` optional; any other column becomes a custom
/// field of the record):
/// - `customers.csv`: `id,name,tax_id,collector_id,email,phone,whatsapp,locale,vip,credit_limit,currency,`
///   `customer_since,escalation_email` — only `id` and `name` must have values.
/// - `invoices.csv`: `id,customer_id,number,issue_date,due_date,amount,currency[,balance]` — a negative
///   amount is a credit note.
/// - `payments.csv`: `id,customer_id,date,amount,currency[,invoice_id]`.
/// - `collectors.csv`: `id,name,email[,phone]`.
///
/// Dates are `yyyy-MM-dd` or `dd/MM/yyyy`; amounts use `.` decimals, or `,` decimals in a file separated
/// by `;` (see ``CSVTable``).
public struct PortfolioFiles: Sendable, Hashable {
    /// The customers file.
    public var customers: CSVTable?
    /// The invoices file.
    public var invoices: CSVTable?
    /// The payments file.
    public var payments: CSVTable?
    /// The collectors file.
    public var collectors: CSVTable?

    /// Creates the set from tables already read.
    ///
    /// - Parameters:
    ///   - customers: The customers file.
    ///   - invoices: The invoices file.
    ///   - payments: The payments file.
    ///   - collectors: The collectors file.
    public init(
        customers: CSVTable? = nil, invoices: CSVTable? = nil, payments: CSVTable? = nil,
        collectors: CSVTable? = nil
    ) {
        self.customers = customers
        self.invoices = invoices
        self.payments = payments
        self.collectors = collectors
    }

    /// Reads the files from disk, reporting the problems of all of them together.
    ///
    /// - Parameters:
    ///   - customers: The customers file.
    ///   - invoices: The invoices file.
    ///   - payments: The payments file.
    ///   - collectors: The collectors file.
    /// - Returns: The parsed files.
    /// - Throws: ``ImportError/rejected(_:)`` with every problem found in any file, including unreadable ones.
    public static func read(
        customers: URL? = nil, invoices: URL? = nil, payments: URL? = nil, collectors: URL? = nil
    ) throws(ImportError) -> PortfolioFiles {
        var problems: [ImportProblem] = []
        func load(_ url: URL?) -> CSVTable? {
            guard let url else { return nil }
            do {
                let data = try Data(contentsOf: url)
                return try CSVTable(parsing: data, file: url.lastPathComponent)
            } catch let error as ImportError {
                problems += error.problems
            } catch {
                problems.append(ImportProblem(file: url.path, reason: "cannot be read: \(error.localizedDescription)"))
            }
            return nil
        }
        let files = PortfolioFiles(
            customers: load(customers), invoices: load(invoices), payments: load(payments),
            collectors: load(collectors))
        if !problems.isEmpty { throw .rejected(problems) }
        return files
    }

    /// The tables present, each with the columns it must have.
    var layouts: [(table: CSVTable, required: [String])] {
        var result: [(CSVTable, [String])] = []
        if let collectors { result.append((collectors, ["id", "name"])) }
        if let customers { result.append((customers, ["id", "name"])) }
        if let invoices {
            result.append((invoices, ["id", "customer_id", "number", "issue_date", "due_date", "amount", "currency"]))
        }
        if let payments { result.append((payments, ["id", "customer_id", "date", "amount", "currency"])) }
        return result
    }
}
