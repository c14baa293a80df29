import Foundation

/// The daily run: the one call an integrator schedules every day.
///
/// ``run(on:)`` does, in order:
/// 1. **Status review** — time-driven transitions (``StatusReview``): broken promises, uncredited reported
///    payments, defaulted payment plans.
/// 2. **Risk** — re-classifies the customers the ``RiskSchedule`` makes due (``RiskClassifier``).
/// 3. **Cadence** — plans the day (``CadencePlanner``), renders each message with the templates and records
///    it in the outbox, with its tasks, action items and the steps it carries out, in one unit of work.
/// 4. **Alerts** — evaluates the alert rules (``AlertEvaluator``) and records the digests in the outbox
///    together with the alert cursor, in one unit of work.
/// 5. **Dispatch** — delivers what the outbox holds (``OutboxDispatcher``).
///
/// ``plan(on:)`` computes the same plan and writes and sends nothing.
///
/// The run depends only on the store's content, the policy and the date; the clock gives timestamps and
/// leases. Every stage commits what it decided atomically and recognises what it already did, so a second
/// run of a date records nothing new, a run after a crash finishes the work, and two engines running the
/// same date on one store deliver every message once. See the guide *Running Cobranza every day*.
///
/// ```swift
/// let engine = try CollectionEngine(
///     store: store, sender: sender, clock: SystemClock(timeZone: buenosAires),
///     calendar: WorkweekCalendar.mondayToFriday, policy: policy)
/// let report = try await engine.run(on: clock.today)
/// ```
public struct CollectionEngine: Sendable {
    let store: any CollectionStore
    let sender: any MessageSender
    let clock: any Clock
    let calendar: any BusinessCalendar
    /// The policy applied (validated).
    public let policy: CollectionPolicy
    let renderer: MessageRenderer
    let alertEvaluator: AlertEvaluator
    let workerID: String
    let observer: (any RunObserver)?
    /// The store's customer partitions when the policy shares customers among engines.
    let partitionStore: (any CustomerPartitionStore)?
    /// How many times a stage reads and plans again when its unit of work meets a concurrent writer.
    let attempts = 5

    /// Creates an engine, validating the policy.
    ///
    /// - Parameters:
    ///   - store: The store.
    ///   - sender: Delivers the messages.
    ///   - clock: Timestamps, leases and the company's time zone.
    ///   - calendar: The business calendar.
    ///   - policy: The company's policies.
    ///   - templates: The message templates; `nil` uses ``TemplateLibrary/standard()``.
    ///   - workerID: This worker's name, unique among engines running at once (host and process id).
    ///   - observer: Receives the run's events.
    /// - Throws: ``CollectionPolicyError`` naming the field path of an invalid policy value (or `templates`
    ///   when the standard templates cannot be loaded).
    public init(
        store: any CollectionStore, sender: any MessageSender, clock: any Clock, calendar: any BusinessCalendar,
        policy: CollectionPolicy, templates: TemplateLibrary? = nil, workerID: String = "cobranza",
        observer: (any RunObserver)? = nil
    ) throws(CollectionPolicyError) {
        try policy.validate()
        let library: TemplateLibrary
        if let templates {
            library = templates
        } else {
            do { library = try TemplateLibrary.standard() } catch {
                throw .invalidValue(field: "templates", reason: error.description)
            }
        }
        do { alertEvaluator = try AlertEvaluator(policy: policy.alerts) } catch { throw .wrapping(error) }
        self.store = store
        self.sender = sender
        self.clock = clock
        self.calendar = calendar
        self.policy = policy
        self.renderer = MessageRenderer(library: library)
        self.workerID = workerID
        self.observer = observer
        if policy.sharing.sharesCustomers {
            guard let partitions = store as? any CustomerPartitionStore else {
                throw .invalidValue(
                    field: "sharing.customerPartitions",
                    reason: "the store does not share customers among engines (it is not a CustomerPartitionStore)")
            }
            partitionStore = partitions
        } else {
            partitionStore = nil
        }
    }

    /// Runs the day: status review → risk (on schedule) → cadence plan and render → alerts → dispatch.
    ///
    /// Each of the first four stages reads, plans and commits one unit of work. When the commit meets a
    /// concurrent writer (a conflict, or a key another engine recorded first) the stage reads the store
    /// again and plans again, so two engines running the same date record everything once.
    ///
    /// When the policy shares customers (``WorkSharingPolicy/customerPartitions`` above 1, on a store that is a
    /// ``CustomerPartitionStore``), the engine claims the day's customer partitions one at a time and runs the
    /// status review, risk and cadence stages for each partition's customers; the engine that finds every
    /// partition finished runs the alerts. Every engine then delivers from the outbox.
    ///
    /// - Parameter date: The day to run, usually the clock's today.
    /// - Returns: What was recorded, skipped, delivered and what failed.
    /// - Throws: ``StoreError`` from the store (what earlier stages committed stays committed; run again).
    public func run(on date: CivilDate) async throws -> RunReport {
        let started = clock.now
        observer?.observe(.runStarted(date: date, dryRun: false))
        var report = RunReport(date: date)
        // Sharing engines run the per-customer stages partition by partition; what is left runs over the whole
        // portfolio: every stage for a lone engine, the alerts once every partition is finished, else nothing.
        var portfolioStages: [RunStage] = [.statusReview, .risk, .cadence, .alerts]
        if let partitionStore {
            let everyPartitionFinished = try await runPartitions(of: partitionStore, on: date, into: &report)
            portfolioStages = everyPartitionFinished ? [.alerts] : []
        }
        if !portfolioStages.isEmpty {
            var state = try await EngineState.load(from: store)
            try await run(portfolioStages, on: date, state: &state, into: &report) {
                try await EngineState.load(from: store)
            }
        }
        let dispatchStarted = clock.now
        observer?.observe(.stageStarted(.dispatch))
        let claimed = try await dispatch(into: &report)
        observer?.observe(.stageFinished(.dispatch, count: claimed, duration: since(dispatchStarted)))
        observer?.observe(.runFinished(date: date, duration: since(started)))
        return report
    }

