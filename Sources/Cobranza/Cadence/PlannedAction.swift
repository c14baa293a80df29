import Foundation

/// An action item for the person responsible for actions: the invoices of a customer that reached an
/// ``CadenceStage/action`` step, and what to do about them (suspend service, legal, write off).
public struct PlannedAction: Sendable, Hashable, Codable {
    /// `cadence-action/<customerID>/<action>/<yyyy-MM-dd>`; also the task's id.
    public var key: IdempotencyKey
    /// The customer.
    public var customerID: CustomerID
    /// The customer's collector, for reference.
    public var collectorID: CollectorID?
    /// What to do.
    public var action: CollectionAction
    /// Who must do it: ``TaskAssignee/role(_:)`` with the policy's ``CadencePolicy/actionsRole``.
    public var assignee: TaskAssignee
    /// The day it is due: the plan's day.
    public var dueDate: CivilDate
    /// The id of the leading action step.
    public var leadStepID: String
    /// The (invoice, step) pairs that reached the action.
    public var steps: [PlannedStep]

    /// Creates a planned action.
    ///
    /// - Parameters:
    ///   - key: The action key.
    ///   - customerID: The customer.
    ///   - collectorID: The customer's collector.
    ///   - action: What to do.
    ///   - assignee: Who must do it.
    ///   - dueDate: The day it is due.
    ///   - leadStepID: The leading step's id.
    ///   - steps: The pairs that reached the action.
    public init(
        key: IdempotencyKey, customerID: CustomerID, collectorID: CollectorID?, action: CollectionAction,
        assignee: TaskAssignee, dueDate: CivilDate, leadStepID: String, steps: [PlannedStep]
    ) {
        self.key = key
        self.customerID = customerID
        self.collectorID = collectorID
        self.action = action
        self.assignee = assignee
        self.dueDate = dueDate
        self.leadStepID = leadStepID
        self.steps = steps
    }

    /// The invoices concerned, in order.
    public var invoiceIDs: [InvoiceID] { steps.map(\.invoiceID) }

    /// The follow-up task to store for the person responsible for actions.
    ///
    /// - Parameters:
    ///   - reason: What the person reads, such as "Suspend service: 2 invoices 62 days late".
    ///   - createdAt: When the task is created.
    /// - Returns: A ``TaskKind/action`` task whose id is the key's text.
    public func followUpTask(reason: String, createdAt: Date) -> FollowUpTask {
        FollowUpTask(
            id: TaskID(key.rawValue), customerID: customerID, invoiceIDs: invoiceIDs, assignee: assignee,
            dueDate: dueDate, kind: .action, reason: reason, createdAt: createdAt)
    }
}
