import Foundation

/// Delivers what the outbox holds, exactly once per key across re-runs, crashes and concurrent workers.
///
/// Each pass claims a batch of entries through the store (``Outbox/claimOutboxEntries(_:)``), sends each
/// through the ``MessageSender`` with its idempotency key, and records the result in one unit of work with
/// the activity that logs it:
/// - accepted → ``OutboxState/delivered(_:)`` and a ``ActivityKind/messageSent`` activity;
/// - transient failure → ``OutboxState/retrying(after:lastError:)`` with exponential backoff, until
///   ``DispatchPolicy/maxAttempts``;
/// - permanent failure, or too many attempts → ``OutboxState/failed(reason:)``, a
///   ``ActivityKind/messageFailed`` activity and, for a message to a customer, a call task for the
///   assigned collector (a bounced email becomes a call; nothing falls back silently to another channel).
///
/// ## The one window for a duplicate
/// If the process dies after the provider accepted a message and before its result is recorded, the claim
/// lapses and another pass sends the message again. By default the window is one send long: results are
/// recorded message by message, right after each send. ``DispatchPolicy/resultsPerCommit`` widens it to
/// that many sends for far fewer commits. Senders receive the idempotency key so providers that
/// deduplicate drop the second copy.
///
/// When results recorded together meet a claim another worker took over, each is recorded again alone, so
/// only the lapsed claims are reported lost (``DispatchReport/lostClaims``).
///
/// ```swift
/// let dispatcher = OutboxDispatcher(store: store, sender: smtp, clock: clock, workerID: "host-1/pid-42")
/// let report = try await dispatcher.dispatchAll()
/// print(report.delivered.count, report.failed.count)
/// ```
public struct OutboxDispatcher: Sendable {
    private let store: any CollectionStore
    private let sender: any MessageSender
    private let clock: any Clock
    private let policy: DispatchPolicy
    private let workerID: String

    /// Creates a dispatcher.
    ///
    /// - Parameters:
    ///   - store: The store holding the outbox.
    ///   - sender: Delivers the messages.
    ///   - clock: The source of "now" for claims, leases, retries and receipts.
    ///   - policy: Retry and claim settings.
    ///   - workerID: This worker's name, unique among concurrent workers.
    public init(
        store: any CollectionStore, sender: any MessageSender, clock: any Clock,
        policy: DispatchPolicy = DispatchPolicy(),
        workerID: String
    ) {
        self.store = store
        self.sender = sender
        self.clock = clock
        self.policy = policy
        self.workerID = workerID
    }

    /// Claims and delivers batches until nothing claimable is left now.
    ///
    /// - Returns: What happened to every claimed message.
    /// - Throws: ``StoreError`` from the store; send failures are recorded, not thrown.
    public func dispatchAll() async throws -> DispatchReport {
        var report = DispatchReport()
        while true {
            let pass = try await dispatchBatch()
            report.merge(pass.report)
            if pass.claimed < policy.batchSize { return report }
        }
    }

    /// Claims one batch and delivers it.
    ///
    /// - Returns: The report of the batch and how many entries were claimed.
    /// - Throws: ``StoreError`` from the store.
    public func dispatchBatch() async throws -> (report: DispatchReport, claimed: Int) {
        let now = clock.now
        let claim = OutboxClaim(
            claimant: workerID, now: now, leaseUntil: now.addingTimeInterval(policy.leaseSeconds),
            limit: policy.batchSize)
        let entries = try await store.claimOutboxEntries(claim)
        var report = DispatchReport()
        var unrecorded: [(key: IdempotencyKey, changes: ChangeSet)] = []
        unrecorded.reserveCapacity(policy.resultsPerCommit)
        for entry in entries {
            unrecorded.append((entry.key, await send(entry, into: &report)))
            if unrecorded.count >= policy.resultsPerCommit {
                try await record(unrecorded, into: &report)
                unrecorded.removeAll(keepingCapacity: true)
            }
        }
        try await record(unrecorded, into: &report)
        return (report, entries.count)
    }

