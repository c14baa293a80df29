import Cobranza
import Foundation

extension Probe {
    mutating func roundTripsEveryRecord() async throws {
        let collector = Fixtures.collector()
        let department = Department(id: Department.billingID, name: "Facturación", email: "facturacion@example.com")
        var customer = Fixtures.customer("C-1", collector: collector.id)
        customer.isVIP = true
        customer.postalAddress = "Av. Corrientes 1234, CABA"
        var invoice = Fixtures.invoice("FA-1", customer: "C-1", amount: 123_456, balance: 23_456)
        invoice.kind = .debitNote
        let kwd = Fixtures.invoice("FA-2", customer: "C-1", amount: 1_234_567, currency: .kwd)
        let payment = Payment(
            id: "REC-1", customerID: "C-1", date: Fixtures.day(2), amount: Money(minorUnits: 100_000, currency: .ars),
            targetInvoiceIDs: ["FA-1"],
            allocations: [PaymentAllocation(invoiceID: "FA-1", amount: Money(minorUnits: 100_000, currency: .ars))],
            reference: "Transferencia 0042")
        let activity = Fixtures.activity("A-1", customer: "C-1")
        let task = Fixtures.task("T-1", customer: "C-1", due: Fixtures.day(1))
        let entry = Fixtures.outboxEntry("cadence/FA-1/friendly", customer: "C-1")

        var changes = ChangeSet()
        changes.upsert(collector)
        changes.upsert(department)
        changes.upsert(customer)
        changes.upsert(invoice)
        changes.upsert(kwd)
        changes.insert(payment)
        changes.append(activity)
        changes.upsert(task)
        changes.enqueue(entry)
        let result = try await store.commit(changes)
        try expectEqual(result.skippedOutboxKeys, [], "skipped keys of a fresh enqueue")
        try expectEqual(result.activityPositions.count, 1, "positions given to one appended activity")

        try expectEqual(try await store.collectors(), [collector], "collectors")
        try expectEqual(try await store.departments(), [department], "departments")
        try expectEqual(try await store.customers(ids: ["C-1"]), [customer], "customer")
        try expectEqual(try await store.invoices(ids: ["FA-1", "FA-2"]), [invoice, kwd], "invoices")
        try expectEqual(try await store.payments(ids: ["REC-1"]), [payment], "payment")
        try expectEqual(try await store.activities(matching: .all).map(\.activity), [activity], "activity")
        try expectEqual(try await store.tasks(matching: TaskQuery()), [task], "task")
        try expectEqual(try await store.outboxEntries(matching: .all), [entry], "outbox entry")
    }

    mutating func upsertReplacesByID() async throws {
        try await seedCustomers(["C-1"])
        var customer = Fixtures.customer("C-1", collector: "ana")
        customer.name = "Renamed SA"
        var invoice = Fixtures.invoice("FA-1", customer: "C-1")
        var task = Fixtures.task("T-1", customer: "C-1", due: Fixtures.day(1))
        var changes = ChangeSet()
        changes.upsert(invoice)
        changes.upsert(task)
        try await store.commit(changes)

        invoice.balance.minorUnits = 40_000
        task.completedAt = Fixtures.instant(60)
        changes = ChangeSet()
        changes.upsert(customer)
        changes.upsert(invoice)
        changes.upsert(task)
        try await store.commit(changes)

        try expectEqual(try await store.allCustomers(), [customer], "customers after upsert")
        try expectEqual(try await store.invoices(matching: .all), [invoice], "invoices after upsert")
        try expectEqual(try await store.tasks(matching: TaskQuery()), [task], "tasks after upsert")
    }

