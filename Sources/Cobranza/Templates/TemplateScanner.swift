/// A tag or a run of text found in a template's source.
struct TemplateToken: Sendable, Hashable {
    /// What the token is.
    enum Kind: Sendable, Hashable {
        /// Literal text.
        case text(String)
        /// `{{name}}`.
        case variable(String)
        /// `{{#name}}`.
        case sectionOpen(String)
        /// `{{^name}}`.
        case invertedOpen(String)
        /// `{{/name}}`.
        case sectionClose(String)
        /// `{{! … }}`.
        case comment
    }

    /// What the token is.
    var kind: Kind
    /// The 1-based line where it starts.
    var line: Int
    /// The 1-based column where it starts, in characters.
    var column: Int
}

/// Splits a template's source into text and tags, with positions.
///
/// A section tag or a comment alone on its line ("standalone", with only spaces around it) takes its whole
/// line with it, as in Mustache, so a plain-text template can put `{{#invoices}}` on its own line without
/// leaving blank lines in the output.
enum TemplateScanner {
    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")
    private static let newline = UInt8(ascii: "\n")

    private struct RawTag {
        var kind: TemplateToken.Kind
        var start: Int
        var end: Int
        var lineStart: Int
        var line: Int
        var column: Int
        var canStandAlone: Bool
    }

    /// Scans a source.
    ///
    /// - Parameters:
    ///   - source: The template's text.
    ///   - id: The template's identifier, for errors.
    /// - Returns: The tokens in order.
    /// - Throws: ``TemplateError/unterminatedTag(template:line:column:)`` and
    ///   ``TemplateError/invalidTag(template:tag:reason:line:column:)``.
    static func scan(_ source: String, id: String) throws(TemplateError) -> [TemplateToken] {
        let bytes = Array(source.utf8)
        var tags: [RawTag] = []
        var index = 0
        var line = 1
        var lineStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == newline {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard byte == openBrace, index + 1 < bytes.count, bytes[index + 1] == openBrace else {
                index += 1
                continue
            }
            let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
            var close = index + 2
            while close + 1 < bytes.count, !(bytes[close] == closeBrace && bytes[close + 1] == closeBrace) {
                close += 1
            }
            guard close + 1 < bytes.count else { throw .unterminatedTag(template: id, line: line, column: column) }
            let content = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            let kind = try classify(content, id: id, line: line, column: column)
            let canStandAlone: Bool
            if case .variable = kind { canStandAlone = false } else { canStandAlone = true }
            tags.append(
                RawTag(
                    kind: kind, start: index, end: close + 2, lineStart: lineStart, line: line, column: column,
                    canStandAlone: canStandAlone))
            for position in (index + 2)..<close where bytes[position] == newline {
                line += 1
                lineStart = position + 1
            }
            index = close + 2
        }
        return tokens(from: tags, bytes: bytes)
    }

    /// Turns the tags into tokens, with the text between them and standalone lines removed.
    private static func tokens(from tags: [RawTag], bytes: [UInt8]) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var textStart = 0
        var textLine = 1
        var textColumn = 1
        for tag in tags {
            var consumed = tag.start..<tag.end
            if tag.canStandAlone, let lineEnd = standaloneLineEnd(of: tag, bytes: bytes) {
                consumed = tag.lineStart..<lineEnd
            }
            if consumed.lowerBound > textStart {
                let text = String(decoding: bytes[textStart..<consumed.lowerBound], as: UTF8.self)
                tokens.append(TemplateToken(kind: .text(text), line: textLine, column: textColumn))
            }
            tokens.append(TemplateToken(kind: tag.kind, line: tag.line, column: tag.column))
            textStart = consumed.upperBound
            textLine = tag.line
            textColumn = tag.column
        }
        if textStart < bytes.count {
            let text = String(decoding: bytes[textStart...], as: UTF8.self)
            tokens.append(TemplateToken(kind: .text(text), line: textLine, column: textColumn))
        }
        return tokens
    }

    /// The end of the tag's line (after its line break) when only spaces or tabs share the line with the
    /// tag; `nil` otherwise.
    private static func standaloneLineEnd(of tag: RawTag, bytes: [UInt8]) -> Int? {
        func isBlank(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
        }
        guard bytes[tag.lineStart..<tag.start].allSatisfy(isBlank) else { return nil }
        var position = tag.end
        while position < bytes.count, bytes[position] != newline {
            guard isBlank(bytes[position]) else { return nil }
            position += 1
        }
        return position < bytes.count ? position + 1 : position
    }

    /// The kind of a tag from its content between the braces.
    private static func classify(_ content: String, id: String, line: Int, column: Int) throws(TemplateError)
        -> TemplateToken.Kind
    {
        let trimmed = trim(content)
        guard let sigil = trimmed.first else {
            throw .invalidTag(
                template: id, tag: "{{\(content)}}", reason: "the tag is empty", line: line, column: column)
        }
        let rest = trim(String(trimmed.dropFirst()))
        func name(_ text: String) throws(TemplateError) -> String {
            guard isValidPath(text) else {
                throw .invalidTag(
                    template: id, tag: "{{\(content)}}",
                    reason: "a name is letters, digits and '_' in parts separated by '.', or '.' alone",
                    line: line, column: column)
            }
            return text
        }
        switch sigil {
        case "!": return .comment
        case "#": return .sectionOpen(try name(rest))
        case "^": return .invertedOpen(try name(rest))
        case "/": return .sectionClose(try name(rest))
        case "{", "&":
            throw .invalidTag(
                template: id, tag: "{{\(content)}}",
                reason: "unescaped output is not supported; values are always escaped for the channel",
                line: line, column: column)
        case ">", "=", "<", "$":
            throw .invalidTag(
                template: id, tag: "{{\(content)}}", reason: "partials, blocks and delimiter changes are not supported",
                line: line, column: column)
        default: return .variable(try name(trimmed))
        }
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    private static func trim(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }

    /// Whether a name is `.` or parts of ASCII letters, digits and `_` separated by single dots.
    private static func isValidPath(_ text: String) -> Bool {
        if text == "." { return true }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty
                    && part.utf8.allSatisfy { byte in
                        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
                            || byte == 95
                    }
            }
    }
}
