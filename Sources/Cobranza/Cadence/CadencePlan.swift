/// What the cadence does on one day: messages to send, tasks for collectors, action items, and the steps it
/// passed over with the reason.
///
/// A plan is data: nothing has happened yet. Carry it out by rendering each message and recording it in the
/// outbox under its key, storing the tasks, and recording ``plannedSteps`` as done — in one unit of work.
public struct CadencePlan: Sendable, Hashable, Codable {
    /// The day planned for.
    public var date: CivilDate
    /// Whether the day is a business day; on other days nothing is planned and steps wait.
    public var isBusinessDay: Bool
    /// The consolidated messages, in the order of the portfolio's customers.
    public var messages: [PlannedMessage]
    /// Calls, visits and letters to sign, in the order of the portfolio's customers.
    public var tasks: [PlannedTask]
    /// Action items for the person responsible for actions.
    public var actions: [PlannedAction]
    /// Steps due but not planned, with the reason.
    public var skips: [CadenceSkip]

    /// Creates a plan.
    ///
    /// - Parameters:
    ///   - date: The day.
    ///   - isBusinessDay: Whether the day is a business day.
    ///   - messages: The messages.
    ///   - tasks: The tasks.
    ///   - actions: The action items.
    ///   - skips: The skipped steps.
    public init(
        date: CivilDate, isBusinessDay: Bool, messages: [PlannedMessage] = [], tasks: [PlannedTask] = [],
        actions: [PlannedAction] = [], skips: [CadenceSkip] = []
    ) {
        self.date = date
        self.isBusinessDay = isBusinessDay
        self.messages = messages
        self.tasks = tasks
        self.actions = actions
        self.skips = skips
    }

    /// Every (invoice, step) pair the plan carries out, each once: record them as done with the plan.
    public var plannedSteps: [CadenceStepKey] {
        var seen: Set<CadenceStepKey> = []
        var keys: [CadenceStepKey] = []
        let all = messages.flatMap(\.steps) + tasks.flatMap(\.steps) + actions.flatMap(\.steps)
        for step in all where seen.insert(step.key).inserted { keys.append(step.key) }
        return keys
    }

    /// Whether the plan does nothing.
    public var isEmpty: Bool { messages.isEmpty && tasks.isEmpty && actions.isEmpty }
}
