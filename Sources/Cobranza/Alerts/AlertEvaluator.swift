import Foundation

/// Runs the alert rules: a pure function from (state, policy, date, events since the last run) to digests,
/// one per rule, recipient and period.
///
/// ```swift
/// let evaluator = try AlertEvaluator(policy: policy)          // validates the policy
/// let snapshot = try await AlertSnapshot.load(from: store)
/// let events = try await store.activities(matching: .all, after: evaluator.eventsPosition(for: cursor),
///                                         limit: 10_000)
/// let run = evaluator.evaluate(snapshot, on: clock.today, timeZone: clock.timeZone, events: events,
///                              cursor: cursor)
/// try await store.commit(try run.changeSet(createdAt: clock.now))   // digests → outbox
/// cursor = run.cursor                                                 // keep for the next run
/// ```
///
/// For each rule the evaluator decides whether it is due (its ``AlertSchedule`` and the rule's
/// ``AlertMark``), hands it the events after its own position, routes the findings — collectors from the
/// customer assignment, departments and roles from the policy — and groups them into one ``AlertDigest``
/// per recipient, in the rule's order. Empty digests are not produced. Items whose recipient has no address
/// go to the policy's fallback role, or are reported in ``AlertEvaluation/unrouted``.
///
/// ## Re-runs and crashes
/// Commit the digests (``AlertEvaluation/changeSet(renderer:createdAt:)``), then store the returned cursor.
/// A re-run of the same period produces the same keys, which the outbox skips. If the process dies between
/// the commit and storing the cursor, the next run evaluates the rules again from the old cursor: digests
/// already recorded are skipped by key; an event rule whose new run adds events triggers a new digest that
/// repeats the earlier items.
public struct AlertEvaluator: Sendable {
    /// The policy.
    public let policy: AlertPolicy
    /// The rules that run: the policy's built-in rules in their order, then the custom ones.
    public let rules: [any AlertRule]

    /// Creates an evaluator, validating the policy and the custom rules.
    ///
    /// - Parameters:
    ///   - policy: The policy.
    ///   - customRules: The integrator's own rules.
    /// - Throws: ``AlertPolicyError`` naming the rule and the field.
    public init(policy: AlertPolicy, customRules: [any AlertRule] = []) throws(AlertPolicyError) {
        try policy.validate(customRules: customRules)
        self.policy = policy
        self.rules = policy.rules.all + customRules
    }

    /// The log position to read events after for the next run: the smallest position any rule needs.
    ///
    /// - Parameter cursor: The cursor of the previous run.
    /// - Returns: The position, or `nil` to read from the beginning of the log.
    public func eventsPosition(for cursor: AlertCursor) -> Int64? {
        var lowest: Int64?
        for rule in rules {
            guard let position = cursor.position(for: rule.name) else { return nil }
            lowest = min(lowest ?? position, position)
        }
        return lowest ?? cursor.position
    }

    /// Evaluates every due rule.
    ///
    /// - Parameters:
    ///   - snapshot: The state.
    ///   - date: The day of the run.
    ///   - timeZone: The company's time zone (the day of an activity).
    ///   - events: The activity-log events after ``eventsPosition(for:)``, in any order; each rule sees only
    ///     those after its own position.
    ///   - cursor: The cursor of the previous run.
    /// - Returns: The digests, the unrouted items and the next cursor.
    public func evaluate(
        _ snapshot: AlertSnapshot, on date: CivilDate, timeZone: TimeZone, events: [LoggedActivity],
        cursor: AlertCursor
    ) -> AlertEvaluation {
        // The store hands events over in log order: sorted only when they are not (checked by position, without
        // copying the events).
        var inOrder = true
        for index in events.indices.dropFirst() where events[index - 1].position > events[index].position {
            inOrder = false
            break
        }
        let ordered = inOrder ? events : events.sorted { $0.position < $1.position }
        let latest = ordered.last?.position
        var result = AlertEvaluation(cursor: cursor)
        for rule in rules {
            let mark = cursor.marks[rule.name]
            guard let period = rule.schedule.period(on: date) else { continue }
            if rule.schedule != .onEvent, mark?.periodID == period.id { continue }
            let after = cursor.position(for: rule.name)
            let context = AlertContext(
                ruleName: rule.name, date: date, timeZone: timeZone, period: period, previousRunDate: mark?.runDate,
                events: after.map { Self.events(in: ordered, after: $0) } ?? ordered, snapshot: snapshot,
                policy: policy)
            let (digests, unrouted) = route(rule.findings(in: context), of: rule, period: period, date: date, snapshot)
            result.digests += digests
            result.unrouted += unrouted
            let position = after.map { after in latest.map { max(after, $0) } ?? after } ?? latest
            result.cursor.marks[rule.name] = AlertMark(periodID: period.id, runDate: date, position: position)
        }
        return result
    }

