import Cobranza
import Foundation

/// A deterministic, realistic portfolio of any size: collectors, customers with payment habits, two years
/// of invoices, the payments that settled them, and the collection activities around the late ones.
///
/// The same ``Configuration`` always gives the same portfolio, on every platform, so the benchmark, the
/// demo and end-to-end tests can share it. Customers follow one of four habits, drawn with fixed shares:
/// punctual (about 55%: pay within a few days of the due date, 3% of invoices forgotten), late (25%: 10–40
/// days late, 15% never paid), chronic (15%: 30–120 days late, 45% never paid, promises often broken) and
/// new (5%: a relationship of less than three months). With the defaults, about a fifth of the invoices are overdue on the as-of date.
///
/// ```swift
/// let asOf = try CivilDate(year: 2024, month: 6, day: 30)
/// let portfolio = SyntheticPortfolio(.init(customers: 1_000, asOf: asOf, seed: 7))
/// let store: any CollectionStore = InMemoryCollectionStore()
/// try await store.commit(portfolio.changeSet())
/// ```
public struct SyntheticPortfolio: Sendable {
    /// What to generate.
    public struct Configuration: Sendable, Hashable {
        /// How many customers.
        public var customers: Int
        /// The average number of invoices per customer over the history.
        public var invoicesPerCustomer: Int
        /// The day the portfolio is seen from: nothing happens after it.
        public var asOf: CivilDate
        /// How many days of history before ``asOf``.
        public var historyDays: Int
        /// How many customers each collector is assigned.
        public var customersPerCollector: Int
        /// The currency of every invoice.
        public var currency: Currency
        /// The seed; equal seeds give equal portfolios.
        public var seed: UInt64

        /// Creates a configuration.
        ///
        /// - Parameters:
        ///   - customers: How many customers.
        ///   - invoicesPerCustomer: The average number of invoices per customer.
        ///   - asOf: The day the portfolio is seen from.
        ///   - historyDays: How many days of history.
        ///   - customersPerCollector: How many customers per collector.
        ///   - currency: The currency of the invoices.
        ///   - seed: The seed.
        public init(
            customers: Int, invoicesPerCustomer: Int = 10, asOf: CivilDate, historyDays: Int = 730,
            customersPerCollector: Int = 500, currency: Currency = .ars, seed: UInt64 = 1
        ) {
            self.customers = max(0, customers)
            self.invoicesPerCustomer = max(1, invoicesPerCustomer)
            self.asOf = asOf
            self.historyDays = max(60, historyDays)
            self.customersPerCollector = max(1, customersPerCollector)
            self.currency = currency
            self.seed = seed
        }
    }

    /// A customer's payment habit.
    public enum Habit: String, Sendable, Hashable, CaseIterable {
        /// Pays around the due date.
        case punctual
        /// Pays 10–40 days late.
        case late
        /// Pays 30–120 days late or not at all, and breaks promises.
        case chronic
        /// Became a customer less than three months ago.
        case new
    }

    /// The configuration it was generated from.
    public let configuration: Configuration
    /// The collectors.
    public private(set) var collectors: [Collector] = []
    /// The customers, in identifier order.
    public private(set) var customers: [Customer] = []
    /// Each customer's habit, by position in ``customers``.
    public private(set) var habits: [Habit] = []
    /// The invoices, grouped by customer and in issue order within a customer.
    public private(set) var invoices: [Invoice] = []
    /// The payments, one per settled invoice or part of it.
    public private(set) var payments: [Payment] = []
    /// The collection activities: promises obtained, kept and broken, disputes opened and resolved.
    public private(set) var activities: [Activity] = []

    /// Generates a portfolio.
    ///
    /// - Parameter configuration: What to generate.
    public init(_ configuration: Configuration) {
        self.configuration = configuration
        var rng = SplitMix64(seed: configuration.seed)
        let collectorCount = max(
            1,
            (configuration.customers + configuration.customersPerCollector - 1)
                / configuration.customersPerCollector)
        collectors = (0..<collectorCount).map { index in
            Collector(
                id: CollectorID("col-\(index + 1)"), name: Self.collectorNames[index % Self.collectorNames.count],
                email: "cobranzas\(index + 1)@empresa.example", phone: "+54 11 4000-\(1000 + index)")
        }
        customers.reserveCapacity(configuration.customers)
        habits.reserveCapacity(configuration.customers)
        invoices.reserveCapacity(configuration.customers * configuration.invoicesPerCustomer)
        for index in 0..<configuration.customers {
            let habit = Self.habit(Int(rng.next() % 100))
            let customer = makeCustomer(index, habit: habit, collectorCount: collectorCount, rng: &rng)
            customers.append(customer)
            habits.append(habit)
            makeHistory(of: customer, habit: habit, rng: &rng)
        }
    }

