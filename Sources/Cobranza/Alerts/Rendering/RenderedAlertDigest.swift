/// A digest written out: what goes into the email.
public struct RenderedAlertDigest: Sendable, Hashable {
    /// The subject.
    public var subject: String
    /// The plain-text body.
    public var body: String
    /// The HTML body, if the renderer writes one.
    public var htmlBody: String?

    /// Creates a rendered digest.
    ///
    /// - Parameters:
    ///   - subject: The subject.
    ///   - body: The plain-text body.
    ///   - htmlBody: The HTML body.
    public init(subject: String, body: String, htmlBody: String? = nil) {
        self.subject = subject
        self.body = body
        self.htmlBody = htmlBody
    }
}
