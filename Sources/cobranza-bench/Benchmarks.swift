import Cobranza
import CobranzaTesting
import Foundation

/// The measured rows for one portfolio size.
struct Benchmarks {
    /// What the portfolio is generated from.
    let configuration: SyntheticPortfolio.Configuration
    /// The portfolio; `nil` while the in-memory daily run holds its own copy in the store.
    private var held: SyntheticPortfolio?
    let scale: Double
    /// The day every row runs on: Monday 2025-11-10, a business day, so the cadence plans something.
    let today: CivilDate
    let timeZone = TimeZone(identifier: "UTC") ?? .gmt
    let policy: CollectionPolicy
    private(set) var rows: [BenchmarkRow] = []
    /// Each part's peak resident memory, in the order the parts ran.
    private(set) var memoryPeaks: [MemoryPeak] = []

    init(customers: Int, scale: Double, seed: UInt64, resultsPerCommit: Int = DispatchPolicy().resultsPerCommit) {
        var policy = CollectionPolicy.standard
        policy.dispatch.resultsPerCommit = resultsPerCommit
        self.policy = policy
        today = CivilDate(daysSinceEpoch: 20_402)  // 2025-11-10, a Monday
        configuration = SyntheticPortfolio.Configuration(customers: customers, asOf: today, seed: seed)
        held = SyntheticPortfolio(configuration)
        self.scale = scale
    }

    /// The portfolio, generated again (deterministically) when a row dropped it.
    var portfolio: SyntheticPortfolio {
        mutating get {
            if let held { return held }
            let generated = SyntheticPortfolio(configuration)
            held = generated
            return generated
        }
    }

    /// Runs the rows of the chosen parts in order, after the baseline.
    ///
    /// - Parameter parts: The parts to run; all of them by default.
    /// - Throws: The first error of a part.
    mutating func run(_ parts: Set<BenchmarkPart> = Set(BenchmarkPart.allCases)) async throws {
        baseline()
        notePeak("portfolio and baseline")
        if parts.contains(.classification) {
            classification()
            notePeak(BenchmarkPart.classification.rawValue)
        }
        if parts.contains(.cadence) {
            try cadence()
            notePeak(BenchmarkPart.cadence.rawValue)
        }
        if parts.contains(.measures) {
            try measures()
            notePeak(BenchmarkPart.measures.rawValue)
        }
        if parts.contains(.memoryRun) {
            try await inMemoryDailyRun()
            notePeak(BenchmarkPart.memoryRun.rawValue)
        }
        if parts.contains(.sqlite) {
            try await sqlite()
            notePeak(BenchmarkPart.sqlite.rawValue)
        }
    }

    /// Records the peak resident memory of the part that just ran and starts the next part's.
    private mutating func notePeak(_ part: String) {
        memoryPeaks.append(MemoryPeak(part: part, scale: scale, bytes: PeakMemory.highWaterMark()))
        PeakMemory.startNewPeak()
    }

    /// Row 1: one pass over the in-memory invoices summing open balances — the floor for whole-portfolio work.
    private mutating func baseline() {
        let invoices = portfolio.invoices
        let (seconds, total) = Stopwatch.measure {
            // A short list, not a dictionary: hashing a currency code per invoice would not be a floor.
            var totals: [(currency: Currency, minorUnits: Int64)] = []
            for invoice in invoices where invoice.isOpen {
                if let index = totals.firstIndex(where: { $0.currency == invoice.balance.currency }) {
                    totals[index].minorUnits &+= invoice.balance.minorUnits
                } else {
                    totals.append((invoice.balance.currency, invoice.balance.minorUnits))
                }
            }
            return totals.map { Money(minorUnits: $0.minorUnits, currency: $0.currency) }
        }
        keep(total)
        append(Self.baselineName, items: invoices.count, unit: "invoices", seconds: seconds)
    }

    /// Row 2: risk classification of every customer from the whole history.
    private mutating func classification() {
        let portfolio = self.portfolio
        let classifier = RiskClassifier(policy: policy.risk, timeZone: timeZone)
        let (seconds, assessments) = Stopwatch.measure {
            classifier.classify(
                customers: portfolio.customers, invoices: portfolio.invoices, payments: portfolio.payments,
                activities: portfolio.activities, asOf: today)
        }
        keep(assessments)
        append(
            "risk classification", items: portfolio.customers.count, unit: "customers", seconds: seconds,
            floor: Self.baselineName, target: "≤ 200 ms at 100k customers")
    }

