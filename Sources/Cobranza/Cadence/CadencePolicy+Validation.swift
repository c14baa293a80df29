extension CadencePolicy {
    /// Checks that the policy makes sense, naming the first field that does not.
    ///
    /// Rules:
    /// - `tiers` is not empty and `defaultTier` names one of them; `minimumGapDays` is not negative;
    ///   `actionsRole` and `unassignedRole` are not empty; amounts are not negative, one per currency.
    /// - In each tier, step ids are non-empty and unique; triggers count at least 1 day; `new_invoice` and
    ///   `upcoming_due` steps trigger on or before the due date and every other stage after it.
    /// - Every step but an `action` step lists at least one channel, none twice; the template family is not
    ///   empty; `action` is set exactly on `action` steps; `signed` needs the `letter` channel; a condition's
    ///   `portfolioStages`, when present, is not empty.
    /// - The action stage stops reminders: every other step of a tier triggers before its first action step.
    ///
    /// - Throws: ``PolicyError`` with the field path, such as `tiers.C.steps[2].trigger`.
    public func validate() throws(PolicyError) {
        guard !tiers.isEmpty else { throw .missingValue(field: "tiers") }
        let names = tiers.keys.map(\.name).sorted()
        guard tiers[defaultTier] != nil else {
            throw .invalidValue(
                field: "defaultTier",
                reason: "'\(defaultTier)' names no tier of 'tiers' (\(names.joined(separator: ", ")))")
        }
        guard minimumGapDays >= 0 else {
            throw .invalidValue(field: "minimumGapDays", reason: "must not be negative")
        }
        guard !actionsRole.isEmpty else { throw .missingValue(field: "actionsRole") }
        guard !unassignedRole.isEmpty else { throw .missingValue(field: "unassignedRole") }
        try Self.validate(amounts: minimumBalance, field: "minimumBalance")
        for name in names {
            guard let cadence = tiers[RiskTier(name)] else { continue }
            try Self.validate(cadence, field: "tiers.\(name)")
        }
    }

    private static func validate(amounts: [Money], field: String) throws(PolicyError) {
        var seen: Set<Currency> = []
        for (index, amount) in amounts.enumerated() {
            guard !amount.isNegative else {
                throw .invalidValue(field: "\(field)[\(index)]", reason: "must not be negative")
            }
            guard seen.insert(amount.currency).inserted else {
                throw .invalidValue(
                    field: "\(field)[\(index)]", reason: "repeats the currency \(amount.currency.code)")
            }
        }
    }

    private static func validate(_ cadence: Cadence, field: String) throws(PolicyError) {
        var ids: [String: Int] = [:]
        for (index, step) in cadence.steps.enumerated() {
            let path = "\(field).steps[\(index)]"
            try validate(step, field: path)
            if let first = ids[step.id] {
                throw .invalidValue(field: "\(path).id", reason: "'\(step.id)' is already the id of steps[\(first)]")
            }
            ids[step.id] = index
        }
        let actions = cadence.steps.filter { $0.stage == .action }
        guard let firstAction = actions.min(by: { ($0.trigger.dueOffset ?? 0) < ($1.trigger.dueOffset ?? 0) }),
            let actionDay = firstAction.trigger.dueOffset
        else { return }
        for (index, step) in cadence.steps.enumerated() where step.stage != .action {
            if let day = step.trigger.dueOffset, day >= actionDay {
                throw .invalidValue(
                    field: "\(field).steps[\(index)].trigger",
                    reason:
                        "'\(step.trigger.text)' is not before the action step '\(firstAction.id)' "
                        + "(\(firstAction.trigger.text)); the action stage stops reminders")
            }
        }
    }

    private static func validate(_ step: CadenceStep, field: String) throws(PolicyError) {
        guard !step.id.isEmpty else { throw .missingValue(field: "\(field).id") }
        switch step.trigger {
        case .daysBeforeDue(let days) where days < 1, .daysAfterDue(let days) where days < 1:
            throw .invalidValue(field: "\(field).trigger", reason: "the number of days must be at least 1")
        default: break
        }
        if step.stage.isPreDue != step.trigger.isPreDue {
            throw .invalidValue(
                field: "\(field).trigger",
                reason: step.stage.isPreDue
                    ? "a '\(step.stage.rawValue)' step must trigger on or before the due date, not "
                        + "'\(step.trigger.text)'"
                    : "a '\(step.stage.rawValue)' step must trigger after the due date, not '\(step.trigger.text)'")
        }
        if step.channels.isEmpty && step.stage != .action {
            throw .missingValue(field: "\(field).channels")
        }
        var channels: Set<Channel> = []
        for (index, channel) in step.channels.enumerated() where !channels.insert(channel).inserted {
            throw .invalidValue(field: "\(field).channels[\(index)]", reason: "'\(channel.rawValue)' is listed twice")
        }
        guard !step.template.isEmpty else { throw .missingValue(field: "\(field).template") }
        if step.stage == .action && step.action == nil { throw .missingValue(field: "\(field).action") }
        if step.stage != .action, let action = step.action {
            throw .invalidValue(
                field: "\(field).action", reason: "'\(action.rawValue)' is only allowed on an 'action' step")
        }
        if step.signed && !step.channels.contains(.letter) {
            throw .invalidValue(field: "\(field).signed", reason: "a signed step needs the 'letter' channel")
        }
        if let conditions = step.conditions {
            try validate(amounts: conditions.minimumBalance, field: "\(field).conditions.minimumBalance")
            if let stages = conditions.portfolioStages, stages.isEmpty {
                throw .invalidValue(
                    field: "\(field).conditions.portfolioStages", reason: "must list at least one stage or be omitted")
            }
        }
    }
}