    mutating func failedCommitWritesNothing() async throws {
        try await seedCustomers(["C-1"])
        var first = ChangeSet()
        first.upsert(Fixtures.invoice("FA-1", customer: "C-1"))
        first.insert(
            Payment(id: "REC-1", customerID: "C-1", date: Fixtures.day(0), amount: Money(minorUnits: 1, currency: .ars))
        )
        try await store.commit(first)
        let before = try await census()

        var changes = ChangeSet()
        changes.upsert(Customer(id: "C-2", name: "Nuevo"))
        changes.upsert(Fixtures.invoice("FA-2", customer: "C-2"))
        var changedInvoice = Fixtures.invoice("FA-1", customer: "C-1")
        changedInvoice.balance.minorUnits = 1
        changes.upsert(changedInvoice)
        changes.append(Fixtures.activity("A-1", customer: "C-2"))
        changes.upsert(Fixtures.task("T-1", customer: "C-2", due: Fixtures.day(1)))
        changes.enqueue(Fixtures.outboxEntry("k-1", customer: "C-2"))
        changes.upsert(Department(id: "sales", name: "Ventas"))
        changes.insert(
            Payment(id: "REC-1", customerID: "C-1", date: Fixtures.day(0), amount: Money(minorUnits: 1, currency: .ars))
        )
        try await expectRefused(changes, "a set with a duplicate payment") {
            if case .duplicateKey(.payment, "REC-1") = $0 { return true }
            return false
        }
        try expectEqual(try await census(), before, "record counts after a refused commit")
        try expectEqual(
            try await store.invoices(ids: ["FA-1"]), [Fixtures.invoice("FA-1", customer: "C-1")],
            "an invoice upserted in a refused commit")
    }

    mutating func appendOnlyRecordsAreUnique() async throws {
        try await seedCustomers(["C-1"])
        var changes = ChangeSet()
        changes.append(Fixtures.activity("A-1", customer: "C-1"))
        try await store.commit(changes)
        try await expectRefused(changes, "an activity id already in the log") {
            if case .duplicateKey(.activity, "A-1") = $0 { return true }
            return false
        }

        var twice = ChangeSet()
        twice.append(Fixtures.activity("A-2", customer: "C-1"))
        twice.append(Fixtures.activity("A-2", customer: "C-1"))
        try await expectRefused(twice, "the same activity id twice in one set") {
            if case .duplicateKey(.activity, "A-2") = $0 { return true }
            return false
        }

        var payments = ChangeSet()
        let payment = Payment(
            id: "REC-9", customerID: "C-1", date: Fixtures.day(0), amount: Money(minorUnits: 5, currency: .ars))
        payments.insert(payment)
        payments.insert(payment)
        try await expectRefused(payments, "the same payment id twice in one set") {
            if case .duplicateKey(.payment, "REC-9") = $0 { return true }
            return false
        }
        try expectEqual(try await store.activities(matching: .all).count, 1, "activities after refused appends")
        try expectEqual(try await store.payments(matching: .all).count, 0, "payments after refused inserts")
    }

    mutating func referencesMustExist() async throws {
        try await seedCustomers(["C-1"])
        func changes(_ build: (inout ChangeSet) -> Void) -> ChangeSet {
            var changes = ChangeSet()
            build(&changes)
            return changes
        }
        let five = Money(minorUnits: 5, currency: .ars)
        let ghostAllocation = PaymentAllocation(invoiceID: "ghost", amount: five)
        let cases: [(String, ChangeSet, EntityKind, EntityKind, String)] = [
            (
                "an invoice of an unknown customer",
                changes { $0.upsert(Fixtures.invoice("FA-1", customer: "ghost")) }, .invoice, .customer, "ghost"
            ),
            (
                "a customer of an unknown collector",
                changes { $0.upsert(Fixtures.customer("C-2", collector: "ghost")) }, .customer, .collector, "ghost"
            ),
            (
                "an activity of an unknown customer",
                changes { $0.append(Fixtures.activity("A-1", customer: "ghost")) }, .activity, .customer, "ghost"
            ),
            (
                "a task of an unknown customer",
                changes { $0.upsert(Fixtures.task("T-1", customer: "ghost", due: Fixtures.day(0))) }, .task, .customer,
                "ghost"
            ),
            (
                "a payment of an unknown customer",
                changes { $0.insert(Payment(id: "R-1", customerID: "ghost", date: Fixtures.day(0), amount: five)) },
                .payment, .customer, "ghost"
            ),
            (
                "a payment allocated to an unknown invoice",
                changes {
                    $0.insert(
                        Payment(
                            id: "R-2", customerID: "C-1", date: Fixtures.day(0), amount: five,
                            allocations: [ghostAllocation]))
                }, .payment, .invoice, "ghost"
            ),
        ]
        for (what, changes, kind, references, referencedID) in cases {
            try await expectRefused(changes, what) {
                if case .missingReference(kind, _, references, referencedID) = $0 { return true }
                return false
            }
        }
        var together = ChangeSet()
        together.upsert(Collector(id: "beto", name: "Beto"))
        together.upsert(Fixtures.customer("C-3", collector: "beto"))
        together.upsert(Fixtures.invoice("FA-3", customer: "C-3"))
        together.insert(
            Payment(
                id: "R-3", customerID: "C-3", date: Fixtures.day(0), amount: Money(minorUnits: 5, currency: .ars),
                allocations: [PaymentAllocation(invoiceID: "FA-3", amount: Money(minorUnits: 5, currency: .ars))]))
        try await store.commit(together)
        try expectEqual(try await store.invoices(ids: ["FA-3"]).count, 1, "records referring to others in the same set")
    }

