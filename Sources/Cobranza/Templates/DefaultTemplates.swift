/// The default template sets, in Spanish and English.
enum DefaultTemplates {
    /// The families every default set covers.
    static let families = [
        "new_invoice", "upcoming_due", "friendly", "direct", "formal", "final_notice", "action", "statement",
    ]

    /// Every default template.
    static var all: [MessageTemplate] { [] }
}
