/// The languages digests are written in.
public enum AlertLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    /// Spanish.
    case spanish = "es"
    /// English.
    case english = "en"

    /// The language of a locale identifier: Spanish for `es…`, English otherwise.
    ///
    /// - Parameter locale: An identifier such as `es-AR` or `en_US`.
    public init(locale: String) {
        self = locale.lowercased().hasPrefix("es") ? .spanish : .english
    }
}
