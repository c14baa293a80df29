import Cobranza
import Foundation

extension Probe {
    /// 25 customers with 0 to 11 invoices each, ids chosen so string order differs from insertion order.
    private func seedPortfolio() async throws -> [Invoice] {
        var rng = SplitMix64(seed: 2_024)
        let customerIDs = (0..<25).map { CustomerID("C-\(($0 * 7) % 25)") }
        try await seedCustomers(customerIDs)
        var invoices: [Invoice] = []
        for customerID in customerIDs {
            for index in 0..<Int.random(in: 0..<12, using: &rng) {
                var invoice = Fixtures.invoice(
                    InvoiceID("\(customerID)-F\(Int.random(in: 0..<1_000, using: &rng))-\(index)"),
                    customer: customerID,
                    due: Fixtures.day(Int.random(in: -60..<60, using: &rng)))
                switch Int.random(in: 0..<5, using: &rng) {
                case 0:
                    invoice.balance.minorUnits = 0
                    invoice.status = .paid
                case 1: invoice.kind = .creditNote
                case 2: invoice.status = .cancelled
                default: break
                }
                invoices.append(invoice)
            }
        }
        var changes = ChangeSet()
        for invoice in invoices.reversed() { changes.upsert(invoice) }
        try await store.commit(changes)
        return invoices.sorted { InvoiceCursor(after: $0) < InvoiceCursor(after: $1) }
    }

    mutating func invoicePagesAreOrderedAndComplete() async throws {
        let expected = try await seedPortfolio()
        try expect(expected.count > 100, "the fixture portfolio has over 100 invoices (\(expected.count))")
        for pageSize in [1, 7, 1_000] {
            var pages: [[Invoice]] = []
            for try await page in store.invoicePages(matching: .all, pageSize: pageSize) { pages.append(page) }
            try expect(pages.dropLast().allSatisfy { $0.count == pageSize }, "every page but the last is full")
            try expectEqual(pages.flatMap { $0 }.map(\.id), expected.map(\.id), "invoices read in pages of \(pageSize)")
        }
        let middle = expected[expected.count / 2]
        let after = try await store.invoices(matching: .all, after: InvoiceCursor(after: middle), limit: 5)
        try expectEqual(
            after.map(\.id), expected[(expected.count / 2 + 1)...].prefix(5).map(\.id), "a page after a cursor")
        try expectEqual(
            try await store.invoices(ids: expected.reversed().map(\.id) + ["ghost"]).map(\.id), expected.map(\.id),
            "a batch read by ids is ordered and omits missing ids")
    }

    mutating func invoiceQueriesFilter() async throws {
        let all = try await seedPortfolio()
        let someCustomers: Set<CustomerID> = ["C-3", "C-14", "C-21", "ghost"]
        let queries: [(String, InvoiceQuery)] = [
            ("open", .open),
            ("some customers", InvoiceQuery(customerIDs: someCustomers)),
            ("no customers", InvoiceQuery(customerIDs: [])),
            ("due on or before", InvoiceQuery(dueOnOrBefore: Fixtures.day(0))),
            (
                "open, some customers, due",
                InvoiceQuery(customerIDs: someCustomers, openOnly: true, dueOnOrBefore: Fixtures.day(10))
            ),
        ]
        for (what, query) in queries {
            let expected = all.filter(query.matches).map(\.id)
            for pageSize in [3, 500] {
                let read = try await store.invoicePages(matching: query, pageSize: pageSize).collect().map(\.id)
                try expectEqual(read, expected, "invoices matching '\(what)' in pages of \(pageSize)")
            }
        }
    }

    mutating func customerReadsAreOrdered() async throws {
        let ids = (0..<23).map { CustomerID("C-\(($0 * 5) % 23)") }
        try await seedCustomers(ids)
        let sorted = ids.sorted()
        for pageSize in [1, 4, 100] {
            let read = try await store.customerPages(pageSize: pageSize).collect().map(\.id)
            try expectEqual(read, sorted, "customers in pages of \(pageSize)")
        }
        try expectEqual(
            try await store.customers(after: sorted[10], limit: 3).map(\.id), Array(sorted[11..<14]),
            "a page after a cursor")
        try expectEqual(
            try await store.customers(ids: ["C-7", "ghost", "C-1", "C-7"]).map(\.id), ["C-1", "C-7"],
            "a batch read omits missing ids and duplicates")
    }

