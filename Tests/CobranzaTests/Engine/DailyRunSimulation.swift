import Cobranza
import Foundation

/// What the 120 days produced: each day's run report, the report of running the same day again, every
/// delivery with the invoices as they stood when it was sent, and the tasks left in the store.
struct DailyRunRecord: Sendable {
    /// The dry run made before each day's run, by scenario day.
    var plans: [RunPlan]
    /// Days whose dry run sent something or changed the store (must stay empty).
    var plansThatWrote: [String]
    /// The first run of each day, by scenario day.
    var reports: [RunReport]
    /// A second run of the same day, half an hour later.
    var reruns: [RunReport]
    /// Every delivery, in order.
    var sent: [WatchingSender.Sent]
    /// Deliveries made by the second runs (must stay empty).
    var sentByReruns: [WatchingSender.Sent]
    /// Every task in the store at the end.
    var tasks: [FollowUpTask]
    /// Every invoice at the end.
    var invoices: [Invoice]
    /// Store reads that failed while sending.
    var readFailures: [String]
    /// The `cadence_step` activities the runs logged (one per invoice and step carried out) on invoices
    /// issued before the day of the step: the sends the step-effectiveness measure counts.
    var stepsOnEarlierInvoices = 0
    /// The measures of the whole scenario, seen from its last day.
    var measures: MeasuresReport?
}

/// Drives the scenario: each day, the customers' and collectors' actions at 08:00 through the public APIs,
/// then `engine.run(on:)` at 09:00 and a second run at 09:30. Simulated once per test process and shared by
/// the tests.
enum DailyRunSimulation {
    static let shared = Task { try await simulate() }
    /// The same 120 days run by three engines at once sharing the customers in five partitions.
    static let sharedByThreeEngines = Task { try await simulate(engines: 3, partitions: 5) }

    /// Runs the scenario.
    ///
    /// - Parameters:
    ///   - count: How many engines run each day (and each re-run) at once.
    ///   - partitions: The policy's ``WorkSharingPolicy/customerPartitions``.
    /// - Returns: What the days produced.
    /// - Throws: ``ScenarioError`` or a store error.
    static func simulate(engines count: Int = 1, partitions: Int = 1) async throws -> DailyRunRecord {
        let store: any CollectionStore = InMemoryCollectionStore()
        try await store.commit(DailyRunPortfolio.setup)
        let clock = ManualClock(now: DailyRunPortfolio.instant(0, hour: 8), timeZone: DailyRunPortfolio.timeZone)
        let sender = WatchingSender(store: store, clock: clock)
        var policy = DailyRunPortfolio.policy
        policy.sharing.customerPartitions = partitions
        let engines = try (1...count).map { number in
            try CollectionEngine(
                store: store, sender: sender, clock: clock, calendar: DailyRunPortfolio.calendar, policy: policy,
                workerID: "engine-\(number)")
        }
        let engine = engines[0]

        var record = DailyRunRecord(
            plans: [], plansThatWrote: [], reports: [], reruns: [], sent: [], sentByReruns: [], tasks: [], invoices: [],
            readFailures: [])
        for number in 0..<DailyRunPortfolio.length {
            let date = DailyRunPortfolio.day(number)
            for (index, action) in DailyRunBehaviour.actions(on: number).enumerated() {
                let timestamp = DailyRunPortfolio.instant(number, hour: 8, minute: index)
                clock.set(to: timestamp)
                do {
                    try await DailyRunBehaviour.apply(action, to: store, at: timestamp, day: number)
                } catch {
                    throw ScenarioError(day: date, action: action.description, error: "\(error)")
                }
            }
            clock.set(to: DailyRunPortfolio.instant(number, hour: 8, minute: 55))
            let beforePlan = try await Fingerprint(store, sender)
            record.plans.append(try await engine.plan(on: date))
            if try await Fingerprint(store, sender) != beforePlan { record.plansThatWrote.append("\(date)") }
            clock.set(to: DailyRunPortfolio.instant(number, hour: 9))
            record.reports.append(try await runAtOnce(engines, on: date))
            let before = await sender.sent.count
            clock.set(to: DailyRunPortfolio.instant(number, hour: 9, minute: 30))
            record.reruns.append(try await runAtOnce(engines, on: date))
            record.sentByReruns += await sender.sent[before...]
        }
        record.sent = await sender.sent
        record.readFailures = await sender.readFailures
        record.tasks = try await store.tasks(matching: TaskQuery())
        record.invoices = try await store.invoices(matching: .all)
        let issued = Dictionary(uniqueKeysWithValues: record.invoices.map { ($0.id, $0.issueDate) })
        record.stepsOnEarlierInvoices = try await store.activities(matching: .all).filter { logged in
            let step = logged.activity
            let day = CivilDate(instant: step.timestamp, in: DailyRunPortfolio.timeZone)
            return step.kind == .cadenceStep && step.invoiceIDs.allSatisfy { issued[$0].map { $0 < day } ?? false }
        }.count
        let last = DailyRunPortfolio.day(DailyRunPortfolio.length - 1)
        record.measures = try await store.measures(
            MeasuresRequest(asOf: last, period: MeasurePeriod(start: DailyRunPortfolio.start, end: last)),
            timeZone: DailyRunPortfolio.timeZone, calendar: DailyRunPortfolio.calendar)
        return record
    }
}

extension DailyRunSimulation {
    /// Runs every engine on the date at once and merges their reports into one.
    static func runAtOnce(_ engines: [CollectionEngine], on date: CivilDate) async throws -> RunReport {
        guard engines.count > 1 else { return try await engines[0].run(on: date) }
        let reports = try await withThrowingTaskGroup(of: RunReport.self) { group in
            for engine in engines { group.addTask { try await engine.run(on: date) } }
            var reports: [RunReport] = []
            for try await report in group { reports.append(report) }
            return reports
        }
        var merged = RunReport(date: date)
        for report in reports {
            merged.messages += report.messages
            merged.tasks += report.tasks
            merged.alerts += report.alerts
            merged.skipped += report.skipped
            merged.delivered += report.delivered
            merged.failures += report.failures
            merged.lostClaims += report.lostClaims
            merged.statusChanges += report.statusChanges
            merged.riskAssessed += report.riskAssessed
            merged.reclassified += report.reclassified
            merged.partitions += report.partitions
        }
        return merged
    }
}

/// What a dry run must not change: deliveries, outbox, tasks, activity log, invoices.
private struct Fingerprint: Equatable {
    var deliveries: Int
    var outbox: Int
    var tasks: Int
    var activities: Int
    var invoices: [Invoice]

    init(_ store: any CollectionStore, _ sender: WatchingSender) async throws {
        deliveries = await sender.sent.count
        outbox = try await store.outboxEntries(matching: .all).count
        tasks = try await store.tasks(matching: TaskQuery()).count
        activities = try await store.activities(matching: .all).count
        invoices = try await store.invoices(matching: .all)
    }
}

/// An action of the script that the public API refused.
struct ScenarioError: Error, CustomStringConvertible {
    var day: CivilDate
    var action: String
    var error: String

    var description: String { "On \(day), '\(action)' failed: \(error)" }
}
