/// A ``Template`` compiled a second time against the typed values of a message (``MessageSlots``): every
/// key of every path is resolved to a ``MessageKey`` once, so rendering switches over small enums and reads
/// the context's fields directly instead of building and searching a dictionary tree per message.
///
/// The program is flat: one array of plain instructions (a section names where its children end), the
/// literal texts in one byte array, the references' keys in one array, so walking it copies no strings and
/// touches no reference counts. Values are written straight into the output bytes (money and dates without
/// an intermediate string).
///
/// It renders exactly what the template renders from ``MessageContext/variables()`` — the same text, the
/// same escaping, the same ``TemplateRenderError`` with the same position — and exists only for templates
/// checked against ``TemplateSchema/message`` (or a WhatsApp body's positional parameters).
struct MessageProgram: Sendable, Hashable {
    /// One step of the program.
    enum Instruction: Sendable, Hashable {
        /// Literal text: the range `start..<end` of ``texts``.
        case text(start: Int, end: Int)
        /// A printed value: an index in ``references``.
        case variable(Int)
        /// A section, or an inverted one, over the reference at an index in ``references``; its children are
        /// the instructions after it, up to `end` (excluded).
        case section(Int, inverted: Bool, end: Int)
    }

    /// A variable with its keys resolved.
    struct Reference: Sendable, Hashable {
        /// The template's reference (path, scope, accessor and position for errors).
        var source: TemplateReference
        /// The index in the context stack where the first key is found.
        var scope: Int
        /// How a money or date value is written.
        var accessor: TemplateReference.Accessor
        /// Its keys: a range of ``MessageProgram/keys``.
        var keys: Range<Int>
    }

    /// The template's identifier, for errors.
    let id: String
    /// The instructions.
    let instructions: [Instruction]
    /// The literal texts, as UTF-8 bytes one after the other (the output is built as bytes).
    let texts: [UInt8]
    /// The references the instructions name.
    let references: [Reference]
    /// The keys of every reference, one after the other.
    let keys: [MessageKey]
    /// The capacity reserved for the output.
    let capacity: Int

    /// Resolves a template's keys, or returns `nil` when one is not a key of the message schema.
    ///
    /// - Parameter template: A template compiled against ``TemplateSchema/message`` (or a WhatsApp body's
    ///   positional schema, whose keys are `1`, `2`…).
    init?(_ template: Template) {
        var builder = Builder()
        guard builder.convert(template.nodes) else { return nil }
        self.id = template.id
        self.instructions = builder.instructions
        self.texts = builder.texts
        self.references = builder.references
        self.keys = builder.keys
        self.capacity = template.source.utf8.count + template.source.utf8.count / 2
    }

    /// Collects the flat program while walking the template's nodes.
    private struct Builder {
        var instructions: [Instruction] = []
        var texts: [UInt8] = []
        var references: [Reference] = []
        var keys: [MessageKey] = []

        mutating func convert(_ nodes: [TemplateNode]) -> Bool {
            for node in nodes {
                switch node {
                case .text(let text):
                    let start = texts.count
                    texts.append(contentsOf: text.utf8)
                    instructions.append(.text(start: start, end: texts.count))
                case .variable(let reference):
                    guard convert(reference) else { return false }
                    instructions.append(.variable(references.count - 1))
                case .section(let reference, let inverted, let children):
                    guard convert(reference) else { return false }
                    let index = references.count - 1
                    let position = instructions.count
                    instructions.append(.section(index, inverted: inverted, end: position + 1))
                    guard convert(children) else { return false }
                    instructions[position] = .section(index, inverted: inverted, end: instructions.count)
                }
            }
            return true
        }

