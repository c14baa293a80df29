/// An alert digest the run recorded in the outbox for a collector, department or role.
///
/// Encodes with the keys `rule`, `recipient`, `period`, `items` (each `customer_id`, `invoice_ids`), a public
/// contract; the recipient is written `collector:<id>`, `department:<id>`, `role:<name>` or
/// `customer:<id>`.
public struct RunAlert: Sendable, Hashable, Codable {
    /// One customer in the digest.
    public struct Item: Sendable, Hashable, Codable {
        /// The customer.
        public var customerID: CustomerID
        /// Its invoices in the digest.
        public var invoiceIDs: [InvoiceID]

        private enum CodingKeys: String, CodingKey {
            case customerID = "customer_id"
            case invoiceIDs = "invoice_ids"
        }

        /// Creates an item.
        ///
        /// - Parameters:
        ///   - customerID: The customer.
        ///   - invoiceIDs: Its invoices.
        public init(customerID: CustomerID, invoiceIDs: [InvoiceID]) {
            self.customerID = customerID
            self.invoiceIDs = invoiceIDs
        }
    }

    /// The rule's name, such as `broken_promises`.
    public var rule: String
    /// Who receives it.
    public var recipient: MessageRecipient
    /// The period's identifier (`2024-03-04`, `2024-W10`, …).
    public var period: String
    /// The customers reported.
    public var items: [Item]

    private enum CodingKeys: String, CodingKey {
        case rule, recipient, period, items
    }

    /// Creates an alert line.
    ///
    /// - Parameters:
    ///   - rule: The rule.
    ///   - recipient: Who receives it.
    ///   - period: The period's identifier.
    ///   - items: The customers.
    public init(rule: String, recipient: MessageRecipient, period: String, items: [Item]) {
        self.rule = rule
        self.recipient = recipient
        self.period = period
        self.items = items
    }

    /// Creates the line of a digest.
    ///
    /// - Parameter digest: The digest.
    public init(_ digest: AlertDigest) {
        self.init(
            rule: digest.rule, recipient: digest.recipient, period: digest.period.id,
            items: digest.items.map { Item(customerID: $0.customerID, invoiceIDs: $0.invoices.map(\.invoiceID)) })
    }

    /// Decodes an alert line.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError`, also for an unknown recipient form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .recipient)
        guard let recipient = MessageRecipient(text: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .recipient, in: container, debugDescription: "Unknown recipient '\(text)'")
        }
        self.init(
            rule: try container.decode(String.self, forKey: .rule), recipient: recipient,
            period: try container.decode(String.self, forKey: .period),
            items: try container.decode([Item].self, forKey: .items))
    }

    /// Encodes the alert line.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(recipient.text, forKey: .recipient)
        try container.encode(period, forKey: .period)
        try container.encode(items, forKey: .items)
    }
}

extension MessageRecipient {
    /// `customer:<id>`, `collector:<id>`, `department:<id>` or `role:<name>`.
    public var text: String {
        switch self {
        case .customer(let id): return "customer:\(id.rawValue)"
        case .collector(let id): return "collector:\(id.rawValue)"
        case .department(let id): return "department:\(id.rawValue)"
        case .role(let name): return "role:\(name)"
        }
    }

    /// Reads ``text``.
    ///
    /// - Parameter text: `customer:<id>`, `collector:<id>`, `department:<id>` or `role:<name>`.
    public init?(text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let value = String(text[text.index(after: colon)...])
        switch text[..<colon] {
        case "customer": self = .customer(CustomerID(value))
        case "collector": self = .collector(CollectorID(value))
        case "department": self = .department(DepartmentID(value))
        case "role": self = .role(value)
        default: return nil
        }
    }
}
