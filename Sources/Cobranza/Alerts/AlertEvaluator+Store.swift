import Foundation

extension AlertEvaluator {
    /// The activity-log events the next run needs: everything after ``eventsPosition(for:)``, in log order.
    ///
    /// - Parameters:
    ///   - log: The activity log (any ``CollectionStore``).
    ///   - cursor: The cursor of the previous run.
    /// - Returns: The events, ordered by position.
    /// - Throws: ``StoreError`` from the log.
    public func newEvents(in log: any ActivityLog, cursor: AlertCursor) async throws -> [LoggedActivity] {
        // From the beginning of the log (a first run): the whole log in one read.
        guard let start = eventsPosition(for: cursor) else { return try await log.activities(matching: .all) }
        return try await StorePages(pageSize: 5_000, cursor: \LoggedActivity.position) { position, limit in
            try await log.activities(matching: .all, after: position ?? start, limit: limit)
        }.collect()
    }

    /// One complete run against a store: load the snapshot and the new events, evaluate, and commit the
    /// digests to the outbox in one unit of work. Store the returned ``AlertEvaluation/cursor`` afterwards.
    ///
    /// ```swift
    /// var cursor = loadCursor() ?? AlertCursor(position: lastLogPositionWhenAlertsWereSwitchedOn)
    /// let run = try await evaluator.run(store: store, clock: clock, cursor: cursor)
    /// saveCursor(run.cursor)
    /// ```
    ///
    /// - Parameters:
    ///   - store: The store: state, activity log and outbox.
    ///   - clock: Today and the company's time zone; `now` stamps the outbox entries.
    ///   - cursor: The cursor of the previous run.
    ///   - renderer: Writes the emails.
    /// - Returns: The evaluation, whose digests are now in the outbox (those already there were skipped).
    /// - Throws: ``StoreError`` from the store, or what the renderer throws.
    public func run(
        store: any CollectionStore, clock: any Clock, cursor: AlertCursor,
        renderer: any AlertDigestRenderer = PlainAlertDigestRenderer()
    ) async throws -> AlertEvaluation {
        let snapshot = try await AlertSnapshot.load(from: store)
        let events = try await newEvents(in: store, cursor: cursor)
        let evaluation = evaluate(snapshot, on: clock.today, timeZone: clock.timeZone, events: events, cursor: cursor)
        let changes = try evaluation.changeSet(renderer: renderer, createdAt: clock.now)
        if !changes.isEmpty { try await store.commit(changes) }
        return evaluation
    }
}
