/// One variable of a ``TemplateSchema``: its kind, whether it may be absent, and what it means.
public struct TemplateField: Sendable, Hashable {
    /// The kind of value.
    public var kind: TemplateValueKind
    /// Whether the value may be absent or empty. A template must guard an optional variable with a section
    /// (`{{#collector.email}}…{{collector.email}}…{{/collector.email}}`) before printing it; a required one
    /// that renders empty is a ``TemplateRenderError/emptyValue(template:variable:line:column:)``.
    public var isOptional: Bool
    /// A sentence that documents the variable.
    public var summary: String

    /// Creates a field.
    ///
    /// - Parameters:
    ///   - kind: The kind of value.
    ///   - isOptional: Whether it may be absent or empty.
    ///   - summary: What it means.
    public init(_ kind: TemplateValueKind, isOptional: Bool = false, summary: String = "") {
        self.kind = kind
        self.isOptional = isOptional
        self.summary = summary
    }
}