    /// Everything as one unit of work for a store.
    ///
    /// - Returns: A change set with the collectors, customers, invoices, payments and activities.
    public func changeSet() -> ChangeSet {
        var changes = ChangeSet()
        for collector in collectors { changes.upsert(collector) }
        for customer in customers { changes.upsert(customer) }
        for invoice in invoices { changes.upsert(invoice) }
        for payment in payments { changes.insert(payment) }
        for activity in activities { changes.append(activity) }
        return changes
    }

    private static let collectorNames = [
        "Ana Martínez", "Bruno Fernández", "Carla Gómez", "Diego Sánchez", "Elena Ruiz", "Facundo López",
    ]
    private static let companyWords = [
        "Distribuidora", "Ferretería", "Comercial", "Transportes", "Laboratorios", "Panificadora", "Agro",
        "Construcciones", "Textil", "Servicios",
    ]
    private static let surnames = [
        "del Sur", "Norte", "Río", "Andes", "Pampa", "Litoral", "Cuyo", "Patagonia", "Centro", "Atlántico",
    ]

    private static func habit(_ roll: Int) -> Habit {
        switch roll {
        case ..<55: return .punctual
        case ..<80: return .late
        case ..<95: return .chronic
        default: return .new
        }
    }

    private func makeCustomer(_ index: Int, habit: Habit, collectorCount: Int, rng: inout SplitMix64) -> Customer {
        let number = index + 1
        let id = CustomerID("C-\(Self.padded(number, 6))")
        let name =
            "\(Self.companyWords[index % Self.companyWords.count]) "
            + "\(Self.surnames[(index / Self.companyWords.count) % Self.surnames.count]) \(number) SRL"
        let since =
            habit == .new
            ? configuration.asOf.adding(days: -Int(rng.next() % 80) - 10)
            : configuration.asOf.adding(days: -configuration.historyDays - Int(rng.next() % 1_500))
        let domain = "cliente\(number).example"
        var contacts = [
            Contact(
                name: "Cuentas a pagar", role: .billing, email: "pagos@\(domain)",
                phone: "+54 11 5\(Self.padded(number % 10_000_000, 7))",
                whatsApp: rng.next() % 2 == 0 ? "+54 9 11 5\(Self.padded(number % 10_000_000, 7))" : nil,
                locale: "es-AR")
        ]
        if rng.next() % 3 != 0 {
            contacts.append(Contact(name: "Gerencia", role: .escalation, email: "gerencia@\(domain)", locale: "es-AR"))
        }
        return Customer(
            id: id, name: name, taxID: "30-\(Self.padded(number, 8))-\(number % 10)", contacts: contacts,
            collectorID: collectors[index % collectorCount].id, isVIP: rng.next() % 200 == 0,
            creditLimit: Money(minorUnits: Int64(5 + rng.next() % 50) * 100_000_00, currency: configuration.currency),
            customerSince: since)
    }

    private mutating func makeHistory(of customer: Customer, habit: Habit, rng: inout SplitMix64) {
        let asOf = configuration.asOf
        let first = max(customer.customerSince ?? asOf, asOf.adding(days: -configuration.historyDays))
        let span = max(1, first.days(to: asOf))
        let count =
            habit == .new
            ? 1 + Int(rng.next() % 3)
            : max(
                1, configuration.invoicesPerCustomer / 2 + Int(rng.next() % UInt64(configuration.invoicesPerCustomer)))
        let spacing = max(1, span / count)
        let termDays = [15, 30, 30, 30, 45, 60][Int(rng.next() % 6)]
        for sequence in 0..<count {
            let issue = first.adding(days: sequence * spacing + Int(rng.next() % UInt64(spacing)))
            guard issue <= asOf else { break }
            let amount = Int64(20_000 + rng.next() % 2_000_000) * 100
            makeInvoice(
                of: customer, sequence: sequence, issue: issue, due: issue.adding(days: termDays), amount: amount,
                habit: habit, rng: &rng)
        }
    }

