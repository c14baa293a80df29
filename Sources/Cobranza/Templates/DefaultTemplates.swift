/// The default template sets, in Spanish and English: every family on every channel.
enum DefaultTemplates {
    /// The families every default set covers.
    static let families = [
        "new_invoice", "upcoming_due", "friendly", "direct", "formal", "final_notice", "action", "statement",
    ]

    /// Every default template.
    static var all: [MessageTemplate] {
        spanishFamilies.flatMap(DefaultLanguage.spanish.templates(for:))
            + englishFamilies.flatMap(DefaultLanguage.english.templates(for:))
    }
}
