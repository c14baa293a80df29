/// Locale identifiers as templates use them: normalized (`es_ar` → `es-AR`) and with fallbacks.
enum LocaleTag {
    /// The identifier as `language` or `language-REGION`: `"es_ar.UTF-8"` → `"es-AR"`, `"EN"` → `"en"`.
    ///
    /// - Parameter identifier: A BCP 47 or POSIX identifier.
    /// - Returns: The normalized tag; empty when there is no language.
    static func normalized(_ identifier: String) -> String {
        if isNormalized(identifier) { return identifier }
        let base = identifier.prefix { $0 != "." && $0 != "@" }
        let subtags = base.split { $0 == "-" || $0 == "_" }
        guard let language = subtags.first?.lowercased(), !language.isEmpty else { return "" }
        let region = subtags.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }
        guard let region else { return language }
        return language + "-" + region.uppercased()
    }

    /// Whether an identifier is already `ll`, `lll`, `ll-RR` or `lll-RR` (the common case, checked without
    /// allocating).
    private static func isNormalized(_ identifier: String) -> Bool {
        let bytes = identifier.utf8
        var index = 0
        var languageLength = 0
        var regionLength = 0
        var inRegion = false
        for byte in bytes {
            if byte == UInt8(ascii: "-") && !inRegion && index > 0 {
                inRegion = true
            } else if !inRegion && byte >= 97 && byte <= 122 {
                languageLength += 1
            } else if inRegion && byte >= 65 && byte <= 90 {
                regionLength += 1
            } else {
                return false
            }
            index += 1
        }
        return (2...3).contains(languageLength) && (inRegion ? regionLength == 2 : regionLength == 0)
    }

    /// The language of an identifier: `"es-AR"` → `"es"`.
    ///
    /// - Parameter identifier: A locale identifier.
    /// - Returns: The lower-case language subtag.
    static func language(of identifier: String) -> String {
        String(normalized(identifier).prefix { $0 != "-" })
    }

    /// The tags to try in order: the locale, its language, then the fallback (`es-AR`, `es`, `en`).
    ///
    /// - Parameters:
    ///   - identifier: A locale identifier.
    ///   - fallback: The last resort, or `nil` for none.
    /// - Returns: The distinct tags in order.
    static func candidates(for identifier: String, fallback: String?) -> [String] {
        var result: [String] = []
        _ = first(for: identifier, fallback: fallback) { tag -> Bool? in
            result.append(tag)
            return nil
        }
        return result
    }

    /// The first of ``candidates(for:fallback:)`` that `found` has a value for, the tags tried in order
    /// without building their list (a template look-up for every message).
    ///
    /// - Parameters:
    ///   - identifier: A locale identifier.
    ///   - fallback: The last resort, or `nil` for none.
    ///   - found: The value for a tag, or `nil` to try the next.
    /// - Returns: The first value found, or `nil`.
    static func first<Value>(for identifier: String, fallback: String?, _ found: (String) -> Value?) -> Value? {
        let tag = normalized(identifier)
        if !tag.isEmpty, let value = found(tag) { return value }
        let language = String(tag.prefix { $0 != "-" })
        if !language.isEmpty, language != tag, let value = found(language) { return value }
        guard let fallback else { return nil }
        let last = normalized(fallback)
        guard !last.isEmpty, last != tag, last != language else { return nil }
        return found(last)
    }
}
