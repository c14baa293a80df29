/// A WhatsApp Business message: the name of a template the provider approved, its language and its
/// positional parameters. WhatsApp accepts no free text for business-initiated messages.
public struct WhatsAppTemplateMessage: Sendable, Hashable, Codable {
    /// The approved template's name, for example `"cobranza_recordatorio_amable"`.
    public var templateName: String
    /// The template's language code as registered, for example `"es_AR"`.
    public var languageCode: String
    /// The values of `{{1}}`, `{{2}}`, … in order.
    public var parameters: [String]

    /// Creates a template message.
    ///
    /// - Parameters:
    ///   - templateName: The approved template's name.
    ///   - languageCode: The template's language code.
    ///   - parameters: The positional parameters.
    public init(templateName: String, languageCode: String, parameters: [String]) {
        self.templateName = templateName
        self.languageCode = languageCode
        self.parameters = parameters
    }
}