        private mutating func convert(_ reference: TemplateReference) -> Bool {
            let start = keys.count
            for key in reference.keys {
                if keys.count > start, keys.last == .field(.fields) {
                    keys.append(.custom(key))
                } else if let field = MessageField(rawValue: key) {
                    keys.append(.field(field))
                } else if reference.scope == 0, keys.count == start, let number = Int(key), number >= 1,
                    String(number) == key
                {
                    keys.append(.position(number - 1))
                } else {
                    return false
                }
            }
            references.append(
                Reference(
                    source: reference, scope: reference.scope, accessor: reference.accessor, keys: start..<keys.count))
            return true
        }
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
        var writer = MessageValueWriter(formatting: formatting)
        try render(slots, escaping: escaping, writer: &writer, into: &output)
        return String(knownValidUTF8: output)
    }

    /// Renders the program at the end of a byte output.
    ///
    /// - Parameters:
    ///   - slots: The message's values.
    ///   - escaping: How printed values are escaped.
    ///   - writer: How money and dates are written (it keeps the last currency's symbol).
    ///   - output: The UTF-8 bytes being written.
    /// - Throws: As ``render(_:escaping:formatting:)``.
    func render(
        _ slots: MessageSlots, escaping: TemplateEscaping, writer: inout MessageValueWriter,
        into output: inout [UInt8]
    ) throws(TemplateRenderError) {
        output.reserveCapacity(output.count + capacity)
        var stack: [MessageFrame] = [.root]
        stack.reserveCapacity(4)
        try run(
            0..<instructions.count, slots: slots, stack: &stack, into: &output, escaping: escaping, writer: &writer)
    }

    private func run(
        _ range: Range<Int>, slots: MessageSlots, stack: inout [MessageFrame], into output: inout [UInt8],
        escaping: TemplateEscaping, writer: inout MessageValueWriter
    ) throws(TemplateRenderError) {
        var position = range.lowerBound
        while position < range.upperBound {
            switch instructions[position] {
            case .text(let start, let end):
                output.append(contentsOf: texts[start..<end])
                position += 1
            case .variable(let index):
                let outcome: MessageSlots.Printed =
                    if let frame = lookup(index, in: stack, slots: slots) {
                        slots.print(
                            frame, accessor: references[index].accessor, escaping: escaping, writer: &writer,
                            into: &output)
                    } else {
                        .absent
                    }
                switch outcome {
                case .printed: break
                case .absent:
                    let source = references[index].source
                    throw .missingValue(template: id, variable: source.path, line: source.line, column: source.column)
                case .empty:
                    let source = references[index].source
                    throw .emptyValue(template: id, variable: source.path, line: source.line, column: source.column)
                }
                position += 1
            case .section(let index, let inverted, let end):
                let children = position + 1..<end
                var frame = lookup(index, in: stack, slots: slots)
                let accessor = references[index].accessor
                if accessor != .value, let present = frame {
                    frame = slots.text(of: present, accessor: accessor, formatting: writer.formatting).map(
                        MessageFrame.text)
                }
                let shows = frame.map(slots.isTruthy) ?? false
                if inverted {
                    if !shows {
                        try run(
                            children, slots: slots, stack: &stack, into: &output, escaping: escaping, writer: &writer)
                    }
                } else if let frame, shows {
                    if case .list(let list) = frame {
                        for item in 0..<slots.count(of: list) {
                            stack.append(slots.item(item, of: list))
                            try run(
                                children, slots: slots, stack: &stack, into: &output, escaping: escaping,
                                writer: &writer)
                            stack.removeLast()
                        }
                    } else {
                        stack.append(frame)
                        try run(
                            children, slots: slots, stack: &stack, into: &output, escaping: escaping, writer: &writer)
                        stack.removeLast()
                    }
                }
                position = end
            }
        }
    }

    /// The frame the reference at an index points to, or `nil` when a key on the way is absent.
    private func lookup(_ index: Int, in stack: [MessageFrame], slots: MessageSlots) -> MessageFrame? {
        let reference = references[index]
        guard stack.indices.contains(reference.scope) else { return nil }
        var frame = stack[reference.scope]
        for position in reference.keys {
            guard let next = slots.child(of: frame, keys[position]) else { return nil }
            frame = next
        }
        return frame
    }
}
