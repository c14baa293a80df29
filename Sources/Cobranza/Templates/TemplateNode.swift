/// A compiled piece of a template (internal AST).
indirect enum TemplateNode: Sendable, Hashable {
    /// Literal text from the template.
    case text(String)
    /// `{{path}}`: a value printed with the output's escaping.
    case variable(TemplateReference)
    /// `{{#path}}…{{/path}}` or, when inverted, `{{^path}}…{{/path}}`.
    case section(TemplateReference, inverted: Bool, children: [TemplateNode])
}

/// A variable resolved against the schema at compile time: which scope of the context stack it starts in,
/// the keys below it, and how a money or date value is written.
struct TemplateReference: Sendable, Hashable {
    /// How the value at the path is written.
    enum Accessor: Sendable, Hashable {
        /// As its kind writes it by default.
        case value
        /// `.short` of a date.
        case shortDate
        /// `.long` of a date.
        case longDate
        /// `.iso` of a date.
        case isoDate
        /// `.amount` of money: the number without the symbol.
        case amount
        /// `.currency` of money: the ISO code.
        case currency
    }

    /// The path as written in the tag, for errors.
    var path: String
    /// The index in the context stack where the first key is found (0 is the root).
    var scope: Int
    /// The keys from that scope to the value; empty for `{{.}}`.
    var keys: [String]
    /// How a money or date value is written.
    var accessor: Accessor
    /// The 1-based line of the tag.
    var line: Int
    /// The 1-based column of the tag, in characters.
    var column: Int
}
