/// Identifies a ``Department``.
public typealias DepartmentID = Identifier<Department>

/// An area of the company that resolves what is not purely a collection matter: disputes and
/// clarifications are routed to it (área responsable).
public struct Department: Sendable, Hashable, Codable, Identifiable {
    /// The identifier.
    public var id: DepartmentID
    /// The department's name.
    public var name: String
    /// The address its alerts go to.
    public var email: String?

    /// Creates a department.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - name: The name.
    ///   - email: The address its alerts go to.
    public init(id: DepartmentID, name: String, email: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
    }

    /// Sales (ventas): price, discount and commercial-terms disputes.
    public static let salesID: DepartmentID = "sales"
    /// Billing (facturación): wrong or missing invoices.
    public static let billingID: DepartmentID = "billing"
    /// Accounting (contabilidad): payments not credited, withholdings.
    public static let accountingID: DepartmentID = "accounting"
    /// Shipping (embarques): goods not received or damaged.
    public static let shippingID: DepartmentID = "shipping"
    /// Customer service (atención al cliente): service complaints.
    public static let customerServiceID: DepartmentID = "customer_service"
}
