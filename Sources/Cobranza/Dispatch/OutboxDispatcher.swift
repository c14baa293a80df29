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
/// lapses and another pass sends the message again. The window is one send long: results are recorded
/// message by message, right after each send. Senders receive the idempotency key so providers that
/// deduplicate drop the second copy.
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
        for entry in entries {
            try await deliver(entry, into: &report)
        }
        return (report, entries.count)
    }

    private func deliver(_ entry: OutboxEntry, into report: inout DispatchReport) async throws {
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
        do {
            try await store.commit(changes)
        } catch StoreError.conflict(.outboxEntry, _, _) {
            report.lostClaims.append(entry.key)
            report.delivered.removeAll { $0 == entry.key }
            report.retrying.removeAll { $0.key == entry.key }
            report.failed.removeAll { $0.key == entry.key }
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
