import Foundation

/// An import planned against what the store already holds: the unit of work that upserts the files'
/// records and applies their new payments, and a summary of it. Pure: reading the store and committing are
/// the caller's (see ``CollectionStore/importCSV(_:at:)``).
///
/// The rules, which make importing the same files twice change nothing and a later export of the same
/// records update them:
/// - Records are matched by `id`. Columns present in a file overwrite the stored values (an empty field
///   clears an optional value); columns absent keep them. A customer keeps its risk, override and exclusion.
/// - A payment already stored is skipped. New payments are applied in date order, to their `invoice_id`
///   or the customer's oldest due first (``PaymentApplication``), leaving any excess as unapplied credit.
/// - Without a `balance` column, Cobranza keeps the ledger: a new invoice owes its whole amount, a stored
///   one keeps its balance (moved by any change of amount), and the import's payments reduce balances.
/// - With a `balance` column, the ERP keeps the ledger: its balances already reflect its payments, so the
///   import's payments are recorded with their allocations (the history risk and measures read) but the
///   invoice ends with the file's balance. A balance of zero closes the invoice as paid; a paid invoice with
///   a balance again is reopened.
/// - Every reference must resolve, in the files or in the store: an invoice's customer, a customer's
///   collector, a payment's customer and invoice. An id may appear once per file.
/// - Any problem rejects the whole import: ``ImportError/rejected(_:)`` lists them all with file, row and
///   column, and nothing is written.
struct PortfolioImport: Sendable {
    /// The records already in the store that the import builds on.
    struct Existing: Sendable {
        /// Every collector.
        var collectors: [CollectorID: Collector]
        /// The customers the files name.
        var customers: [CustomerID: Customer]
        /// The invoices the files name, and the open invoices of customers with new payments.
        var invoices: [InvoiceID: Invoice]
        /// The payments of the files that are already stored.
        var paymentIDs: Set<PaymentID>

        /// Creates the set.
        ///
        /// - Parameters:
        ///   - collectors: Every collector.
        ///   - customers: The customers the files name.
        ///   - invoices: The invoices the files name and the open invoices of customers with new payments.
        ///   - paymentIDs: The files' payments already stored.
        init(
            collectors: [CollectorID: Collector] = [:], customers: [CustomerID: Customer] = [:],
            invoices: [InvoiceID: Invoice] = [:], paymentIDs: Set<PaymentID> = []
        ) {
            self.collectors = collectors
            self.customers = customers
            self.invoices = invoices
            self.paymentIDs = paymentIDs
        }
    }

    /// The unit of work to commit.
    var changes: ChangeSet
    /// What the unit of work does.
    var summary: ImportSummary

    /// Plans an import.
    ///
    /// - Parameters:
    ///   - records: The files' records, read by ``ImportedRecords/init(_:)``.
    ///   - existing: What the store holds of them.
    ///   - timestamp: When the import happens, for the payment activities.
    /// - Returns: The plan.
    /// - Throws: ``ImportError/rejected(_:)`` with every problem found.
    static func plan(
        _ records: ImportedRecords, existing: Existing, at timestamp: Date
    ) throws(ImportError) -> PortfolioImport {
        var builder = Builder(records: records, existing: existing)
        builder.mergeCollectors()
        builder.mergeCustomers()
        builder.mergeInvoices()
        builder.applyPayments(at: timestamp)
        let problems = records.problems + builder.problems
        if !problems.isEmpty { throw .rejected(problems.sorted(by: ImportedRecords.fileOrder)) }
        return PortfolioImport(changes: builder.changes, summary: builder.summary)
    }
}

/// Merges imported records with stored ones, staging the result and collecting problems.
private struct Builder {
    let records: ImportedRecords
    let existing: PortfolioImport.Existing
    var changes = ChangeSet()
    var summary = ImportSummary()
    var problems: [ImportProblem] = []
    var collectorIDs: Set<CollectorID>
    var customerIDs: Set<CustomerID>
    var invoices: [InvoiceID: Invoice]
    var changedInvoiceIDs: [InvoiceID] = []
    /// Balances the ERP states, applied after the import's payments.
    var statedBalances: [InvoiceID: Money] = [:]

