/// A ``Template`` compiled a second time against the typed values of a message (``MessageSlots``): every
/// key of every path is resolved to a ``MessageKey`` once, so rendering switches over small enums and reads
/// the context's fields directly instead of building and searching a dictionary tree per message.
///
/// It renders exactly what the template renders from ``MessageContext/variables()`` — the same text, the
/// same escaping, the same ``TemplateRenderError`` with the same position — and exists only for templates
/// checked against ``TemplateSchema/message`` (or a WhatsApp body's positional parameters).
struct MessageProgram: Sendable, Hashable {
    /// A compiled piece. Texts and references are kept aside in arrays and named by index, so walking the
    /// nodes copies no strings.
    indirect enum Node: Sendable, Hashable {
        /// Literal text: an index in ``texts``.
        case text(Int)
        /// A printed value: an index in ``references``.
        case variable(Int)
        /// A section, or an inverted one, over the reference at an index in ``references``.
        case section(Int, inverted: Bool, children: [Node])
    }

    /// A variable with its keys resolved.
    struct Reference: Sendable, Hashable {
        /// The template's reference (path, scope, accessor and position for errors).
        var source: TemplateReference
        /// Its keys.
        var keys: [MessageKey]
    }

    /// The template's identifier, for errors.
    let id: String
    /// The nodes.
    let nodes: [Node]
    /// The literal texts the nodes name, as UTF-8 bytes (the output is built as bytes).
    let texts: [[UInt8]]
    /// The references the nodes name.
    let references: [Reference]
    /// The capacity reserved for the output.
    let capacity: Int

    /// Resolves a template's keys, or returns `nil` when one is not a key of the message schema.
    ///
    /// - Parameter template: A template compiled against ``TemplateSchema/message`` (or a WhatsApp body's
    ///   positional schema, whose keys are `1`, `2`…).
    init?(_ template: Template) {
        var texts: [[UInt8]] = []
        var references: [Reference] = []
        guard let nodes = MessageProgram.convert(template.nodes, texts: &texts, references: &references) else {
            return nil
        }
        self.id = template.id
        self.nodes = nodes
        self.texts = texts
        self.references = references
        self.capacity = template.source.utf8.count + template.source.utf8.count / 2
    }

    private static func convert(
        _ nodes: [TemplateNode], texts: inout [[UInt8]], references: inout [Reference]
    ) -> [Node]? {
        var result: [Node] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .text(let text):
                texts.append(Array(text.utf8))
                result.append(.text(texts.count - 1))
            case .variable(let reference):
                guard let converted = convert(reference) else { return nil }
                references.append(converted)
                result.append(.variable(references.count - 1))
            case .section(let reference, let inverted, let children):
                guard let converted = convert(reference) else { return nil }
                references.append(converted)
                let index = references.count - 1
                guard let inner = convert(children, texts: &texts, references: &references) else { return nil }
                result.append(.section(index, inverted: inverted, children: inner))
            }
        }
        return result
    }

    private static func convert(_ reference: TemplateReference) -> Reference? {
        var keys: [MessageKey] = []
        for key in reference.keys {
            if keys.last == .field(.fields) {
                keys.append(.custom(key))
            } else if let field = MessageField(rawValue: key) {
                keys.append(.field(field))
            } else if reference.scope == 0, keys.isEmpty, let number = Int(key), number >= 1,
                String(number) == key
            {
                keys.append(.position(number - 1))
            } else {
                return nil
            }
        }
        return Reference(source: reference, keys: keys)
    }

    /// Renders the program.
    ///
    /// - Parameters:
    ///   - slots: The message's values.
    ///   - escaping: How printed values are escaped.
    ///   - formatting: How money and dates are written.
    /// - Returns: The text.
    /// - Throws: ``TemplateRenderError/missingValue(template:variable:line:column:)`` or
    ///   ``TemplateRenderError/emptyValue(template:variable:line:column:)``, as ``Template`` does.
    func render(_ slots: MessageSlots, escaping: TemplateEscaping, formatting: TemplateFormatting)
        throws(TemplateRenderError) -> String
    {
        var output: [UInt8] = []
        output.reserveCapacity(capacity)
        var stack: [MessageFrame] = [.root]
        stack.reserveCapacity(4)
        try render(nodes, slots: slots, stack: &stack, into: &output, escaping: escaping, formatting: formatting)
        return String(decoding: output, as: UTF8.self)
    }

    private func render(
        _ nodes: [Node], slots: MessageSlots, stack: inout [MessageFrame], into output: inout [UInt8],
        escaping: TemplateEscaping, formatting: TemplateFormatting
    ) throws(TemplateRenderError) {
        for node in nodes {
            switch node {
            case .text(let index):
                output.append(contentsOf: texts[index])
            case .variable(let index):
                guard let frame = lookup(index, in: stack, slots: slots),
                    let text = slots.text(
                        of: frame, accessor: references[index].source.accessor, formatting: formatting)
                else {
                    let source = references[index].source
                    throw .missingValue(template: id, variable: source.path, line: source.line, column: source.column)
                }
                guard !text.isEmpty else {
                    let source = references[index].source
                    throw .emptyValue(template: id, variable: source.path, line: source.line, column: source.column)
                }
                escaping.append(text, to: &output)
            case .section(let index, let inverted, let children):
                var frame = lookup(index, in: stack, slots: slots)
                let accessor = references[index].source.accessor
                if accessor != .value, let present = frame {
                    frame = slots.text(of: present, accessor: accessor, formatting: formatting).map(MessageFrame.text)
                }
                let shows = frame.map(slots.isTruthy) ?? false
                if inverted {
                    if !shows {
                        try render(
                            children, slots: slots, stack: &stack, into: &output, escaping: escaping,
                            formatting: formatting)
                    }
                } else if let frame, shows {
                    if case .list(let list) = frame {
                        for index in 0..<slots.count(of: list) {
                            stack.append(slots.item(index, of: list))
                            try render(
                                children, slots: slots, stack: &stack, into: &output, escaping: escaping,
                                formatting: formatting)
                            stack.removeLast()
                        }
                    } else {
                        stack.append(frame)
                        try render(
                            children, slots: slots, stack: &stack, into: &output, escaping: escaping,
                            formatting: formatting)
                        stack.removeLast()
                    }
                }
            }
        }
    }

    /// The frame the reference at an index points to, or `nil` when a key on the way is absent.
    private func lookup(_ index: Int, in stack: [MessageFrame], slots: MessageSlots) -> MessageFrame? {
        let scope = references[index].source.scope
        guard stack.indices.contains(scope) else { return nil }
        var frame = stack[scope]
        for key in references[index].keys {
            guard let next = slots.child(of: frame, key) else { return nil }
            frame = next
        }
        return frame
    }
}