    mutating func inconsistentRecordsAreRefused() async throws {
        try await seedCustomers(["C-1"])
        var mixed = Fixtures.invoice("FA-1", customer: "C-1")
        mixed.balance = Money(minorUnits: 100, currency: .usd)
        var negative = Fixtures.invoice("FA-2", customer: "C-1")
        negative.balance.minorUnits = -1
        for (what, invoice) in [("a balance in another currency", mixed), ("a negative balance", negative)] {
            var changes = ChangeSet()
            changes.upsert(invoice)
            try await expectRefused(changes, what) {
                if case .invalidRecord(.invoice, let id, _) = $0 { return id == invoice.id.rawValue }
                return false
            }
        }
        var seed = ChangeSet()
        seed.upsert(Fixtures.invoice("FA-3", customer: "C-1"))
        try await store.commit(seed)
        let ars = { (units: Int64) in Money(minorUnits: units, currency: .ars) }
        var over = ChangeSet()
        over.insert(
            Payment(
                id: "R-1", customerID: "C-1", date: Fixtures.day(0), amount: ars(10),
                allocations: [PaymentAllocation(invoiceID: "FA-3", amount: ars(11))]))
        try await expectRefused(over, "allocations above the payment") {
            if case .invalidRecord(.payment, "R-1", _) = $0 { return true }
            return false
        }
        var foreign = ChangeSet()
        foreign.insert(
            Payment(
                id: "R-2", customerID: "C-1", date: Fixtures.day(0), amount: ars(10),
                allocations: [PaymentAllocation(invoiceID: "FA-3", amount: Money(minorUnits: 5, currency: .usd))]))
        try await expectRefused(foreign, "an allocation in another currency") {
            if case .invalidRecord(.payment, "R-2", _) = $0 { return true }
            return false
        }
    }

    mutating func conditionalUpdatesDetectChanges() async throws {
        try await seedCustomers(["C-1"])
        let original = Fixtures.invoice("FA-1", customer: "C-1")
        var seed = ChangeSet()
        seed.upsert(original)
        try await store.commit(seed)

        var paid = original
        paid.balance.minorUnits = 0
        paid.status = .paid
        var first = ChangeSet()
        first.update(paid, expected: original)
        try await store.commit(first)

        var stale = original
        stale.balance.minorUnits = 50_000
        var second = ChangeSet()
        second.update(stale, expected: original)
        second.append(Fixtures.activity("A-1", customer: "C-1"))
        try await expectRefused(second, "an update from a stale read") {
            if case .conflict(.invoice, "FA-1", _) = $0 { return true }
            return false
        }
        try expectEqual(try await store.invoices(ids: ["FA-1"]), [paid], "the invoice after a refused stale update")
        try expectEqual(try await store.activities(matching: .all).count, 0, "activities of a refused set")

        var ghost = ChangeSet()
        ghost.update(Fixtures.invoice("FA-9", customer: "C-1"), expected: Fixtures.invoice("FA-9", customer: "C-1"))
        try await expectRefused(ghost, "an update of an invoice that does not exist") {
            if case .conflict(.invoice, "FA-9", _) = $0 { return true }
            return false
        }

        // Two updates of one invoice in one set chain: the second expects the first's result.
        var half = paid
        half.balance.minorUnits = 0
        var chained = ChangeSet()
        var reopened = paid
        reopened.balance.minorUnits = 10
        reopened.status = .normal
        chained.update(reopened, expected: paid)
        chained.update(half, expected: reopened)
        try await store.commit(chained)
        try expectEqual(try await store.invoices(ids: ["FA-1"]), [half], "the invoice after chained updates")
    }
}
