import Cobranza
@_spi(Testing) import CobranzaSQLite
import CobranzaTesting
import Foundation

/// Writes one large unit of work and, when asked, stops halfway inside the transaction until killed.
struct CrashProbe {
    let path: String
    let viaImport: Bool
    let customers: Int
    let invoices: Int
    let pauseAfterRows: Int

    init(arguments: [String]) throws {
        guard arguments.count == 5, ["commit", "import"].contains(arguments[1]) else { throw ProbeError.usage }
        path = arguments[0]
        viaImport = arguments[1] == "import"
        customers = try integer(arguments[2])
        invoices = try integer(arguments[3])
        pauseAfterRows = try integer(arguments[4])
    }

    func run() async throws {
        // A small page cache makes SQLite spill the transaction's pages to the WAL long before it commits, so
        // the kill leaves half-written work on disk for recovery to throw away.
        var configuration = SQLiteStoreConfiguration(cacheSizeKiB: 512)
        let pauseAfterRows = self.pauseAfterRows
        configuration.rowsWritten = { rows in
            guard pauseAfterRows > 0, rows >= pauseAfterRows else { return }
            ProbeCommand.say("paused after \(rows) rows")
            // Hold the transaction open, half written, until the test sends SIGKILL.
            while true { Thread.sleep(forTimeInterval: 60) }
        }
        let store = try SQLiteCollectionStore(path: path, configuration: configuration)
        let world = CrashWorld(customers: customers, invoices: invoices)
        if viaImport {
            try await store.importPortfolio(
                customers: world.customers, invoices: world.invoices, payments: world.payments)
        } else {
            try await store.commit(world.changes)
        }
        ProbeCommand.say("committed")
    }
}

/// The records of the large unit of work: customers of collector "ana", invoices spread over them, and per
/// customer one payment allocated to its first invoice, one activity and one outbox entry.
struct CrashWorld {
    var customers: [Customer] = []
    var invoices: [Invoice] = []
    var payments: [Payment] = []
    var activities: [Activity] = []
    var outboxEntries: [OutboxEntry] = []

    init(customers customerCount: Int, invoices invoiceCount: Int) {
        let ids = (0..<customerCount).map { CustomerID("crash-C-\($0)") }
        customers = ids.map { Fixtures.customer($0, collector: "ana") }
        for index in 0..<invoiceCount {
            let customer = ids[index % ids.count]
            invoices.append(
                Fixtures.invoice(InvoiceID("crash-FA-\(index)"), customer: customer, due: Fixtures.day(index % 90 - 45))
            )
        }
        for (index, customer) in ids.enumerated() {
            let amount = Money(minorUnits: 1_000, currency: .ars)
            payments.append(
                Payment(
                    id: PaymentID("crash-R-\(index)"), customerID: customer, date: Fixtures.day(0), amount: amount,
                    allocations: [PaymentAllocation(invoiceID: InvoiceID("crash-FA-\(index)"), amount: amount)]))
            activities.append(Fixtures.activity(ActivityID("crash-A-\(index)"), customer: customer))
            outboxEntries.append(Fixtures.outboxEntry(IdempotencyKey("crash-k-\(index)"), customer: customer))
        }
    }

    var changes: ChangeSet {
        var changes = ChangeSet()
        changes.customers = customers
        changes.invoices = invoices.map(InvoiceChange.upsert)
        changes.payments = payments
        changes.activities = activities
        changes.outboxEntries = outboxEntries
        return changes
    }
}
