import Cobranza
import CobranzaTesting
import Foundation

/// A store of your own. This one wraps the in-memory store and counts units of work; a database store
/// implements the same thirteen requirements with queries and a transaction, and the conformance suite
/// checks it the same way.
actor CountingStore: CollectionStore {
    private let base = InMemoryCollectionStore()
    private(set) var commits = 0

    func customers(ids: [CustomerID]) async throws -> [Customer] { await base.customers(ids: ids) }
    func customers(after cursor: CustomerID?, limit: Int) async throws -> [Customer] {
        await base.customers(after: cursor, limit: limit)
    }
    func collectors() async throws -> [Collector] { await base.collectors() }
    func departments() async throws -> [Department] { await base.departments() }
    func invoices(ids: [InvoiceID]) async throws -> [Invoice] { await base.invoices(ids: ids) }
    func invoices(matching query: InvoiceQuery, after cursor: InvoiceCursor?, limit: Int) async throws -> [Invoice] {
        await base.invoices(matching: query, after: cursor, limit: limit)
    }
    func payments(ids: [PaymentID]) async throws -> [Payment] { await base.payments(ids: ids) }
    func payments(matching query: PaymentQuery, after cursor: PaymentID?, limit: Int) async throws -> [Payment] {
        await base.payments(matching: query, after: cursor, limit: limit)
    }
    func activities(matching query: ActivityQuery, after position: Int64?, limit: Int) async throws
        -> [LoggedActivity]
    {
        await base.activities(matching: query, after: position, limit: limit)
    }
    func tasks(matching query: TaskQuery) async throws -> [FollowUpTask] { await base.tasks(matching: query) }
    func outboxEntries(matching query: OutboxQuery) async throws -> [OutboxEntry] {
        await base.outboxEntries(matching: query)
    }
    func claimOutboxEntries(_ claim: OutboxClaim) async throws -> [OutboxEntry] {
        await base.claimOutboxEntries(claim)
    }
    func alertCursor() async throws -> AlertCursor? { await base.alertCursor() }
    @discardableResult
    func commit(_ changes: ChangeSet) async throws -> CommitResult {
        let result = try await base.commit(changes)
        commits += 1
        return result
    }
}

// 1. The conformance suite: every rule of the storage contract, each against a fresh store.
let failures = await StoreConformanceSuite { CountingStore() }.runAll()
print("conformance:", StoreConformanceCheck.allCases.count, "checks,", failures.count, "failures")

// 2. A unit of work lands whole or not at all: the second invoice names an unknown customer.
let store = CountingStore()
var changes = ChangeSet()
changes.upsert(Customer(id: "C-001", name: "Ferretería Don Pepe SRL"))
changes.upsert(Fixtures.invoice("FA-0001", customer: "C-001", amount: 150_000_00))
changes.upsert(Fixtures.invoice("FA-0002", customer: "C-999", amount: 80_000_00))
do {
    try await store.commit(changes)
} catch {
    print(error)
}
print("customers after the refused commit:", try await store.allCustomers().count)
changes.invoices.removeLast()
try await store.commit(changes)

// 3. A conditional update fails when someone else changed the invoice since it was read.
let read = try await store.invoices(ids: ["FA-0001"])
var first = ChangeSet()
var second = ChangeSet()
for invoice in read {
    var paid = invoice
    paid.balance = Money(minorUnits: 50_000_00, currency: .ars)
    first.update(paid, expected: invoice)
    var disputed = invoice
    disputed.status = .disputed(Dispute(departmentID: "billing", reason: "wrong PO", openedOn: Fixtures.day(5)))
    second.update(disputed, expected: invoice)
}
try await store.commit(first)
do {
    try await store.commit(second)
} catch StoreError.conflict(let kind, let id, let reason) {
    print("conflict on \(kind.rawValue) \(id): \(reason); read again and retry")
}

// 4. Batch reads: pages in (customer, invoice) order, never one query per invoice.
var portfolio = ChangeSet()
for number in 1...2_500 {
    let customer = CustomerID("C-\(1_000 + number % 50)")
    if number <= 50 { portfolio.upsert(Customer(id: customer, name: "Cliente \(customer)")) }
    portfolio.upsert(Fixtures.invoice(InvoiceID("FB-\(number)"), customer: customer, due: Fixtures.day(number % 90)))
}
try await store.commit(portfolio)
var pageSizes: [Int] = []
var open: Int64 = 0
for try await page in store.invoicePages(matching: .open, pageSize: 1_000) {
    pageSizes.append(page.count)
    open += page.reduce(0) { $0 + $1.balance.minorUnits }
}
print("pages:", pageSizes, "open balance:", Money(minorUnits: open, currency: .ars).formatted(.esAR))
print("units of work committed:", await store.commits)
