/// Identifies a ``Customer``.
public typealias CustomerID = Identifier<Customer>

/// A customer of the company: someone who owes invoices (cliente).
///
/// ```swift
/// let customer = Customer(
///     id: "C-001", name: "Ferretería Don Pepe SRL", taxID: "30-71234567-9",
///     contacts: [Contact(name: "Laura Gómez", role: .billing, email: "pagos@donpepe.com.ar", locale: "es-AR")],
///     collectorID: "ana")
/// ```
public struct Customer: Sendable, Hashable, Codable, Identifiable {
    /// The customer's identifier in the integrator's systems.
    public var id: CustomerID
    /// The legal or trade name.
    public var name: String
    /// The tax identifier (CUIT, RFC, RUT, EIN …).
    public var taxID: String?
    /// The people collections can reach at the customer.
    public var contacts: [Contact]
    /// The postal address, for letters and visits.
    public var postalAddress: String?
    /// The collector responsible for this customer.
    public var collectorID: CollectorID?
    /// VIP customers receive no automatic messages; a collector handles them personally.
    public var isVIP: Bool
    /// Customers excluded from automation receive no automatic messages (for example during a legal case).
    public var isExcludedFromAutomation: Bool
    /// The credit limit granted, if any.
    public var creditLimit: Money?
    /// The date the relationship started.
    public var customerSince: CivilDate?
    /// Free fields carried from the source system (segment, branch, sales rep …).
    public var customFields: [String: String]
    /// The last risk classification, kept by the classifier.
    public var risk: CustomerRisk?
    /// A tier set by hand; it wins over the computed one.
    public var riskTierOverride: RiskTier?

    /// Creates a customer.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - name: The legal or trade name.
    ///   - taxID: The tax identifier.
    ///   - contacts: The people to reach.
    ///   - postalAddress: The postal address.
    ///   - collectorID: The assigned collector.
    ///   - isVIP: Whether the customer is VIP (no automatic messages).
    ///   - isExcludedFromAutomation: Whether automation skips the customer.
    ///   - creditLimit: The credit limit.
    ///   - customerSince: The start of the relationship.
    ///   - customFields: Free fields from the source system.
    ///   - risk: The last risk classification.
    ///   - riskTierOverride: A tier set by hand.
    public init(
        id: CustomerID, name: String, taxID: String? = nil, contacts: [Contact] = [], postalAddress: String? = nil,
        collectorID: CollectorID? = nil, isVIP: Bool = false, isExcludedFromAutomation: Bool = false,
        creditLimit: Money? = nil, customerSince: CivilDate? = nil, customFields: [String: String] = [:],
        risk: CustomerRisk? = nil, riskTierOverride: RiskTier? = nil
    ) {
        self.id = id
        self.name = name
        self.taxID = taxID
        self.contacts = contacts
        self.postalAddress = postalAddress
        self.collectorID = collectorID
        self.isVIP = isVIP
        self.isExcludedFromAutomation = isExcludedFromAutomation
        self.creditLimit = creditLimit
        self.customerSince = customerSince
        self.customFields = customFields
        self.risk = risk
        self.riskTierOverride = riskTierOverride
    }

    /// The tier that applies: the manual override if any, else the classified tier.
    public var effectiveRiskTier: RiskTier? { riskTierOverride ?? risk?.tier }

    /// Whether automatic messages may be sent: neither VIP nor excluded.
    public var receivesAutomaticMessages: Bool { !isVIP && !isExcludedFromAutomation }

    /// The first contact with a role, if any.
    ///
    /// - Parameter role: The role to look for.
    /// - Returns: The first contact with that role.
    public func contact(withRole role: ContactRole) -> Contact? {
        contacts.first { $0.role == role }
    }
}