    init(records: ImportedRecords, existing: PortfolioImport.Existing) {
        self.records = records
        self.existing = existing
        collectorIDs = Set(existing.collectors.keys).union(records.collectors.map(\.record.id))
        customerIDs = Set(existing.customers.keys).union(records.customers.map(\.record.id))
        invoices = existing.invoices
    }

    static func count<T: Equatable>(_ new: T, against old: T?, in counts: inout ImportSummary.Counts) -> Bool {
        guard let old else {
            counts.created += 1
            return true
        }
        if old == new {
            counts.unchanged += 1
            return false
        }
        counts.updated += 1
        return true
    }

    mutating func mergeCollectors() {
        for (_, collector) in records.collectors
        where Self.count(collector, against: existing.collectors[collector.id], in: &summary.collectors) {
            changes.upsert(collector)
        }
    }

    mutating func mergeCustomers() {
        for (row, imported) in records.customers {
            if let collectorID = imported.collectorID, !collectorIDs.contains(collectorID) {
                problems.append(row.problem("collector_id", "collector '\(collectorID)' is in no collectors file"))
                continue
            }
            let merged = imported.merged(into: existing.customers[imported.id])
            if Self.count(merged, against: existing.customers[imported.id], in: &summary.customers) {
                changes.upsert(merged)
            }
        }
    }

    mutating func mergeInvoices() {
        for (row, imported) in records.invoices {
            guard customerIDs.contains(imported.invoice.customerID) else {
                problems.append(
                    row.problem("customer_id", "customer '\(imported.invoice.customerID)' is in no customers file"))
                continue
            }
            let stored = existing.invoices[imported.invoice.id]
            if let stored, stored.currency != imported.invoice.currency {
                problems.append(
                    row.problem(
                        "currency", "the stored invoice is in \(stored.currency.code); a currency cannot change"))
                continue
            }
            if Self.count(imported.merged(into: stored), against: stored, in: &summary.invoices) {
                invoices[imported.invoice.id] = imported.ledger(from: stored)
                changedInvoiceIDs.append(imported.invoice.id)
                if let balance = imported.balance { statedBalances[imported.invoice.id] = balance }
            }
        }
    }

    mutating func applyPayments(at timestamp: Date) {
        var byCustomer: [CustomerID: [InvoiceID]] = [:]
        for invoice in invoices.values { byCustomer[invoice.customerID, default: []].append(invoice.id) }
        var credit: [Currency: Int64] = [:]
        let ordered = records.payments.sorted { ($0.record.date, $0.row.number) < ($1.record.date, $1.row.number) }
        for (row, payment) in ordered {
            if existing.paymentIDs.contains(payment.id) {
                summary.payments.unchanged += 1
                continue
            }
            guard customerIDs.contains(payment.customerID) else {
                problems.append(row.problem("customer_id", "customer '\(payment.customerID)' is in no customers file"))
                continue
            }
            let candidates =
                (byCustomer[payment.customerID] ?? []).compactMap { invoices[$0] }
                + payment.targetInvoiceIDs.filter { byCustomer[payment.customerID]?.contains($0) != true }
                .compactMap { invoices[$0] }
            do {
                let application = try PaymentApplication.apply(payment, to: candidates, at: timestamp)
                for invoice in application.updatedInvoices {
                    invoices[invoice.id] = invoice
                    changedInvoiceIDs.append(invoice.id)
                }
                changes.insert(application.payment)
                for activity in application.activities { changes.append(activity) }
                summary.payments.created += 1
                let unapplied = application.payment.unappliedAmount
                if unapplied.isPositive { credit[unapplied.currency, default: 0] += unapplied.minorUnits }
            } catch {
                problems.append(row.problem(payment.targetInvoiceIDs.isEmpty ? "amount" : "invoice_id", "\(error)"))
            }
        }
        summary.unappliedCredit = credit.sorted { $0.key < $1.key }.map {
            Money(minorUnits: $0.value, currency: $0.key)
        }
        var written: Set<InvoiceID> = []
        for id in changedInvoiceIDs where written.insert(id).inserted {
            guard var invoice = invoices[id] else { continue }
            if let balance = statedBalances[id] { ImportedInvoice.settle(&invoice, balance: balance) }
            changes.upsert(invoice)
        }
    }
}
