/// A person or a mailbox inside the company that receives digests: the person responsible for actions, a
/// department's inbox, a collector.
///
/// ```json
/// {"name": "Marta Ruiz", "emails": ["acciones@empresa.com.ar"], "locale": "es-AR"}
/// ```
public struct AlertAddressee: Sendable, Hashable, Codable {
    /// The name used in the greeting.
    public var name: String
    /// The email addresses digests go to; the first is the main one.
    public var emails: [String]
    /// The locale to write in, such as `es-AR`; `nil` uses the policy's locale.
    public var locale: String?

    /// Creates an addressee.
    ///
    /// - Parameters:
    ///   - name: The name used in the greeting.
    ///   - emails: The email addresses.
    ///   - locale: The locale to write in; `nil` for the policy's.
    public init(name: String, emails: [String], locale: String? = nil) {
        self.name = name
        self.emails = emails
        self.locale = locale
    }

    /// Checks there is at least one address and that each looks like one (`local@domain`, no spaces).
    ///
    /// - Parameter field: The field path of this addressee in the policy, for the error.
    /// - Throws: ``AlertPolicyError/invalidAddress(field:reason:)``.
    public func validate(field: String) throws(AlertPolicyError) {
        guard !emails.isEmpty else { throw .invalidAddress(field: field + ".emails", reason: "no email address") }
        for (index, email) in emails.enumerated() {
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
                !email.contains(where: { $0.isWhitespace })
            else {
                throw .invalidAddress(field: "\(field).emails[\(index)]", reason: "'\(email)' is not an email address")
            }
        }
    }
}
