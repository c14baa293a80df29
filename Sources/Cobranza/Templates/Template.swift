/// A compiled template: parsed and checked once, rendered many times.
///
/// The language is a small Mustache:
///
/// | Tag                      | Meaning                                                                  |
/// |--------------------------|--------------------------------------------------------------------------|
/// | `{{customer.name}}`      | prints a value (a dotted path), escaped for the output                   |
/// | `{{#invoices}}…{{/invoices}}` | repeats for each item of a list; shows once for a present, non-empty value |
/// | `{{^promise}}…{{/promise}}` | shows when the value is absent, empty, zero or `false`                 |
/// | `{{! a comment }}`       | nothing                                                                  |
/// | `{{.}}`                  | the current item (inside a section over a list of texts)                 |
/// | `{{due_date.long}}`      | a date's long form; also `.short`, `.iso`; money has `.amount`, `.currency` |
///
/// Names are looked up from the innermost section outwards. Every name is checked against a
/// ``TemplateSchema`` when the template is compiled: an unknown variable, a section left open or closed with
/// the wrong name, or an optional value printed without a section that guards it is a ``TemplateError``
/// naming the template, line and column. There is no unescaped output and no partials: values from
/// customers are data, and the rendered text is never read as a template again.
///
/// ```swift
/// let template = try Template(
///     "{{#invoices}}Factura {{number}}: {{balance}}\n{{/invoices}}", id: "list", schema: .message)
/// let text = try template.render(context.variables(), formatting: TemplateFormatting(localeIdentifier: "es-AR"))
/// ```
public struct Template: Sendable, Hashable {
    /// The template's identifier, used in errors, such as `friendly/email/es:html`.
    public let id: String
    /// The source text.
    public let source: String
    /// The compiled tree.
    let nodes: [TemplateNode]

    /// Compiles a template.
    ///
    /// - Parameters:
    ///   - source: The template's text.
    ///   - id: An identifier for errors.
    ///   - schema: The variables the template may name.
    /// - Throws: ``TemplateError`` naming the template, line and column of the first problem.
    public init(_ source: String, id: String, schema: TemplateSchema) throws(TemplateError) {
        let tokens = try TemplateScanner.scan(source, id: id)
        var compiler = TemplateCompiler(id: id, schema: schema)
        self.nodes = try compiler.compile(tokens)
        self.id = id
        self.source = source
    }

    /// The variable paths the template names, in order of appearance, each once.
    public var variables: [String] {
        var seen: Set<String> = []
        var result: [String] = []
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text: continue
                case .variable(let reference):
                    if seen.insert(reference.path).inserted { result.append(reference.path) }
                case .section(let reference, _, let children):
                    if seen.insert(reference.path).inserted { result.append(reference.path) }
                    walk(children)
                }
            }
        }
        walk(nodes)
        return result
    }

    /// The root keys the template reads (the first key of every name resolved in the root scope), or `nil`
    /// when it reads the root itself.
    var rootKeys: Set<String>? {
        var keys: Set<String> = []
        func walk(_ nodes: [TemplateNode]) -> Bool {
            for node in nodes {
                switch node {
                case .text: continue
                case .variable(let reference):
                    guard reference.scope != 0 || Template.addRootKey(of: reference, to: &keys) else { return false }
                case .section(let reference, _, let children):
                    guard reference.scope != 0 || Template.addRootKey(of: reference, to: &keys) else { return false }
                    guard walk(children) else { return false }
                }
            }
            return true
        }
        return walk(nodes) ? keys : nil
    }

    private static func addRootKey(of reference: TemplateReference, to keys: inout Set<String>) -> Bool {
        guard let first = reference.keys.first else { return false }
        keys.insert(first)
        return true
    }

    /// Renders the template from a variable tree.
    ///
    /// - Parameters:
    ///   - values: The root of the variable tree (an object).
    ///   - escaping: How printed values are escaped: ``TemplateEscaping/html`` for HTML bodies.
    ///   - formatting: How money and dates are written.
    /// - Returns: The text.
    /// - Throws: ``TemplateRenderError/missingValue(template:variable:line:column:)`` or
    ///   ``TemplateRenderError/emptyValue(template:variable:line:column:)`` when a printed variable has no
    ///   text.
    public func render(
        _ values: TemplateValue, escaping: TemplateEscaping = .plain,
        formatting: TemplateFormatting = TemplateFormatting(localeIdentifier: "en-US")
    ) throws(TemplateRenderError) -> String {
        var output = ""
        output.reserveCapacity(source.utf8.count + source.utf8.count / 2)
        var stack: [TemplateValue] = [values]
        try render(nodes, stack: &stack, into: &output, escaping: escaping, formatting: formatting)
        return output
    }

    private func render(
        _ nodes: [TemplateNode], stack: inout [TemplateValue], into output: inout String, escaping: TemplateEscaping,
        formatting: TemplateFormatting
    ) throws(TemplateRenderError) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let reference):
                guard let value = Template.lookup(reference, in: stack),
                    let text = Template.text(of: value, accessor: reference.accessor, formatting: formatting)
                else {
                    throw .missingValue(
                        template: id, variable: reference.path, line: reference.line, column: reference.column)
                }
                guard !text.isEmpty else {
                    throw .emptyValue(
                        template: id, variable: reference.path, line: reference.line, column: reference.column)
                }
                escaping.append(text, to: &output)
            case .section(let reference, let inverted, let children):
                var value = Template.lookup(reference, in: stack)
                if reference.accessor != .value, let present = value {
                    value = Template.text(of: present, accessor: reference.accessor, formatting: formatting)
                        .map(TemplateValue.text)
                }
                let shows = value?.isTruthy ?? false
                if inverted {
                    if !shows {
                        try render(children, stack: &stack, into: &output, escaping: escaping, formatting: formatting)
                    }
                } else if let value, shows {
                    if case .list(let items) = value {
                        for item in items {
                            stack.append(item)
                            try render(
                                children, stack: &stack, into: &output, escaping: escaping, formatting: formatting)
                            stack.removeLast()
                        }
                    } else {
                        stack.append(value)
                        try render(children, stack: &stack, into: &output, escaping: escaping, formatting: formatting)
                        stack.removeLast()
                    }
                }
            }
        }
    }

    /// The value a reference points to, or `nil` when a key on the way is absent.
    private static func lookup(_ reference: TemplateReference, in stack: [TemplateValue]) -> TemplateValue? {
        guard stack.indices.contains(reference.scope) else { return nil }
        var value = stack[reference.scope]
        for key in reference.keys {
            guard case .object(let fields) = value, let next = fields[key] else { return nil }
            value = next
        }
        return value
    }

    /// The printed text of a value, or `nil` when the value cannot be printed that way.
    private static func text(
        of value: TemplateValue, accessor: TemplateReference.Accessor, formatting: TemplateFormatting
    ) -> String? {
        switch (value, accessor) {
        case (.text(let text), .value): return text
        case (.number(let number), .value): return String(number)
        case (.money(let money), .value): return money.formatted(formatting.money)
        case (.money(let money), .amount): return money.formattedAmount(formatting.money)
        case (.money(let money), .currency): return money.currency.code
        case (.date(let date), .value), (.date(let date), .shortDate):
            return date.formatted(formatting.dates, style: .short)
        case (.date(let date), .longDate): return date.formatted(formatting.dates, style: .long)
        case (.date(let date), .isoDate): return date.formatted(.iso)
        default: return nil
        }
    }
}
