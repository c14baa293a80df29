/// A paragraph of a default template, shown always, or only when a variable is present (`when`) or absent
/// (`unless`).
struct DefaultParagraph {
    /// The paragraph's template text, on one line.
    var text: String
    /// The paragraph's HTML, when it is more than one `<p>` (a list); `nil` wraps ``text`` in `<p>`.
    var htmlText: String?
    /// A variable that must be truthy for the paragraph to show.
    var when: String?
    /// A variable that must be falsy for the paragraph to show.
    var unless: String?

    init(_ text: String, html: String? = nil, when: String? = nil, unless: String? = nil) {
        self.text = text
        self.htmlText = html
        self.when = when
        self.unless = unless
    }

    /// The paragraph in a plain-text template, its section tags on their own lines.
    var plain: String { wrap(text, separator: "\n") }

    /// The paragraph in an HTML template, as `<p>`.
    var html: String { wrap(htmlText ?? "<p>" + text + "</p>", separator: "\n") }

    private func wrap(_ content: String, separator: String) -> String {
        var result = content
        if let when { result = "{{#\(when)}}" + separator + result + separator + "{{/\(when)}}" }
        if let unless { result = "{{^\(unless)}}" + separator + result + separator + "{{/\(unless)}}" }
        return result
    }
}

/// Which invoices a default template lists, and how.
enum DefaultListStyle {
    /// New invoices: issue date, due date, amount.
    case issued
    /// Invoices about to fall due: due date, days left, balance; other overdue invoices as context.
    case upcoming
    /// Overdue invoices: due date, days late, balance; other overdue invoices as context.
    case overdue
    /// The whole overdue account: the invoices and the other overdue ones in one list, with the total owed.
    case account
}

/// The words of one family in one language; ``DefaultLanguage`` lays them out for every channel.
struct DefaultFamilyText {
    /// The family.
    var family: String
    /// A short name for task titles: "recordatorio amable".
    var title: String
    /// The email subject and the letter's reference line.
    var subject: String
    /// Paragraphs before the invoice list.
    var intro: [DefaultParagraph]
    /// How the invoices are listed.
    var list: DefaultListStyle
    /// Paragraphs after the invoice list and before the payment instructions.
    var outro: [DefaultParagraph]
    /// The email's closing line: "Saludos cordiales,".
    var closing: String
    /// The SMS text.
    var sms: String
    /// The WhatsApp text as registered, with `{{1}}`, `{{2}}`…
    var whatsApp: String
    /// The WhatsApp parameters, in order.
    var whatsAppParameters: [String]
    /// What a call or visit must achieve.
    var objective: String
    /// What the collector says about why they call.
    var pitch: String
    /// What the collector asks for.
    var ask: String
}
