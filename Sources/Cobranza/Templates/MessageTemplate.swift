/// The source of one message template: a family (the cadence stage, or `statement`), a channel, a language,
/// and the texts that channel needs.
///
/// | Channel                  | Parts                                                                      |
/// |--------------------------|----------------------------------------------------------------------------|
/// | `email`                  | `subject`, `body` (plain text) and `html`                                  |
/// | `whatsapp`               | `whatsApp` (approved name and positional parameters) and `body`: the text registered with WhatsApp, with `{{1}}`, `{{2}}`… for the parameters, rendered as a preview |
/// | `sms`                    | `body`                                                                     |
/// | `letter`                 | `body` and an optional `subject` (the reference line)                      |
/// | `phone_call`, `visit`    | `body` (the script for the collector) and an optional `subject` (the task's title) |
///
/// In JSON:
/// ```json
/// {"family": "friendly", "channel": "sms", "language": "es",
///  "body": "{{company.name}}: {{contact.name}}, le recordamos el saldo vencido de {{total}}. Consultas: {{collector.phone}}"}
/// ```
public struct MessageTemplate: Sendable, Hashable, Codable {
    /// A WhatsApp Business template as the provider approved it.
    public struct WhatsApp: Sendable, Hashable, Codable {
        /// The approved template's name: lower-case letters, digits and `_`.
        public var name: String
        /// The language code it was registered with (`"es"`, `"es_AR"`); `nil` derives it from the
        /// template's language.
        public var languageCode: String?
        /// The parameters in order, each a template rendered to plain text (`"{{contact.name}}"`).
        public var parameters: [String]

        /// Creates a WhatsApp template source.
        ///
        /// - Parameters:
        ///   - name: The approved template's name.
        ///   - languageCode: The registered language code.
        ///   - parameters: The parameter templates, in order.
        public init(name: String, languageCode: String? = nil, parameters: [String]) {
            self.name = name
            self.languageCode = languageCode
            self.parameters = parameters
        }
    }

    /// The family: a cadence stage (`new_invoice`, `upcoming_due`, `friendly`, `direct`, `formal`,
    /// `final_notice`, `action`) or `statement`, or an integrator's own.
    public var family: String
    /// The channel.
    public var channel: Channel
    /// The language (`"es"`, `"en"`) or a locale for a regional variant (`"es-MX"`).
    public var language: String
    /// The email subject, the letter's reference line or the task's title.
    public var subject: String?
    /// The plain-text body: the email's text part, the SMS, the WhatsApp preview, the letter, the script.
    public var body: String
    /// The email's HTML body.
    public var html: String?
    /// The WhatsApp template (WhatsApp only).
    public var whatsApp: WhatsApp?

    /// Creates a template source.
    ///
    /// - Parameters:
    ///   - family: The family.
    ///   - channel: The channel.
    ///   - language: The language or locale.
    ///   - subject: The subject, reference line or title.
    ///   - body: The plain-text body.
    ///   - html: The HTML body (email).
    ///   - whatsApp: The WhatsApp template (WhatsApp).
    public init(
        family: String, channel: Channel, language: String, subject: String? = nil, body: String, html: String? = nil,
        whatsApp: WhatsApp? = nil
    ) {
        self.family = family
        self.channel = channel
        self.language = language
        self.subject = subject
        self.body = body
        self.html = html
        self.whatsApp = whatsApp
    }

    /// The key the template is stored under: family, channel and normalized language.
    public var key: TemplateKey {
        TemplateKey(family: family, channel: channel, language: LocaleTag.normalized(language))
    }
}
