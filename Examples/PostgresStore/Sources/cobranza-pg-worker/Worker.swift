import Cobranza
import CobranzaPostgres
import CobranzaTesting
import Foundation
import PostgresNIO

enum Worker {
    static let utc = TimeZone(identifier: "UTC") ?? .gmt

    /// Runs `body` with a running client of at most `connections` connections and a store on `schema`.
    static func withStore<Result: Sendable>(
        schema: String, connections: Int = 4,
        _ body: @Sendable (PostgresCollectionStore) async throws -> Result
    ) async throws -> Result {
        let client = PostgresClient(configuration: PostgresEnvironment.configuration(maximumConnections: connections))
        return try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask {
                await client.run()
                return nil
            }
            let store = try PostgresCollectionStore(client: client, schema: schema)
            let result = try await body(store)
            group.cancelAll()
            return result
        }
    }

    /// The synthetic portfolio the tests and the measurement use.
    static func portfolio(customers: Int, seed: UInt64, date: CivilDate) -> SyntheticPortfolio {
        SyntheticPortfolio(.init(customers: customers, asOf: date, seed: seed))
    }

    /// Creates the schema and commits the portfolio.
    static func seed(_ options: WorkerOptions) async throws {
        let schema = try options.string("schema")
        let portfolio = portfolio(
            customers: try options.int("customers", default: 1_000), seed: UInt64(try options.int("seed", default: 7)),
            date: try options.date())
        try await withStore(schema: schema) { store in
            try await store.migrate()
            try await store.commit(portfolio.changeSet())
        }
        print("seeded schema=\(schema) customers=\(portfolio.customers.count) invoices=\(portfolio.invoices.count)")
    }

    /// Runs the day once and prints a summary line.
    static func run(_ options: WorkerOptions) async throws {
        let schema = try options.string("schema")
        let worker = try options.string("worker")
        let date = try options.date()
        let epoch = Date(timeIntervalSince1970: try options.double("epoch", default: Date().timeIntervalSince1970))
        let clock = WorkerClock(
            start: date.startInstant(in: utc).addingTimeInterval(9 * 3_600), epoch: epoch, timeZone: utc)
        var policy = CollectionPolicy.standard
        policy.dispatch.leaseSeconds = try options.double("lease", default: 600)
        policy.dispatch.batchSize = try options.int("batch", default: 50)
        policy.sharing = WorkSharingPolicy(
            customerPartitions: try options.int("partitions", default: 1),
            leaseSeconds: try options.double("partition-lease", default: 900))
        do { try policy.sharing.validate() } catch {
            throw WorkerError.usage("--partitions/--partition-lease: \(error)")
        }
        let dayPolicy = policy
        let sender = try FileSender(
            path: try options.string("deliveries"), delay: .milliseconds(try options.int("send-delay-ms", default: 0)),
            clock: clock, worker: worker)
        let timer = StageTimer()
        let observer = RunObservers(observers: [
            timer, PartitionHold(milliseconds: try options.int("hold-partition-ms", default: 0)),
        ])
        let started = Date()
        let report = try await withStore(schema: schema) { store in
            try await store.migrate()
            let engine = try CollectionEngine(
                store: store, sender: sender, clock: clock, calendar: WorkweekCalendar.mondayToFriday,
                policy: dayPolicy, workerID: worker, observer: observer)
            return try await engine.run(on: date)
        }
        let seconds = Date().timeIntervalSince(started)
        print(
            "worker=\(worker) recorded=\(report.messages.count + report.alerts.count) "
                + "delivered=\(report.delivered.count) lost=\(report.lostClaims.count) "
                + "failed=\(report.failures.count) partitions=\(report.partitions.map(String.init).joined(separator: ",")) "
                + "seconds=\(String(format: "%.2f", seconds)) \(timer.summary)")
    }
}