    /// Row 3: the cadence plan of one day over the open invoices, then rendering every planned message.
    private mutating func cadence() throws {
        let synthetic = self.portfolio
        let open = synthetic.invoices.filter(\.isOpen)
        let portfolio = CadencePortfolio(customers: synthetic.customers, invoices: open)
        let (planSeconds, plan) = Stopwatch.measure {
            CadencePlanner.plan(
                portfolio: portfolio, policy: policy.cadence, calendar: WorkweekCalendar.mondayToFriday, on: today)
        }
        append("cadence plan", items: open.count, unit: "open invoices", seconds: planSeconds, floor: Self.baselineName)

        let renderer = MessageRenderer(library: try TemplateLibrary.standard())
        let (renderSeconds, rendered) = try Stopwatch.measure { () throws -> Int in
            let customers = Dictionary(synthetic.customers.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            let invoices = Dictionary(open.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            let collectors = Dictionary(synthetic.collectors.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            var characters = 0
            for message in plan.messages {
                guard let customer = customers[message.customerID] else { continue }
                let context = MessageContext(
                    customer: customer, contact: message.addressee.contact,
                    invoices: message.invoiceIDs.compactMap { invoices[$0] },
                    otherOverdueInvoices: message.contextInvoiceIDs.compactMap { invoices[$0] },
                    collector: (message.collectorID ?? customer.collectorID).flatMap { collectors[$0] },
                    company: policy.company, today: today, locale: message.addressee.contact?.locale)
                let text = try renderer.render(
                    family: message.templateFamily, channel: message.channel, context: context)
                characters += text.body.utf8.count
            }
            return characters
        }
        keep(rendered)
        append(
            "render planned messages", items: plan.messages.count, unit: "messages", seconds: renderSeconds,
            floor: Self.baselineName)
    }

    /// Row 4: every measure — aging, DSO, CEI, promises, productivity — and the work queues.
    private mutating func measures() throws {
        let portfolio = self.portfolio
        let input = MeasuresInput(
            customers: portfolio.customers, collectors: portfolio.collectors, invoices: portfolio.invoices,
            payments: portfolio.payments, activities: portfolio.activities)
        let request = MeasuresRequest(asOf: today, period: .month(containing: today.adding(months: -1)))
        let (seconds, report) = try Stopwatch.measure {
            try Measures.report(input, request: request, timeZone: timeZone)
        }
        keep(report)
        append(
            "measures and work queues", items: portfolio.invoices.count, unit: "invoices", seconds: seconds,
            floor: Self.baselineName, target: "≤ 300 ms at 1M invoices")
    }

    /// Row 5: the whole daily run on the in-memory store: status review, risk, cadence with rendering,
    /// alerts, and dispatch to an in-memory sender.
    ///
    /// The store is filled in slices (a single change set of the whole portfolio would be a third copy of it),
    /// then the generated portfolio is dropped for the run: the store holds the only copy, as in production.
    private mutating func inMemoryDailyRun() async throws {
        let store: any CollectionStore = InMemoryCollectionStore()
        let invoiceCount = portfolio.invoices.count
        try await Self.fill(store, from: portfolio)
        held = nil
        let report = try await dailyRun(on: store)
        append(
            Self.inMemoryRunName, items: invoiceCount, unit: "invoices", seconds: report.seconds,
            floor: Self.baselineName, target: "≤ 1 s and ≤ 30× baseline at 1M invoices",
            detail: report.detail)
    }

    /// Drops the generated portfolio; the next row that needs it generates it again (deterministically).
    mutating func dropPortfolio() {
        held = nil
    }

    /// Commits a portfolio to a store in slices of at most `slice` records per kind, in the order of
    /// ``SyntheticPortfolio/changeSet()`` (collectors, customers, invoices, payments, activities), so the store
    /// ends up the same (activities at the same log positions) without one change set holding everything.
    static func fill(_ store: any CollectionStore, from portfolio: SyntheticPortfolio, slice: Int = 50_000)
        async throws
    {
        var people = ChangeSet()
        for collector in portfolio.collectors { people.upsert(collector) }
        for customer in portfolio.customers { people.upsert(customer) }
        try await store.commit(people)
        for start in stride(from: 0, to: portfolio.invoices.count, by: slice) {
            var changes = ChangeSet()
            for invoice in portfolio.invoices[start..<min(start + slice, portfolio.invoices.count)] {
                changes.upsert(invoice)
            }
            try await store.commit(changes)
        }
        for start in stride(from: 0, to: portfolio.payments.count, by: slice) {
            var changes = ChangeSet()
            for payment in portfolio.payments[start..<min(start + slice, portfolio.payments.count)] {
                changes.insert(payment)
            }
            try await store.commit(changes)
        }
        for start in stride(from: 0, to: portfolio.activities.count, by: slice) {
            var changes = ChangeSet()
            for activity in portfolio.activities[start..<min(start + slice, portfolio.activities.count)] {
                changes.append(activity)
            }
            try await store.commit(changes)
        }
    }

    /// Runs the engine once on `today` and times it.
    func dailyRun(on store: any CollectionStore) async throws -> (seconds: Double, detail: String) {
        let clock = ManualClock(today: today, timeZone: timeZone)
        let timer = StageTimer()
        let engine = try CollectionEngine(
            store: store, sender: InMemoryMessageSender(clock: clock), clock: clock,
            calendar: WorkweekCalendar.mondayToFriday, policy: policy, observer: timer)
        let (seconds, report) = try await Stopwatch.measure { try await engine.run(on: today) }
        let counts = [
            "\(report.riskAssessed) assessed", "\(report.reclassified) reclassified",
            "\(report.messages.count) messages",
            "\(report.tasks.count) tasks", "\(report.alerts.count) alerts", "\(report.delivered.count) delivered",
            "\(report.statusChanges) status changes",
        ]
        return (seconds, counts.joined(separator: ", ") + "; " + timer.summary + "; " + timer.memorySummary)
    }

    static let baselineName = "baseline: sum open balances"
    static let inMemoryRunName = "daily run, in memory"

    /// Adds a row, with its ratio to the named floor row of the same scale.
    mutating func append(
        _ name: String, items: Int, unit: String, seconds: Double, floor: String? = nil, target: String? = nil,
        detail: String? = nil
    ) {
        let floorSeconds = floor.flatMap { floor in rows.first { $0.name == floor }?.seconds }
        rows.append(
            BenchmarkRow(
                name: name, scale: scale, items: items, unit: unit, seconds: seconds, floor: floor,
                ratioToFloor: floorSeconds.map { $0 > 0 ? seconds / $0 : 0 }, target: target, detail: detail))
    }

    /// Keeps a result observable so the optimiser cannot drop the work that produced it.
    func keep<T>(_ value: T) {
        withExtendedLifetime(value) {}
    }
}
