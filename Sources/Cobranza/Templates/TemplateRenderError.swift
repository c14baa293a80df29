/// A message that cannot be rendered: no template for it, or the values do not fill it.
///
/// Compilation already checks the names and nesting of variables against the schema, so these errors mean
/// the data is incomplete: a required value that is absent or empty in the variable tree.
public enum TemplateRenderError: Error, Sendable, Hashable {
    /// The library has no template for the family and channel in the locale or its fallbacks.
    case templateNotFound(family: String, channel: Channel, locale: String)
    /// A required variable is absent from the tree (or holds a value of another kind).
    case missingValue(template: String, variable: String, line: Int, column: Int)
    /// A required variable is present but renders as empty text.
    case emptyValue(template: String, variable: String, line: Int, column: Int)
    /// A total in a currency does not fit in 64-bit minor units.
    case totalOverflow(currency: String)
}

extension TemplateRenderError: CustomStringConvertible {
    /// A sentence naming the template, the variable and the position.
    public var description: String {
        switch self {
        case .templateNotFound(let family, let channel, let locale):
            return "No template for family '\(family)' on channel '\(channel.rawValue)' in locale '\(locale)' "
                + "or its fallbacks"
        case .missingValue(let template, let variable, let line, let column):
            return "Template '\(template)' line \(line), column \(column): no value for required '\(variable)'"
        case .emptyValue(let template, let variable, let line, let column):
            return "Template '\(template)' line \(line), column \(column): required '\(variable)' is empty"
        case .totalOverflow(let currency):
            return "The total in \(currency) is too large to write"
        }
    }
}
