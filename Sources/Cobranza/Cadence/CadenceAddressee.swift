/// Whom a planned contact reaches and where: the contact chosen at the customer and the address on the
/// chosen channel.
public struct CadenceAddressee: Sendable, Hashable, Codable {
    /// The person addressed; `nil` for a letter or visit to a customer with no contacts (the postal address
    /// is used alone).
    public var contact: Contact?
    /// The role the step asked for. When ``contact`` has another role, the customer had no contact with
    /// this one and the planner fell back (escalation → owner → billing; owner → escalation → billing;
    /// billing → escalation → owner).
    public var requestedRole: ContactRole
    /// The address on the channel: an email address, a phone or WhatsApp number, or the postal address for a
    /// letter or visit.
    public var address: String

    /// Creates an addressee.
    ///
    /// - Parameters:
    ///   - contact: The person addressed.
    ///   - requestedRole: The role the step asked for.
    ///   - address: The address on the channel.
    public init(contact: Contact?, requestedRole: ContactRole, address: String) {
        self.contact = contact
        self.requestedRole = requestedRole
        self.address = address
    }

    /// The locale to render in: the contact's, if any.
    public var locale: String? { contact?.locale }
}