    /// Runs stages in order, each reading, planning and committing one unit of work, and planning again
    /// from a fresh state when the commit meets a concurrent writer.
    ///
    /// - Parameters:
    ///   - stages: The stages.
    ///   - date: The day.
    ///   - state: The state read for the first stage; updated with each stage's writes.
    ///   - report: The run's report.
    ///   - reload: Reads the state again after a concurrent write.
    /// - Throws: ``StoreError`` from the store; the stages committed before stay committed.
    func run(
        _ stages: [RunStage], on date: CivilDate, state: inout EngineState, into report: inout RunReport,
        reload: () async throws -> EngineState
    ) async throws {
        for stage in stages {
            let stageStarted = clock.now
            observer?.observe(.stageStarted(stage))
            var attempt = 1
            while true {
                let plan = try await self.plan(stage, on: date, state: state)
                do {
                    let result = plan.changes.isEmpty ? CommitResult() : try await store.commit(plan.changes)
                    state.apply(plan.changes, planned: false)
                    record(plan, skippedKeys: Set(result.skippedOutboxKeys), into: &report)
                    observer?.observe(.stageFinished(stage, count: plan.count, duration: since(stageStarted)))
                    break
                } catch let error as StoreError where error.isConcurrentWrite && attempt < attempts {
                    observer?.observe(.stageRetried(stage, attempt: attempt, reason: error.description))
                    attempt += 1
                    state = try await reload()
                }
            }
        }
    }

    /// Dry run: the same plan ``run(on:)`` would carry out; nothing written, nothing sent.
    ///
    /// Each stage sees the previous stages' planned writes, as in a run: a promise found broken feeds the
    /// risk assessment and the alerts, a step planned is not planned twice.
    ///
    /// - Parameter date: The day to plan.
    /// - Returns: The plan.
    /// - Throws: ``StoreError`` from the store's reads.
    public func plan(on date: CivilDate) async throws -> RunPlan {
        let started = clock.now
        observer?.observe(.runStarted(date: date, dryRun: true))
        var state = try await EngineState.load(from: store)
        var report = RunReport(date: date)
        for stage in [RunStage.statusReview, .risk, .cadence, .alerts] {
            let stageStarted = clock.now
            observer?.observe(.stageStarted(stage))
            let plan = try await self.plan(stage, on: date, state: state)
            state.apply(plan.changes, planned: true)
            record(plan, skippedKeys: [], into: &report, observing: false)
            observer?.observe(.stageFinished(stage, count: plan.count, duration: since(stageStarted)))
        }
        let pending = try await store.outboxEntries(matching: OutboxQuery(states: [.pending, .retrying, .claimed]))
        let now = clock.now
        observer?.observe(.runFinished(date: date, duration: since(started)))
        return RunPlan(
            date: date, messages: report.messages, tasks: report.tasks, alerts: report.alerts, skipped: report.skipped,
            statusChanges: report.statusChanges, riskAssessed: report.riskAssessed,
            reclassified: report.reclassified,
            pendingDeliveries: pending.filter { $0.state.isClaimable(at: now) }.map(\.key))
    }

    /// Plans one stage from the state.
    private func plan(_ stage: RunStage, on date: CivilDate, state: EngineState) async throws -> StagePlan {
        switch stage {
        case .statusReview: return try await planStatusReview(on: date, state: state)
        case .risk: return try await planRisk(on: date, state: state)
        case .cadence: return try await planCadence(on: date, state: state)
        case .alerts: return try await planAlerts(on: date, state: state)
        case .dispatch: return StagePlan(stage: .dispatch)
        }
    }

    /// Adds a committed (or planned) stage to the report, leaving out outbox entries that already existed.
    private func record(
        _ plan: StagePlan, skippedKeys: Set<IdempotencyKey>, into report: inout RunReport, observing: Bool = true
    ) {
        let messages = plan.messages.filter { !skippedKeys.contains($0.key) }.map(\.line)
        let alerts = plan.alerts.filter { !skippedKeys.contains($0.key) }.map(\.line)
        report.messages += messages
        report.tasks += plan.tasks
        report.alerts += alerts
        report.skipped += plan.skipped
        report.statusChanges += plan.statusChanges
        report.riskAssessed += plan.riskAssessed
        report.reclassified += plan.reclassified
        guard observing, let observer else { return }
        for message in messages { observer.observe(.messageQueued(message)) }
        for task in plan.tasks { observer.observe(.taskCreated(task)) }
        for alert in alerts { observer.observe(.alertQueued(alert)) }
    }

    /// The time since an instant by the engine's clock.
    private func since(_ start: Date) -> Duration {
        .milliseconds(Int64((clock.now.timeIntervalSince(start) * 1_000).rounded()))
    }
}

extension StoreError {
    /// Whether the error means another writer got there first: a conflict, or a key recorded meanwhile.
    var isConcurrentWrite: Bool {
        switch self {
        case .conflict, .duplicateKey: return true
        case .missingReference, .invalidRecord, .unavailable: return false
        }
    }
}
