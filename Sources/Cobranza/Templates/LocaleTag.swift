/// Locale identifiers as templates use them: normalized (`es_ar` → `es-AR`) and with fallbacks.
enum LocaleTag {
    /// The identifier as `language` or `language-REGION`: `"es_ar.UTF-8"` → `"es-AR"`, `"EN"` → `"en"`.
    ///
    /// - Parameter identifier: A BCP 47 or POSIX identifier.
    /// - Returns: The normalized tag; empty when there is no language.
    static func normalized(_ identifier: String) -> String {
        let base = identifier.prefix { $0 != "." && $0 != "@" }
        let subtags = base.split { $0 == "-" || $0 == "_" }
        guard let language = subtags.first?.lowercased(), !language.isEmpty else { return "" }
        let region = subtags.dropFirst().first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }
        guard let region else { return language }
        return language + "-" + region.uppercased()
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
        for tag in [normalized(identifier), language(of: identifier), fallback.map(normalized) ?? ""]
        where !tag.isEmpty && !result.contains(tag) {
            result.append(tag)
        }
        return result
    }
}