    private mutating func makeInvoice(
        of customer: Customer, sequence: Int, issue: CivilDate, due: CivilDate, amount: Int64, habit: Habit,
        rng: inout SplitMix64
    ) {
        let asOf = configuration.asOf
        let currency = configuration.currency
        let id = InvoiceID("\(customer.id.rawValue)-F\(Self.padded(sequence + 1, 4))")
        var invoice = Invoice(
            id: id, number: "A-0001-\(Self.padded(invoices.count + 1, 8))", customerID: customer.id,
            issueDate: issue, dueDate: due, amount: Money(minorUnits: amount, currency: currency))
        // Whether the invoice is ever paid, then how late: tuned so that about a fifth is overdue.
        let neverPaidPercent: UInt64 = [.punctual: 3, .late: 15, .chronic: 45, .new: 10][habit] ?? 0
        let lateness: Int?
        if rng.next() % 100 < neverPaidPercent {
            lateness = nil
        } else {
            switch habit {
            case .punctual: lateness = Int(rng.next() % 9) - 5
            case .late: lateness = 10 + Int(rng.next() % 31)
            case .chronic: lateness = 30 + Int(rng.next() % 91)
            case .new: lateness = Int(rng.next() % 20) - 3
            }
        }
        let payday = lateness.map { due.adding(days: $0) }
        if let payday, payday <= asOf {
            let partial = habit != .punctual && rng.next() % 10 == 0 && payday.adding(days: 20) > asOf
            let paid = partial ? amount / 2 : amount
            payments.append(
                Payment(
                    id: PaymentID("P-\(id.rawValue)"), customerID: customer.id, date: max(payday, issue),
                    amount: Money(minorUnits: paid, currency: currency), targetInvoiceIDs: [id],
                    allocations: [
                        PaymentAllocation(invoiceID: id, amount: Money(minorUnits: paid, currency: currency))
                    ],
                    reference: "Transferencia \(Self.padded(payments.count + 1, 8))"))
            invoice.balance = Money(minorUnits: amount - paid, currency: currency)
            invoice.status = paid == amount ? .paid : .normal
        }
        if invoice.balance.isPositive, due < asOf, habit != .punctual {
            addCollectionHistory(to: &invoice, customer: customer, habit: habit, payday: payday, rng: &rng)
        }
        invoices.append(invoice)
    }

    /// Promises and disputes around a late invoice, and the status it is left in.
    private mutating func addCollectionHistory(
        to invoice: inout Invoice, customer: Customer, habit: Habit, payday: CivilDate?, rng: inout SplitMix64
    ) {
        let asOf = configuration.asOf
        let collector = customer.collectorID.map(Performer.collector) ?? .system
        let contactDay = invoice.dueDate.adding(days: 7 + Int(rng.next() % 10))
        guard contactDay < asOf else { return }
        let roll = rng.next() % 10
        if roll < 5 {
            let promise = PaymentPromise(date: contactDay.adding(days: 7))
            log(
                invoice, customer: customer, on: contactDay, kind: .outcome, by: collector, status: .promised(promise),
                comment: "Promete pagar el \(promise.date)")
            if promise.date < asOf {
                let kept = habit == .late && (payday.map { $0 <= promise.date.adding(days: 2) } ?? false)
                log(
                    invoice, customer: customer, on: promise.date.adding(days: 3),
                    kind: kept ? .promiseKept : .promiseBroken,
                    by: .system, status: kept ? .paid : .normal, comment: nil)
            } else {
                invoice.status = .promised(promise)
            }
        } else if roll < 6 {
            let dispute = Dispute(
                departmentID: Department.billingID, reason: "Diferencia de precio con la orden de compra",
                openedOn: contactDay)
            log(
                invoice, customer: customer, on: contactDay, kind: .outcome, by: collector, status: .disputed(dispute),
                comment: dispute.reason)
            let resolvedOn = contactDay.adding(days: 5 + Int(rng.next() % 20))
            if resolvedOn < asOf {
                log(
                    invoice, customer: customer, on: resolvedOn, kind: .disputeResolved, by: collector,
                    status: .normal, comment: "Se confirmó el precio facturado")
            } else {
                invoice.status = .disputed(dispute)
            }
        } else if roll < 7, invoice.balance.isPositive {
            let reported = contactDay.adding(days: -2)
            log(
                invoice, customer: customer, on: contactDay, kind: .outcome, by: collector,
                status: .paymentReported(on: reported), comment: "Dice que pagó el \(reported)")
            if invoice.status == .normal { invoice.status = .paymentReported(on: reported) }
        }
    }

    private mutating func log(
        _ invoice: Invoice, customer: Customer, on day: CivilDate, kind: ActivityKind, by performer: Performer,
        status: CollectionStatus, comment: String?
    ) {
        guard day <= configuration.asOf else { return }
        activities.append(
            Activity(
                id: ActivityID("A-\(Self.padded(activities.count + 1, 9))"),
                timestamp: day.startInstant(in: Self.utc).addingTimeInterval(15 * 3_600),
                performedBy: performer, customerID: customer.id, invoiceIDs: [invoice.id], kind: kind,
                channel: kind == .outcome ? .phoneCall : nil, overdueBalances: [invoice.balance],
                daysLate: invoice.daysLate(asOf: day), previousStatus: .normal, newStatus: status, comment: comment))
    }

    private static let utc = TimeZone(identifier: "UTC") ?? TimeZone.current

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