    /// The events after a position, from events in log order: the suffix found by binary search, shared with
    /// `ordered` (not copied) when it is all of them.
    static func events(in ordered: [LoggedActivity], after position: Int64) -> [LoggedActivity] {
        var low = 0
        var high = ordered.count
        while low < high {
            let mid = (low + high) / 2
            if ordered[mid].position > position { high = mid } else { low = mid + 1 }
        }
        return low == 0 ? ordered : Array(ordered[low...])
    }

    /// Groups a rule's findings by recipient into digests, sending what cannot be addressed to the fallback.
    private func route(
        _ findings: [AlertFinding], of rule: any AlertRule, period: AlertPeriod, date: CivilDate,
        _ snapshot: AlertSnapshot
    ) -> ([AlertDigest], [UnroutedAlert]) {
        struct Group {
            var addressee: AlertAddressee
            var items: [AlertItem] = []
            var findings: Set<Int> = []
            var position: Int64?

            mutating func add(_ index: Int, _ finding: AlertFinding) {
                guard findings.insert(index).inserted else { return }
                items.append(finding.item)
                if let source = finding.sourcePosition { position = max(position ?? source, source) }
            }
        }
        var groups: [MessageRecipient: Group] = [:]
        var unrouted: [UnroutedAlert] = []
        let fallback = policy.fallbackRole.flatMap { role in policy.roles[role].map { (role, $0) } }

        // Mutates the group in place: copying it out and back would copy its items on every append.
        func add(_ index: Int, to recipient: MessageRecipient, _ addressee: AlertAddressee) {
            groups[recipient, default: Group(addressee: addressee)].add(index, findings[index])
        }

        for (index, finding) in findings.enumerated() {
            var recipients: [MessageRecipient] = []
            for recipient in finding.recipients where !recipients.contains(recipient) { recipients.append(recipient) }
            var problems: [UnroutedAlert.Problem] = recipients.isEmpty ? [.noRecipient] : []
            for recipient in recipients {
                if let addressee = address(of: recipient, in: snapshot) {
                    add(index, to: recipient, addressee)
                } else {
                    problems.append(.noAddress(recipient))
                }
            }
            if !problems.isEmpty, let (role, addressee) = fallback { add(index, to: .role(role), addressee) }
            unrouted += problems.map {
                UnroutedAlert(rule: rule.name, item: finding.item, problem: $0, sentToFallback: fallback != nil)
            }
        }

        let digests = groups.map { recipient, group in
            let locale = group.addressee.locale ?? policy.locale
            return AlertDigest(
                rule: rule.name, recipient: recipient, addressee: group.addressee,
                period: rule.schedule == .onEvent ? .event(on: date, through: group.position) : period,
                locale: locale, wording: rule.wording(in: AlertLanguage(locale: locale)), items: group.items)
        }
        // Each key is built once, not once per comparison.
        let keyed = digests.map { ($0.key, $0) }.sorted { $0.0 < $1.0 }
        return (keyed.map(\.1), unrouted)
    }

    /// The addressee of a recipient: a collector's email, a department's policy entry or record, a role.
    private func address(of recipient: MessageRecipient, in snapshot: AlertSnapshot) -> AlertAddressee? {
        switch recipient {
        case .collector(let id):
            guard let collector = snapshot.collectors[id], let email = collector.email, !email.isEmpty else {
                return nil
            }
            return AlertAddressee(name: collector.name, emails: [email])
        case .department(let id):
            return policy.addressee(for: id, in: snapshot)
        case .role(let name):
            return policy.roles[name]
        case .customer:
            return nil
        }
    }
}