    /// Sends one entry and returns the unit of work that records the result.
    private func send(_ entry: OutboxEntry, into report: inout DispatchReport) async -> ChangeSet {
        let changes: ChangeSet
        do {
            let receipt = try await sender.send(entry.message, idempotencyKey: entry.key)
            changes = delivered(entry, receipt: receipt)
            report.delivered.append(entry.key)
        } catch let error {
            let failure = DispatchReport.Failure(key: entry.key, reason: error.reason, attempts: entry.attempts)
            if error.isTransient && entry.attempts < policy.maxAttempts {
                changes = retrying(entry, error: error)
                report.retrying.append(failure)
            } else {
                changes = failed(entry, error: error)
                report.failed.append(failure)
            }
        }
        return changes
    }

    /// Records send results: together in one unit of work, or, when that meets a lapsed claim, each alone.
    private func record(_ results: [(key: IdempotencyKey, changes: ChangeSet)], into report: inout DispatchReport)
        async throws
    {
        guard results.count > 1 else {
            if let result = results.first { try await record(result.changes, of: result.key, into: &report) }
            return
        }
        var together = ChangeSet()
        for result in results { together.merge(result.changes) }
        do {
            try await store.commit(together)
        } catch StoreError.conflict(.outboxEntry, _, _) {
            for result in results { try await record(result.changes, of: result.key, into: &report) }
        }
    }

    /// Records one send result; a lapsed claim moves the entry to the report's lost claims.
    private func record(_ changes: ChangeSet, of key: IdempotencyKey, into report: inout DispatchReport)
        async throws
    {
        do {
            try await store.commit(changes)
        } catch StoreError.conflict(.outboxEntry, _, _) {
            report.lostClaims.append(key)
            report.delivered.removeAll { $0 == key }
            report.retrying.removeAll { $0.key == key }
            report.failed.removeAll { $0.key == key }
        }
    }

    private func delivered(_ entry: OutboxEntry, receipt: DeliveryReceipt) -> ChangeSet {
        var changes = ChangeSet()
        changes.record(OutboxUpdate(key: entry.key, claimant: workerID, state: .delivered(receipt)))
        if case .customer(let customerID) = entry.message.recipient {
            changes.append(
                Activity(
                    id: .delivery(of: entry.key), timestamp: receipt.acceptedAt, performedBy: .system,
                    customerID: customerID, invoiceIDs: entry.message.invoiceIDs, kind: .messageSent,
                    channel: entry.message.channel,
                    comment: "\(entry.message.purpose) sent to \(entry.message.to.joined(separator: ", "))"))
        }
        return changes
    }

    private func retrying(_ entry: OutboxEntry, error: SendError) -> ChangeSet {
        var hint: Double?
        if case .transient(_, let retryAfter) = error { hint = retryAfter }
        let after = clock.now.addingTimeInterval(policy.retryDelay(afterAttempts: entry.attempts, hint: hint))
        var changes = ChangeSet()
        changes.record(
            OutboxUpdate(key: entry.key, claimant: workerID, state: .retrying(after: after, lastError: error.reason)))
        return changes
    }

    private func failed(_ entry: OutboxEntry, error: SendError) -> ChangeSet {
        let now = clock.now
        let reason = error.isTransient ? "gave up after \(entry.attempts) attempts: \(error.reason)" : error.reason
        var changes = ChangeSet()
        changes.record(OutboxUpdate(key: entry.key, claimant: workerID, state: .failed(reason: reason)))
        guard case .customer(let customerID) = entry.message.recipient else { return changes }
        changes.append(
            Activity(
                id: ActivityID("outbox/\(entry.key)/failed"), timestamp: now, performedBy: .system,
                customerID: customerID, invoiceIDs: entry.message.invoiceIDs, kind: .messageFailed,
                channel: entry.message.channel, comment: "\(entry.message.purpose) not delivered: \(reason)"))
        changes.upsert(
            FollowUpTask(
                id: TaskID("outbox/\(entry.key)/call"), customerID: customerID, invoiceIDs: entry.message.invoiceIDs,
                assignee: entry.message.fallbackAssignee, dueDate: CivilDate(instant: now, in: clock.timeZone),
                kind: .call,
                reason: "The \(entry.message.channel.rawValue) \(entry.message.purpose) could not be delivered "
                    + "(\(reason)); call the customer and check its contact data.",
                createdAt: now))
        return changes
    }
}

extension OutgoingMessage {
    /// Who must follow up by hand when the message cannot be delivered: the collector named in the
    /// message's ``OutgoingMessage/collectorID``, else the `collections` role.
    var fallbackAssignee: TaskAssignee {
        if let collectorID { return .collector(collectorID) }
        return .role("collections")
    }
}
