import Cobranza
import CobranzaTesting
import Foundation

/// The demo's world: a synthetic portfolio in memory, run day by day by the engine, with customers who pay on
/// time or late, answer reminders with promises (kept or broken), say they paid, or dispute, and collectors
/// who make the calls the cadence asks for. Every choice comes from a seeded generator, so a seed always
/// tells the same story.
struct DemoSimulation {
    /// What to simulate.
    struct Options {
        var customers = 100
        var days = 56
        var seed: UInt64 = 1
    }

    /// Something a customer or collector does on a day.
    private enum Action {
        /// The customer pays an invoice's balance (if it is still planned for that day).
        case pay(InvoiceID)
        /// The customer answers a reminder.
        case answer(CustomerID, [InvoiceID])
        /// The collector makes a call the cadence asked for.
        case call(CustomerID, [InvoiceID])
        /// The department resolves a dispute (the invoice is owed as billed).
        case resolve(InvoiceID)
    }

    let options: Options
    let start: CivilDate
    private let store: any CollectionStore = InMemoryCollectionStore()
    private let clock: ManualClock
    private let context = Company.statusContext()
    private var rng: SplitMix64
    private var habits: [CustomerID: SyntheticPortfolio.Habit] = [:]
    private var collectors: [CustomerID: CollectorID] = [:]
    private var customerIDs: [CustomerID] = []
    private var paydays: [InvoiceID: CivilDate] = [:]
    private var agenda: [CivilDate: [Action]] = [:]
    private var counter = 0
    private var actionsToday = 0

    /// The demo's first day, a Monday.
    static let firstDay = CivilDate(daysSinceEpoch: 20_703)  // 2026-09-07

    init(_ options: Options) {
        self.options = options
        start = Self.firstDay
        clock = Company.clock(on: start)
        rng = SplitMix64(seed: options.seed ^ 0x5DEE_CE66)
    }

    /// Runs the demo, printing as it goes.
    mutating func run(print: (String) -> Void) async throws {
        let portfolio = SyntheticPortfolio(
            .init(
                customers: options.customers, invoicesPerCustomer: 6, asOf: start.adding(days: -1), historyDays: 365,
                customersPerCollector: max(20, (options.customers + 2) / 3), seed: options.seed))
        var setup = portfolio.changeSet()
        for department in OutcomeCommand.departments { setup.upsert(department) }
        try await store.commit(setup)
        for (customer, habit) in zip(portfolio.customers, portfolio.habits) {
            habits[customer.id] = habit
            collectors[customer.id] = customer.collectorID
            customerIDs.append(customer.id)
        }
        let open = portfolio.invoices.filter { $0.balance.isPositive && $0.isOpen }
        for invoice in open { plan(invoice) }
        let counts = SyntheticPortfolio.Habit.allCases.map { habit in
            "\(portfolio.habits.filter { $0 == habit }.count) \(habit.rawValue)"
        }
        print(
            "Cobranza demo: \(options.customers) customers (\(counts.joined(separator: ", "))), "
                + "\(portfolio.collectors.count) collectors, seed \(options.seed)")
        let owed = try Money.sum(open.map(\.balance), in: .ars)
        let overdue = try Money.sum(open.filter { $0.dueDate < start }.map(\.balance), in: .ars)
        print(
            "On \(start.adding(days: -1)): \(open.count) open invoices, \(owed.formatted(.esAR)) owed, "
                + "\(overdue.formatted(.esAR)) overdue. Simulating \(options.days) days from \(start)…")
        print("")

        var policy = CollectionPolicy.standard
        policy.company = CompanyProfile(
            name: "Distribuidora Demo S.A.", paymentInstructions: "Transferencia al CBU 0000003100000000000001",
            phone: "+54 11 4000-0000", email: "cobranzas@demo.example")
        let engine = try CollectionEngine(
            store: store, sender: InMemoryMessageSender(clock: clock), clock: clock, calendar: Company.calendar,
            policy: policy, workerID: "demo")
        var week = DemoWeek(start: start)
        for offset in 0..<options.days {
            let day = start.adding(days: offset)
            actionsToday = 0
            if Company.calendar.isBusinessDay(day) { try await bill(on: day) }
            for action in agenda.removeValue(forKey: day) ?? [] {
                try await perform(action, on: day, week: &week)
            }
            clock.set(to: day.startInstant(in: Company.timeZone).addingTimeInterval(Double(Company.hour) * 3_600))
            let report = try await engine.run(on: day)
            week.add(report)
            react(to: report, on: day)
            week.end = day
            if offset % 7 == 6 || offset == options.days - 1 {
                let query = ActivityQuery(
                    kinds: [.promiseMade, .promiseKept, .promiseBroken, .disputeOpened],
                    since: week.start.startInstant(in: Company.timeZone),
                    until: day.adding(days: 1).startInstant(in: Company.timeZone))
                week.add(try await store.activities(matching: query))
                for line in week.lines { print(line) }
                week = DemoWeek(start: day.adding(days: 1))
            }
        }
        print("")
        try await printMeasures(end: start.adding(days: options.days - 1), print: print)
    }

