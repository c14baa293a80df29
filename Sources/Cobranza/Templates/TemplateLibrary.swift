import Foundation

/// The message templates of a company, looked up by family, channel and language.
///
/// Start from the defaults (``standard()``: Spanish and English for every family and channel), override
/// what the company words differently, and hand the library to a ``MessageRenderer``. Every template is
/// compiled and checked against the schema when the library is built, so a broken template fails at load,
/// not at send time.
///
/// ```swift
/// let overrides = try Data(contentsOf: URL(fileURLWithPath: "templates.json"))
/// let library = try TemplateLibrary.standard().overriding(json: overrides)
/// ```
///
/// Lookup falls back from the locale to its language to English: a message for `es-AR` uses an `es-AR`
/// template if there is one, else `es`, else `en`.
public struct TemplateLibrary: Sendable {
    /// The variables templates may name.
    public let schema: TemplateSchema
    private let entries: [TemplateKey: CompiledMessageTemplate]

    /// The language tried last when a locale has no template.
    public static let fallbackLanguage = "en"

    /// Compiles a set of templates.
    ///
    /// - Parameters:
    ///   - templates: The sources.
    ///   - schema: The variables they may name; ``TemplateSchema/message`` for customer messages.
    /// - Throws: ``TemplateError`` for the first invalid template, or
    ///   ``TemplateError/duplicateTemplate(template:)`` when two share a key.
    public init(_ templates: [MessageTemplate], schema: TemplateSchema = .message) throws(TemplateError) {
        var entries: [TemplateKey: CompiledMessageTemplate] = [:]
        for source in templates {
            let compiled = try CompiledMessageTemplate(source, schema: schema)
            guard entries[compiled.key] == nil else { throw .duplicateTemplate(template: compiled.key.description) }
            entries[compiled.key] = compiled
        }
        self.schema = schema
        self.entries = entries
    }

    private init(schema: TemplateSchema, entries: [TemplateKey: CompiledMessageTemplate]) {
        self.schema = schema
        self.entries = entries
    }

    private static let standardLibrary = Result { () throws(TemplateError) -> TemplateLibrary in
        try TemplateLibrary(DefaultTemplates.all)
    }

    /// The default templates: every family (`new_invoice`, `upcoming_due`, `friendly`, `direct`, `formal`,
    /// `final_notice`, `action`, `statement`) on every channel, in Spanish (`es`, neutral *usted*) and
    /// English (`en`). Compiled once per process.
    ///
    /// - Returns: The library.
    /// - Throws: ``TemplateError`` only if the defaults were broken (a test guards against it).
    public static func standard() throws(TemplateError) -> TemplateLibrary {
        try standardLibrary.get()
    }

    /// Loads templates from JSON: `{"templates": [MessageTemplate, …]}`.
    ///
    /// - Parameters:
    ///   - json: The JSON document.
    ///   - schema: The variables the templates may name.
    /// - Throws: ``TemplateError/invalidJSON(path:reason:)`` naming the field when the JSON does not decode,
    ///   or the first template's ``TemplateError``.
    public init(json: Data, schema: TemplateSchema = .message) throws(TemplateError) {
        try self.init(try TemplateLibrary.decodeSources(json), schema: schema)
    }

    /// A library with some templates replaced or added: each override takes the place of the template with
    /// the same family, channel and language, or adds a new one (a regional `es-MX` variant, a family of
    /// the integrator's own).
    ///
    /// - Parameter overrides: The templates to put in.
    /// - Returns: The new library, compiled against the same schema.
    /// - Throws: ``TemplateError`` for an invalid override or two overrides with one key.
    public func overriding(with overrides: [MessageTemplate]) throws(TemplateError) -> TemplateLibrary {
        let replacements = try TemplateLibrary(overrides, schema: schema)
        return TemplateLibrary(
            schema: schema, entries: entries.merging(replacements.entries) { _, replacement in replacement })
    }

    /// A library with the templates of a JSON document (`{"templates": […]}`) replacing or adding to these.
    ///
    /// - Parameter json: The JSON document.
    /// - Returns: The new library.
    /// - Throws: ``TemplateError`` as ``init(json:schema:)``.
    public func overriding(json: Data) throws(TemplateError) -> TemplateLibrary {
        try overriding(with: try TemplateLibrary.decodeSources(json))
    }

    /// The sources of every template, ordered by key.
    public var templates: [MessageTemplate] { keys.compactMap { entries[$0]?.source } }

    /// The keys of every template, ordered.
    public var keys: [TemplateKey] { entries.keys.sorted() }

    /// The template stored under exactly this key.
    ///
    /// - Parameter key: The key.
    /// - Returns: The compiled template, if any.
    public subscript(key: TemplateKey) -> CompiledMessageTemplate? { entries[key] }

    /// The template for a family and channel in a locale, falling back to the locale's language and then to
    /// English: `es-AR` tries `es-AR`, `es`, `en`.
    ///
    /// - Parameters:
    ///   - family: The family.
    ///   - channel: The channel.
    ///   - locale: The message's locale.
    /// - Returns: The compiled template, or `nil` when none of the fallbacks has one.
    public func template(family: String, channel: Channel, locale: String) -> CompiledMessageTemplate? {
        LocaleTag.first(for: locale, fallback: TemplateLibrary.fallbackLanguage) {
            entries[TemplateKey(family: family, channel: channel, language: $0)]
        }
    }

    /// The library as JSON, `{"templates": […]}`, ordered by key: the document ``init(json:schema:)`` loads.
    /// Export the defaults this way to start a company's own set.
    ///
    /// - Returns: Pretty-printed JSON with sorted keys.
    /// - Throws: ``TemplateError/invalidJSON(path:reason:)`` if encoding fails.
    public func jsonData() throws(TemplateError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(TemplateDocument(templates: templates))
        } catch {
            throw .invalidJSON(path: "", reason: String(describing: error))
        }
    }

    private static func decodeSources(_ json: Data) throws(TemplateError) -> [MessageTemplate] {
        do {
            return try JSONDecoder().decode(TemplateDocument.self, from: json).templates
        } catch let error as DecodingError {
            throw TemplateDocument.describe(error)
        } catch {
            throw .invalidJSON(path: "", reason: String(describing: error))
        }
    }
}
