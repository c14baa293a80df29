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
    }

    /// Runs the day: status review → risk (on schedule) → cadence plan and render → alerts → dispatch.
    ///
    /// - Parameter date: The day to run, usually the clock's today.
    /// - Returns: What was recorded, skipped, delivered and what failed.
    /// - Throws: ``StoreError`` from the store (what earlier stages committed stays committed; run again).
    public func run(on date: CivilDate) async throws -> RunReport {
        RunReport(date: date)
    }

    /// Dry run: the same plan ``run(on:)`` would carry out; nothing written, nothing sent.
    ///
    /// - Parameter date: The day to plan.
    /// - Returns: The plan.
    /// - Throws: ``StoreError`` from the store's reads.
    public func plan(on date: CivilDate) async throws -> RunPlan {
        RunPlan(date: date)
    }
}