    // MARK: Behaviour

    private mutating func roll(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }

    private mutating func days(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(rng.next() % UInt64(range.count))
    }

    /// Plans when an open invoice will be paid, by its customer's habit (or never).
    private mutating func plan(_ invoice: Invoice) {
        let habit = habits[invoice.customerID] ?? .punctual
        let payday: CivilDate?
        switch habit {
        case .punctual: payday = roll(3) ? nil : invoice.dueDate.adding(days: days(-5...3))
        case .new: payday = roll(10) ? nil : invoice.dueDate.adding(days: days(-3...16))
        case .late: payday = roll(15) ? nil : invoice.dueDate.adding(days: days(10...40))
        case .chronic: payday = roll(45) ? nil : invoice.dueDate.adding(days: days(30...120))
        }
        guard var payday else { return }
        if payday < start { payday = start.adding(days: days(0...20)) }
        schedule(.pay(invoice.id), for: invoice.id, on: payday)
    }

    private mutating func schedule(_ action: Action, for invoice: InvoiceID? = nil, on day: CivilDate) {
        if let invoice { paydays[invoice] = day }
        agenda[day, default: []].append(action)
    }

    /// New invoices: each customer is billed about once a month.
    private mutating func bill(on day: CivilDate) async throws {
        var changes = ChangeSet()
        for customer in customerIDs where roll(5) {
            counter += 1
            let invoice = Invoice(
                id: InvoiceID("\(customer.rawValue)-N\(counter)"), number: "A-0002-\(String(100_000 + counter))",
                customerID: customer, issueDate: day, dueDate: day.adding(days: [30, 30, 45, 60][days(0...3)]),
                amount: Money(minorUnits: Int64(days(20_000...1_500_000)) * 100, currency: .ars))
            changes.upsert(invoice)
            plan(invoice)
        }
        if !changes.isEmpty { try await store.commit(changes) }
    }

    /// Customers answer the reminders they received; collectors make the calls they were given.
    private mutating func react(to report: RunReport, on day: CivilDate) {
        let next = Company.calendar.nextBusinessDay(after: day)
        for message in report.messages where message.stage >= .friendly {
            schedule(.answer(message.customerID, message.invoiceIDs), on: next)
        }
        for task in report.tasks {
            guard case .collector = task.assignee, !task.invoiceIDs.isEmpty else { continue }
            schedule(.call(task.customerID, task.invoiceIDs), on: max(task.dueDate, next))
        }
    }

    private mutating func perform(_ action: Action, on day: CivilDate, week: inout DemoWeek) async throws {
        actionsToday += 1
        let timestamp = day.startInstant(in: Company.timeZone).addingTimeInterval(8 * 3_600 + Double(actionsToday))
        clock.set(to: timestamp)
        switch action {
        case .pay(let id):
            guard paydays[id] == day, let invoice = try await store.invoices(ids: [id]).first,
                invoice.isOpen, invoice.balance.isPositive
            else { return }
            counter += 1
            let payment = Payment(
                id: PaymentID("R-\(counter)"), customerID: invoice.customerID, date: day, amount: invoice.balance,
                targetInvoiceIDs: [id])
            try await store.record(payment, at: timestamp, policy: context.policy)
            week.payments += 1
            week.paid = try week.paid.adding(invoice.balance)
        case .answer(let customer, let invoices):
            try await answer(customer, invoices, on: day, at: timestamp, byPhone: false)
        case .call(let customer, let invoices):
            try await answer(customer, invoices, on: day, at: timestamp, byPhone: true)
        case .resolve(let id):
            guard let invoice = try await store.invoices(ids: [id]).first,
                invoice.status.kind == .disputed || invoice.status.kind == .inClarification,
                let collector = collectors[invoice.customerID]
            else { return }
            counter += 1
            try await store.resolveDispute(
                of: id, .notInCustomersFavour, by: .collector(collector), at: timestamp, context: context,
                comment: "Se confirmó el importe facturado", resolutionID: "demo/\(counter)")
            schedule(.pay(id), for: id, on: day.adding(days: days(3...15)))
        }
    }