    mutating func activityLogKeepsOrder() async throws {
        try await seedCustomers(["C-1", "C-2"])
        var positions: [Int64] = []
        for batch in 0..<5 {
            var changes = ChangeSet()
            for index in 0..<3 {
                let customer: CustomerID = index == 1 ? "C-2" : "C-1"
                let kind: ActivityKind = index == 2 ? .messageSent : .note
                // Timestamps deliberately not in append order: the log keeps append order.
                changes.append(
                    Fixtures.activity(
                        ActivityID("A-\(batch)-\(index)"), customer: customer, at: Double(100 - batch * 10 + index),
                        kind: kind))
            }
            positions += try await store.commit(changes).activityPositions
        }
        let log = try await store.activities(matching: .all)
        try expectEqual(log.map(\.position), positions, "positions reported by commits and read back")
        try expect(zip(log, log.dropFirst()).allSatisfy { $0.position < $1.position }, "positions grow")
        try expectEqual(
            log.map(\.activity.id.rawValue), (0..<5).flatMap { b in (0..<3).map { "A-\(b)-\($0)" } }, "append order")
        let forC2 = try await store.activities(matching: ActivityQuery(customerIDs: ["C-2"]))
        try expectEqual(forC2.map(\.activity.id.rawValue), (0..<5).map { "A-\($0)-1" }, "one customer's activities")
        let sent = try await store.activities(
            matching: ActivityQuery(kinds: [.messageSent], since: Fixtures.instant(80), until: Fixtures.instant(102)))
        try expectEqual(sent.map(\.activity.id.rawValue), ["A-1-2", "A-2-2"], "by kind and time window")
        let paged = try await store.activities(matching: .all, after: positions[7], limit: 4)
        try expectEqual(paged.map(\.position), Array(positions[8..<12]), "a page after a position")
    }

    mutating func paymentAndTaskQueries() async throws {
        try await seedCustomers(["C-1", "C-2"])
        var changes = ChangeSet()
        for index in 0..<9 {
            changes.insert(
                Payment(
                    id: PaymentID("R-\(8 - index)"), customerID: index.isMultiple(of: 2) ? "C-1" : "C-2",
                    date: Fixtures.day(index), amount: Money(minorUnits: Int64(100 + index), currency: .ars)))
            changes.upsert(
                Fixtures.task(
                    TaskID("T-\(index)"), customer: index < 5 ? "C-1" : "C-2", due: Fixtures.day(9 - index),
                    collector: index < 3 ? "beto" : "ana"))
        }
        var done = Fixtures.task("T-done", customer: "C-1", due: Fixtures.day(0))
        done.completedAt = Fixtures.instant(1)
        changes.upsert(done)
        try await store.commit(changes)

        try expectEqual(
            try await store.payments(matching: .all).map(\.id.rawValue), (0..<9).map { "R-\($0)" }, "payments by id")
        let window = try await store.payments(
            matching: PaymentQuery(customerIDs: ["C-1"], from: Fixtures.day(2), through: Fixtures.day(6)))
        try expectEqual(window.map(\.id.rawValue), ["R-2", "R-4", "R-6"], "one customer's payments in a date window")
        try expectEqual(
            try await store.payments(ids: ["R-3", "R-1", "x"]).map(\.id.rawValue), ["R-1", "R-3"], "payments by ids")

        let ana = try await store.tasks(
            matching: TaskQuery(assignee: .collector("ana"), openOnly: true, dueOnOrBefore: Fixtures.day(4)))
        try expectEqual(
            ana.map(\.id.rawValue), ["T-8", "T-7", "T-6", "T-5"], "a collector's open tasks due, by due date")
        let all = try await store.tasks(matching: TaskQuery(customerIDs: ["C-1"]))
        try expectEqual(
            all.map(\.id.rawValue), ["T-done", "T-4", "T-3", "T-2", "T-1", "T-0"],
            "a customer's tasks by (due date, id)")
    }

    mutating func concurrentUpdatesLoseNothing() async throws {
        try await seedCustomers(["C-1"])
        var seed = ChangeSet()
        seed.upsert(Fixtures.invoice("FA-1", customer: "C-1", amount: 10_000))
        try await store.commit(seed)
        let store = self.store
        let conflicts = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var conflicts = 0
                    for step in 0..<10 {
                        while true {
                            guard let current = try await store.invoices(ids: ["FA-1"]).first else { return conflicts }
                            var next = current
                            next.balance.minorUnits -= 100
                            var changes = ChangeSet()
                            changes.update(next, expected: current)
                            changes.append(Fixtures.activity(ActivityID("A-\(worker)-\(step)"), customer: "C-1"))
                            do {
                                try await store.commit(changes)
                                break
                            } catch StoreError.conflict {
                                conflicts += 1
                                await Task.yield()
                            }
                        }
                    }
                    return conflicts
                }
            }
            var total = 0
            for try await count in group { total += count }
            return total
        }
        try expectEqual(
            try await store.invoices(ids: ["FA-1"]).first?.balance.minorUnits, 2_000,
            "balance after 80 concurrent decrements of 100 (\(conflicts) conflicts retried)")
        try expectEqual(try await store.activities(matching: .all).count, 80, "one activity per successful update")
    }
}
