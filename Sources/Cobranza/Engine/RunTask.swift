/// A task the run created for a person: a call, visit or letter of the cadence, an action item, or a
/// follow-up of the status review.
///
/// Encodes with the keys `customer_id`, `assignee`, `due_date`, `reason`, `invoice_ids` (a public contract);
/// the assignee is written `collector:<id>`, `department:<id>` or `role:<name>`.
public struct RunTask: Sendable, Hashable, Codable {
    /// The customer.
    public var customerID: CustomerID
    /// Who must do it.
    public var assignee: TaskAssignee
    /// When it is due.
    public var dueDate: CivilDate
    /// What to do and why.
    public var reason: String
    /// The invoices concerned.
    public var invoiceIDs: [InvoiceID]

    private enum CodingKeys: String, CodingKey {
        case customerID = "customer_id"
        case assignee
        case dueDate = "due_date"
        case reason
        case invoiceIDs = "invoice_ids"
    }

    /// Creates a task line.
    ///
    /// - Parameters:
    ///   - customerID: The customer.
    ///   - assignee: Who must do it.
    ///   - dueDate: When it is due.
    ///   - reason: What to do.
    ///   - invoiceIDs: The invoices.
    public init(
        customerID: CustomerID, assignee: TaskAssignee, dueDate: CivilDate, reason: String, invoiceIDs: [InvoiceID]
    ) {
        self.customerID = customerID
        self.assignee = assignee
        self.dueDate = dueDate
        self.reason = reason
        self.invoiceIDs = invoiceIDs
    }

    /// Creates the line of a stored task.
    ///
    /// - Parameter task: The task.
    public init(_ task: FollowUpTask) {
        self.init(
            customerID: task.customerID, assignee: task.assignee, dueDate: task.dueDate, reason: task.reason,
            invoiceIDs: task.invoiceIDs)
    }

    /// Decodes a task line.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError`, also for an assignee that is not `collector:`, `department:` or `role:`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .assignee)
        guard let assignee = TaskAssignee(text: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .assignee, in: container,
                debugDescription: "Unknown assignee '\(text)': expected collector:<id>, department:<id> or role:<name>")
        }
        self.init(
            customerID: try container.decode(CustomerID.self, forKey: .customerID), assignee: assignee,
            dueDate: try container.decode(CivilDate.self, forKey: .dueDate),
            reason: try container.decode(String.self, forKey: .reason),
            invoiceIDs: try container.decode([InvoiceID].self, forKey: .invoiceIDs))
    }

    /// Encodes the task line.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(customerID, forKey: .customerID)
        try container.encode(assignee.text, forKey: .assignee)
        try container.encode(dueDate, forKey: .dueDate)
        try container.encode(reason, forKey: .reason)
        try container.encode(invoiceIDs, forKey: .invoiceIDs)
    }
}

extension TaskAssignee {
    /// The same person or group as a message recipient.
    var recipient: MessageRecipient {
        switch self {
        case .collector(let id): return .collector(id)
        case .department(let id): return .department(id)
        case .role(let name): return .role(name)
        }
    }

    /// `collector:<id>`, `department:<id>` or `role:<name>`: the ``MessageRecipient/text`` form.
    public var text: String { recipient.text }

    /// Reads ``text``.
    ///
    /// - Parameter text: `collector:<id>`, `department:<id>` or `role:<name>`.
    public init?(text: String) {
        switch MessageRecipient(text: text) {
        case .collector(let id): self = .collector(id)
        case .department(let id): self = .department(id)
        case .role(let name): self = .role(name)
        case .customer, nil: return nil
        }
    }
}
