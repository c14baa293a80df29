/// A way of reaching a customer.
///
/// Automatic channels (``email``, ``whatsApp``, ``sms``, ``letter``) become messages sent through a
/// ``MessageSender``; human channels (``phoneCall``, ``visit``) become follow-up tasks for a collector.
public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Email (correo electrónico).
    case email
    /// WhatsApp Business, through pre-approved templates.
    case whatsApp = "whatsapp"
    /// SMS text message.
    case sms
    /// A printed letter, posted or delivered.
    case letter
    /// A phone call by a collector (llamada).
    case phoneCall = "phone_call"
    /// A visit in person (visita).
    case visit

    /// Whether a person must carry out the contact (a call or a visit) rather than the system.
    public var needsPerson: Bool { self == .phoneCall || self == .visit }
}
