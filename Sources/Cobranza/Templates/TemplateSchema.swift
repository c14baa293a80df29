/// The variables a template may name: a tree of ``TemplateField``s.
///
/// Templates are checked against a schema when they are compiled, so a typo (`{{custmer.name}}`) or a
/// variable that does not exist fails when the templates are loaded, not when a message is sent.
/// ``TemplateSchema/message`` is the schema of the tree ``MessageContext`` builds; integrators with their
/// own trees declare their own.
///
/// ```swift
/// let schema = TemplateSchema([
///     "customer": TemplateField(.object(TemplateSchema(["name": TemplateField(.text)]))),
///     "invoices": TemplateField(.list(.object(TemplateSchema(["number": TemplateField(.text)])))),
/// ])
/// let template = try Template("Hola {{customer.name}}", id: "greeting", schema: schema)
/// ```
public struct TemplateSchema: Sendable, Hashable {
    /// The variables by name.
    public var fields: [String: TemplateField]

    /// Creates a schema.
    ///
    /// - Parameter fields: The variables by name.
    public init(_ fields: [String: TemplateField]) {
        self.fields = fields
    }

    /// Every variable path with its field, depth first in name order: `customer`, `customer.name`, …;
    /// items of a list are listed under the list's path (`invoices.number` is `{{number}}` inside
    /// `{{#invoices}}`).
    ///
    /// - Returns: The paths and their fields.
    public func flattened() -> [(path: String, field: TemplateField)] {
        var result: [(path: String, field: TemplateField)] = []
        func walk(_ schema: TemplateSchema, prefix: String) {
            for name in schema.fields.keys.sorted() {
                guard let field = schema.fields[name] else { continue }
                let path = prefix.isEmpty ? name : prefix + "." + name
                result.append((path, field))
                var kind = field.kind
                while case .list(let element) = kind { kind = element }
                if case .object(let inner) = kind { walk(inner, prefix: path) }
            }
        }
        walk(self, prefix: "")
        return result
    }
}
