extension TemplateLibrary: Codable {
    /// Decodes `{"templates": […]}` and compiles it against ``TemplateSchema/message``, so a library can sit
    /// inside a larger policy document.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: A `DecodingError`, or the first template's ``TemplateError``.
    public init(from decoder: any Decoder) throws {
        let document = try TemplateDocument(from: decoder)
        try self.init(document.templates)
    }

    /// Encodes `{"templates": […]}`, ordered by key.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: An `EncodingError`.
    public func encode(to encoder: any Encoder) throws {
        try TemplateDocument(templates: templates).encode(to: encoder)
    }
}
