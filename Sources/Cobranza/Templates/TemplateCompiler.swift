/// Builds a template's tree from its tokens, resolving every name against the schema.
///
/// The compiler keeps the same stack of scopes the renderer will keep: the root, then one scope for every
/// open (non-inverted) section — a list's item, or the section's value. A name is looked up from the
/// innermost scope outwards, as in Mustache, but once, here, so rendering only follows keys.
struct TemplateCompiler {
    /// A section being compiled.
    private struct Frame {
        var name: String
        var reference: TemplateReference
        var inverted: Bool
        var children: [TemplateNode] = []
        var line: Int
        var column: Int
    }

    /// A path guarded by an open section: inside `{{#promise}}`, `promise` is known to be present.
    private struct Guard: Hashable {
        var scope: Int
        var keys: [String]
    }

    private let id: String
    private var scopes: [TemplateValueKind]
    private var guards: [Guard] = []
    private var frames: [Frame] = []
    private var root: [TemplateNode] = []

    /// Creates a compiler.
    ///
    /// - Parameters:
    ///   - id: The template's identifier, for errors.
    ///   - schema: The variables the template may name.
    init(id: String, schema: TemplateSchema) {
        self.id = id
        self.scopes = [.object(schema)]
    }

    /// Compiles tokens into nodes.
    ///
    /// - Parameter tokens: The scanned tokens.
    /// - Returns: The tree.
    /// - Throws: A ``TemplateError`` naming the first problem.
    mutating func compile(_ tokens: [TemplateToken]) throws(TemplateError) -> [TemplateNode] {
        for token in tokens {
            switch token.kind {
            case .text(let text):
                append(.text(text))
            case .comment:
                continue
            case .variable(let name):
                let (reference, kind) = try resolve(name, line: token.line, column: token.column, isSection: false)
                guard kind.isPrintable else {
                    throw .notPrintable(template: id, variable: name, line: token.line, column: token.column)
                }
                append(.variable(reference))
            case .sectionOpen(let name), .invertedOpen(let name):
                let inverted: Bool
                if case .invertedOpen = token.kind { inverted = true } else { inverted = false }
                let (reference, kind) = try resolve(name, line: token.line, column: token.column, isSection: true)
                frames.append(
                    Frame(name: name, reference: reference, inverted: inverted, line: token.line, column: token.column))
                if !inverted {
                    if case .list(let element) = kind { scopes.append(element) } else { scopes.append(kind) }
                    guards.append(Guard(scope: reference.scope, keys: reference.keys))
                }
            case .sectionClose(let name):
                guard let frame = frames.popLast() else {
                    throw .unexpectedSectionEnd(template: id, section: name, line: token.line, column: token.column)
                }
                guard frame.name == name else {
                    throw .mismatchedSection(
                        template: id, expected: frame.name, found: name, line: token.line, column: token.column)
                }
                if !frame.inverted {
                    scopes.removeLast()
                    guards.removeLast()
                }
                append(.section(frame.reference, inverted: frame.inverted, children: frame.children))
            }
        }
        if let open = frames.last {
            throw .unclosedSection(template: id, section: open.name, line: open.line, column: open.column)
        }
        return root
    }

    private mutating func append(_ node: TemplateNode) {
        if frames.isEmpty {
            root.append(node)
        } else {
            frames[frames.count - 1].children.append(node)
        }
    }

    /// Resolves a name to a scope, keys and an accessor, and checks that every optional part of it is
    /// guarded when it is printed.
    private func resolve(_ name: String, line: Int, column: Int, isSection: Bool) throws(TemplateError)
        -> (TemplateReference, TemplateValueKind)
    {
        let unknown = TemplateError.unknownVariable(template: id, variable: name, line: line, column: column)
        if name == "." {
            let reference = TemplateReference(
                path: name, scope: scopes.count - 1, keys: [], accessor: .value, line: line, column: column)
            return (reference, scopes[scopes.count - 1])
        }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { throw unknown }

        var scopeIndex: Int?
        var field: TemplateField?
        for index in scopes.indices.reversed() {
            if case .object(let schema) = scopes[index], let found = schema.fields[first] {
                scopeIndex = index
                field = found
                break
            }
        }
        guard let scope = scopeIndex, let firstField = field else { throw unknown }

        var keys = [first]
        var kind = firstField.kind
        var optionalPrefixes: [Int] = firstField.isOptional ? [1] : []
        var accessor = TemplateReference.Accessor.value
        for part in parts.dropFirst() {
            guard accessor == .value else { throw unknown }
            switch kind {
            case .object(let schema):
                guard let next = schema.fields[part] else { throw unknown }
                keys.append(part)
                kind = next.kind
                if next.isOptional { optionalPrefixes.append(keys.count) }
            case .textMap:
                keys.append(part)
                kind = .text
                optionalPrefixes.append(keys.count)
            case .date:
                switch part {
                case "short": accessor = .shortDate
                case "long": accessor = .longDate
                case "iso": accessor = .isoDate
                default: throw unknown
                }
                kind = .text
            case .money:
                switch part {
                case "amount": accessor = .amount
                case "currency": accessor = .currency
                default: throw unknown
                }
                kind = .text
            case .text, .number, .flag, .list:
                throw unknown
            }
        }
        if !isSection {
            for length in optionalPrefixes {
                let prefix = Array(keys.prefix(length))
                guard guards.contains(Guard(scope: scope, keys: prefix)) else {
                    throw .unguardedOptional(template: id, variable: name, line: line, column: column)
                }
            }
        }
        let reference = TemplateReference(
            path: name, scope: scope, keys: keys, accessor: accessor, line: line, column: column)
        return (reference, kind)
    }
}
