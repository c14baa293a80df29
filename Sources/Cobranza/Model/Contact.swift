/// A person at a customer whom collections can reach.
public struct Contact: Sendable, Hashable, Codable {
    /// The person's name, as it should appear in a greeting.
    public var name: String
    /// The person's role, which decides which messages address them.
    public var role: ContactRole
    /// An email address.
    public var email: String?
    /// A phone number for calls and SMS, preferably in E.164 form (`+5491155550000`).
    public var phone: String?
    /// A WhatsApp number, in E.164 form.
    public var whatsApp: String?
    /// The channel this person prefers, tried first when a cadence step allows it.
    public var preferredChannel: Channel?
    /// A BCP 47 locale for messages and formatting, such as `es-AR` or `en-US`.
    public var locale: String?

    /// Creates a contact.
    ///
    /// - Parameters:
    ///   - name: The person's name.
    ///   - role: The person's role at the customer.
    ///   - email: An email address.
    ///   - phone: A phone number.
    ///   - whatsApp: A WhatsApp number.
    ///   - preferredChannel: The channel the person prefers.
    ///   - locale: A BCP 47 locale such as `es-AR`.
    public init(
        name: String, role: ContactRole = .billing, email: String? = nil, phone: String? = nil,
        whatsApp: String? = nil, preferredChannel: Channel? = nil, locale: String? = nil
    ) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.whatsApp = whatsApp
        self.preferredChannel = preferredChannel
        self.locale = locale
    }

    /// The address this contact has for a channel, if any: email for ``Channel/email``, the WhatsApp
    /// number for ``Channel/whatsApp``, the phone for ``Channel/sms`` and ``Channel/phoneCall``.
    ///
    /// - Parameter channel: A channel.
    /// - Returns: The address, or `nil` when the contact has none for it (letters and visits use the
    ///   customer's postal address instead).
    public func address(for channel: Channel) -> String? {
        switch channel {
        case .email: return email
        case .whatsApp: return whatsApp
        case .sms, .phoneCall: return phone
        case .letter, .visit: return nil
        }
    }
}
