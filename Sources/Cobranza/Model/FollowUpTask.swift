import Foundation

/// Identifies a ``FollowUpTask``.
public typealias TaskID = Identifier<FollowUpTask>

/// Something a person must do on a date: call a customer back, visit, sign a letter, act on a debt.
public struct FollowUpTask: Sendable, Hashable, Codable, Identifiable {
    /// The identifier; derive it from its cause so a retry cannot create it twice.
    public var id: TaskID
    /// The customer concerned.
    public var customerID: CustomerID
    /// The invoices concerned.
    public var invoiceIDs: [InvoiceID]
    /// Who must do it.
    public var assignee: TaskAssignee
    /// The day it is due.
    public var dueDate: CivilDate
    /// What kind of task it is.
    public var kind: TaskKind
    /// Why it exists, in words a collector reads (may carry a rendered phone script).
    public var reason: String
    /// When it was created.
    public var createdAt: Date
    /// When it was done, if it was.
    public var completedAt: Date?

    /// Creates a task.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - customerID: The customer concerned.
    ///   - invoiceIDs: The invoices concerned.
    ///   - assignee: Who must do it.
    ///   - dueDate: The day it is due.
    ///   - kind: The kind of task.
    ///   - reason: Why it exists.
    ///   - createdAt: When it was created.
    ///   - completedAt: When it was done.
    public init(
        id: TaskID, customerID: CustomerID, invoiceIDs: [InvoiceID] = [], assignee: TaskAssignee, dueDate: CivilDate,
        kind: TaskKind, reason: String, createdAt: Date, completedAt: Date? = nil
    ) {
        self.id = id
        self.customerID = customerID
        self.invoiceIDs = invoiceIDs
        self.assignee = assignee
        self.dueDate = dueDate
        self.kind = kind
        self.reason = reason
        self.createdAt = createdAt
        self.completedAt = completedAt
    }

    /// Whether the task is still to be done.
    public var isOpen: Bool { completedAt == nil }
}
