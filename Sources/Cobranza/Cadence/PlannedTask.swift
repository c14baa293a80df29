import Foundation

/// A contact a person must make — a phone call, a visit, a letter to prepare and sign — planned for the
/// customer's collector, consolidated per customer, kind and day like ``PlannedMessage``.
///
/// The phone script (or the letter) is rendered later from ``templateFamily`` for ``channel``; turn the
/// planned task into a stored ``FollowUpTask`` with ``followUpTask(reason:createdAt:)``.
public struct PlannedTask: Sendable, Hashable, Codable {
    /// `cadence-task/<customerID>/<kind>/<yyyy-MM-dd>`; also the task's id.
    public var key: IdempotencyKey
    /// The customer.
    public var customerID: CustomerID
    /// Who must do it: the customer's collector, else the policy's ``CadencePolicy/unassignedRole``.
    public var assignee: TaskAssignee
    /// ``TaskKind/call``, ``TaskKind/visit`` or ``TaskKind/letter``.
    public var kind: TaskKind
    /// The day it is due: the plan's day.
    public var dueDate: CivilDate
    /// The channel: ``Channel/phoneCall``, ``Channel/visit`` or ``Channel/letter``.
    public var channel: Channel
    /// Whom to reach and where (a phone number, or the postal address).
    public var addressee: CadenceAddressee
    /// The most severe stage among the steps.
    public var stage: CadenceStage
    /// The template family of the leading step (the phone script or letter).
    public var templateFamily: String
    /// Who speaks for the company, from the leading step (a supervisor's call, a lawyer's letter).
    public var sender: SenderRole
    /// The id of the leading step.
    public var leadStepID: String
    /// The (invoice, step) pairs the task carries out.
    public var steps: [PlannedStep]
    /// The customer's other overdue invoices, for context.
    public var contextInvoiceIDs: [InvoiceID]

    /// Creates a planned task.
    ///
    /// - Parameters:
    ///   - key: The task key.
    ///   - customerID: The customer.
    ///   - assignee: Who must do it.
    ///   - kind: The task kind.
    ///   - dueDate: The day it is due.
    ///   - channel: The channel.
    ///   - addressee: Whom to reach.
    ///   - stage: The most severe stage.
    ///   - templateFamily: The template family.
    ///   - sender: Who speaks.
    ///   - leadStepID: The leading step's id.
    ///   - steps: The pairs carried out.
    ///   - contextInvoiceIDs: Other overdue invoices.
    public init(
        key: IdempotencyKey, customerID: CustomerID, assignee: TaskAssignee, kind: TaskKind, dueDate: CivilDate,
        channel: Channel, addressee: CadenceAddressee, stage: CadenceStage, templateFamily: String,
        sender: SenderRole, leadStepID: String, steps: [PlannedStep], contextInvoiceIDs: [InvoiceID]
    ) {
        self.key = key
        self.customerID = customerID
        self.assignee = assignee
        self.kind = kind
        self.dueDate = dueDate
        self.channel = channel
        self.addressee = addressee
        self.stage = stage
        self.templateFamily = templateFamily
        self.sender = sender
        self.leadStepID = leadStepID
        self.steps = steps
        self.contextInvoiceIDs = contextInvoiceIDs
    }

    /// The invoices that reached a step, in order.
    public var invoiceIDs: [InvoiceID] { steps.map(\.invoiceID) }

    /// The follow-up task to store, with the rendered script or instructions as its reason.
    ///
    /// - Parameters:
    ///   - reason: What the person reads: the rendered phone script, or the letter to sign.
    ///   - createdAt: When the task is created.
    /// - Returns: A task whose id is the key's text, about the steps' invoices.
    public func followUpTask(reason: String, createdAt: Date) -> FollowUpTask {
        FollowUpTask(
            id: TaskID(key.rawValue), customerID: customerID, invoiceIDs: invoiceIDs, assignee: assignee,
            dueDate: dueDate, kind: kind, reason: reason, createdAt: createdAt)
    }
}
