/// A template that cannot be loaded: bad syntax, an unknown variable, an incomplete message template.
///
/// Every error names the template (`friendly/email/es:html` for the HTML part of the Spanish friendly email)
/// and, for errors inside a template's text, the 1-based line and column where the tag starts.
/// Descriptions name variables and tags, never the values of a customer.
public enum TemplateError: Error, Sendable, Hashable {
    /// A tag names a variable the schema does not declare (or that is out of scope there).
    case unknownVariable(template: String, variable: String, line: Int, column: Int)
    /// A section is opened and never closed.
    case unclosedSection(template: String, section: String, line: Int, column: Int)
    /// A section is closed with another section's name.
    case mismatchedSection(template: String, expected: String, found: String, line: Int, column: Int)
    /// A section is closed that is not open.
    case unexpectedSectionEnd(template: String, section: String, line: Int, column: Int)
    /// `{{` without a matching `}}`.
    case unterminatedTag(template: String, line: Int, column: Int)
    /// A tag the language does not have (`{{{raw}}}`, `{{> partial}}`, `{{&raw}}`) or a malformed name.
    case invalidTag(template: String, tag: String, reason: String, line: Int, column: Int)
    /// A list, object or flag printed as if it were text.
    case notPrintable(template: String, variable: String, line: Int, column: Int)
    /// An optional variable printed outside a section that guards it.
    case unguardedOptional(template: String, variable: String, line: Int, column: Int)
    /// A message template lacks a part its channel needs (an email without a subject).
    case missingPart(template: String, part: String)
    /// A message template has a part its channel does not use (an HTML body on an SMS).
    case unexpectedPart(template: String, part: String)
    /// Two templates share a family, channel and language in one load.
    case duplicateTemplate(template: String)
    /// A family, language or WhatsApp name that is not valid.
    case invalidKey(template: String, field: String, reason: String)
    /// JSON that does not decode, at a coding path such as `templates[3].channel`.
    case invalidJSON(path: String, reason: String)
}

extension TemplateError: CustomStringConvertible {
    /// A sentence naming the template, the position and the problem.
    public var description: String {
        switch self {
        case .unknownVariable(let template, let variable, let line, let column):
            return "Template '\(template)' line \(line), column \(column): unknown variable '\(variable)'"
        case .unclosedSection(let template, let section, let line, let column):
            return "Template '\(template)' line \(line), column \(column): section '\(section)' is never closed"
        case .mismatchedSection(let template, let expected, let found, let line, let column):
            return
                "Template '\(template)' line \(line), column \(column): '{{/\(found)}}' closes a section, "
                + "but the open section is '\(expected)'"
        case .unexpectedSectionEnd(let template, let section, let line, let column):
            return "Template '\(template)' line \(line), column \(column): '{{/\(section)}}' closes no open section"
        case .unterminatedTag(let template, let line, let column):
            return "Template '\(template)' line \(line), column \(column): '{{' has no closing '}}'"
        case .invalidTag(let template, let tag, let reason, let line, let column):
            return "Template '\(template)' line \(line), column \(column): invalid tag '\(tag)': \(reason)"
        case .notPrintable(let template, let variable, let line, let column):
            return
                "Template '\(template)' line \(line), column \(column): '\(variable)' is a list, object or flag; "
                + "use it in a section, not as text"
        case .unguardedOptional(let template, let variable, let line, let column):
            return
                "Template '\(template)' line \(line), column \(column): '\(variable)' may be empty; print it "
                + "inside a section that guards it"
        case .missingPart(let template, let part):
            return "Template '\(template)' has no \(part), which its channel needs"
        case .unexpectedPart(let template, let part):
            return "Template '\(template)' has a \(part), which its channel does not use"
        case .duplicateTemplate(let template):
            return "Template '\(template)' is defined twice"
        case .invalidKey(let template, let field, let reason):
            return "Template '\(template)': invalid \(field): \(reason)"
        case .invalidJSON(let path, let reason):
            return "Templates JSON at '\(path)': \(reason)"
        }
    }
}