    /// What a customer does about a reminder or a call, by habit.
    private mutating func answer(
        _ customer: CustomerID, _ invoiceIDs: [InvoiceID], on day: CivilDate, at timestamp: Date, byPhone: Bool
    ) async throws {
        guard let collector = collectors[customer] else { return }
        let open = try await store.invoices(ids: invoiceIDs).filter {
            $0.isOpen && $0.balance.isPositive && $0.status.kind == .normal
        }
        guard !open.isEmpty else { return }
        let ids = open.map(\.id)
        let habit = habits[customer] ?? .punctual
        let roll = rng.next() % 100
        counter += 1
        let outcomeID = "demo/\(counter)"
        func record(_ outcome: ContactOutcome) async throws {
            try await store.recordOutcome(
                outcome, for: ids, by: collector, at: timestamp, context: context, outcomeID: outcomeID)
        }
        switch habit {
        case .punctual, .new:
            if byPhone, roll < 20 { return try await record(.unreachable()) }
            if roll < 80 { for id in ids { schedule(.pay(id), for: id, on: day.adding(days: days(1...4))) } }
        case .late, .chronic:
            let keeps: UInt64 = habit == .late ? 70 : 30
            if byPhone, roll < 25 {
                try await record(.unreachable())
            } else if roll < 65 {
                let promised = day.adding(days: days(3...10))
                try await record(.promiseToPay(date: promised))
                for id in ids {
                    let payday =
                        rng.next() % 100 < keeps
                        ? promised.adding(days: -days(0...2)) : promised.adding(days: days(15...45))
                    schedule(.pay(id), for: id, on: max(payday, day.adding(days: 1)))
                }
            } else if roll < 73 {
                try await record(.saysItPaid(on: day))
                for id in ids { schedule(.pay(id), for: id, on: day.adding(days: days(2...8))) }
            } else if roll < 80 {
                let department = rng.next() % 2 == 0 ? Department.salesID : Department.billingID
                let reason = department == Department.salesID ? "Precio distinto al pactado" : "Factura duplicada"
                try await record(.dispute(departmentID: department, reason: reason))
                for id in ids {
                    paydays[id] = nil
                    schedule(.resolve(id), on: day.adding(days: days(5...15)))
                }
            } else if byPhone {
                try await record(.noCommitment())
            }
        }
    }

    // MARK: Measures

    private func printMeasures(end: CivilDate, print: (String) -> Void) async throws {
        let request = MeasuresRequest(asOf: end, period: MeasurePeriod(start: start, end: end))
        let report = try await store.measures(request, timeZone: Company.timeZone, calendar: Company.calendar)
        print("Measures on \(end), for \(start) to \(end):")
        if let aging = report.aging.byCurrency.first {
            let buckets = zip(report.aging.buckets, aging.amounts).map { "\($0.label) \($1.formatted(.esAR))" }
            print("  aging     \(buckets.joined(separator: " · "))")
            print("            total \(aging.total.formatted(.esAR)), overdue \(aging.overdue.formatted(.esAR))")
        }
        if let measures = report.receivables(in: .ars) {
            print(
                "  DSO       \(KPIRow.number(measures.daysSalesOutstanding, "days")) "
                    + "(countback \(KPIRow.number(measures.countbackDaysSalesOutstanding, "days")), "
                    + "best possible \(KPIRow.number(measures.bestPossibleDaysSalesOutstanding, "days")))")
            print(
                "  CEI       \(KPIRow.number(measures.collectionEffectivenessIndex, "%")) · delinquency "
                    + "\(KPIRow.number(measures.delinquencyRate, "%")) · collected "
                    + "\(measures.collections.formatted(.esAR)) of \(measures.creditSales.formatted(.esAR)) billed")
        }
        let promises = report.promises
        print(
            "  promises  \(promises.obtained) obtained, \(promises.kept) kept, \(promises.broken) broken "
                + "(kept rate \(KPIRow.number(promises.keptRate, "%")))")
        print("")
        print("Try it on your own data: cobranza import --help, then cobranza run --help.")
    }
}
