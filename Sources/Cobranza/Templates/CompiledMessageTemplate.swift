/// A ``MessageTemplate`` whose parts are compiled and checked against a schema.
public struct CompiledMessageTemplate: Sendable, Hashable {
    /// The source it was compiled from.
    public let source: MessageTemplate
    /// The key it is stored under.
    public let key: TemplateKey
    /// The compiled subject, reference line or title.
    public let subject: Template?
    /// The compiled plain-text body (for WhatsApp: the registered text, over `{{1}}`, `{{2}}`…).
    public let body: Template
    /// The compiled HTML body (email).
    public let html: Template?
    /// The compiled WhatsApp parameters, in order.
    public let whatsAppParameters: [Template]
    /// The root keys of the message variables any part reads, or `nil` for every key.
    let rootKeys: Set<String>?
    /// The parts compiled against the typed message values, when the schema is ``TemplateSchema/message``.
    let programs: Programs?

    /// The parts of a template compiled as ``MessageProgram``s.
    struct Programs: Sendable, Hashable {
        /// The subject.
        var subject: MessageProgram?
        /// The plain-text body (for WhatsApp: over the rendered parameters).
        var body: MessageProgram
        /// The HTML body.
        var html: MessageProgram?
        /// The WhatsApp parameters.
        var whatsAppParameters: [MessageProgram]
    }

    /// Compiles a template source and checks it has exactly the parts its channel uses.
    ///
    /// - Parameters:
    ///   - source: The source.
    ///   - schema: The variables its parts may name.
    /// - Throws: ``TemplateError`` naming the template (and part, as in `friendly/email/es:html`).
    public init(_ source: MessageTemplate, schema: TemplateSchema) throws(TemplateError) {
        let key = source.key
        let id = key.description
        try CompiledMessageTemplate.validateKey(source, id: id)
        try CompiledMessageTemplate.validateParts(source, id: id)
        self.source = source
        self.key = key
        self.subject = try source.subject.map { (text: String) throws(TemplateError) -> Template in
            try Template(text, id: id + ":subject", schema: schema)
        }
        self.html = try source.html.map { (text: String) throws(TemplateError) -> Template in
            try Template(text, id: id + ":html", schema: schema)
        }
        if let whatsApp = source.whatsApp {
            var parameters: [Template] = []
            for (index, text) in whatsApp.parameters.enumerated() {
                parameters.append(try Template(text, id: id + ":parameters[\(index)]", schema: schema))
            }
            self.whatsAppParameters = parameters
            let numbers = parameters.indices.map { $0 + 1 }
            let positional = TemplateSchema(
                Dictionary(
                    uniqueKeysWithValues: numbers.map {
                        (String($0), TemplateField(.text, summary: "WhatsApp parameter \($0)"))
                    }))
            let body = try Template(source.body, id: id + ":body", schema: positional)
            let used = Set(body.variables)
            for number in numbers where !used.contains(String(number)) {
                throw .invalidKey(
                    template: id, field: "whatsApp.parameters",
                    reason: "parameter \(number) is not used as {{\(number)}} in the body")
            }
            self.body = body
        } else {
            self.whatsAppParameters = []
            self.body = try Template(source.body, id: id + ":body", schema: schema)
        }
        // A WhatsApp body reads only the rendered parameters, never the message variables.
        let parts = [subject, html].compactMap { $0 } + (source.whatsApp == nil ? [body] : whatsAppParameters)
        var keys: Set<String>? = []
        for part in parts {
            guard let partKeys = part.rootKeys else {
                keys = nil
                break
            }
            keys?.formUnion(partKeys)
        }
        self.rootKeys = keys
        self.programs = CompiledMessageTemplate.programs(
            subject: subject, body: body, html: html, parameters: whatsAppParameters, schema: schema)
    }

    /// The typed programs of the parts, or `nil` when the schema is not the message schema (or a key is not
    /// one of its keys).
    private static func programs(
        subject: Template?, body: Template, html: Template?, parameters: [Template], schema: TemplateSchema
    ) -> Programs? {
        guard schema == .message, let bodyProgram = MessageProgram(body) else { return nil }
        var programs = Programs(subject: nil, body: bodyProgram, html: nil, whatsAppParameters: [])
        if let subject {
            guard let program = MessageProgram(subject) else { return nil }
            programs.subject = program
        }
        if let html {
            guard let program = MessageProgram(html) else { return nil }
            programs.html = program
        }
        for parameter in parameters {
            guard let program = MessageProgram(parameter) else { return nil }
            programs.whatsAppParameters.append(program)
        }
        return programs
    }

    private static func validateKey(_ source: MessageTemplate, id: String) throws(TemplateError) {
        func isIdentifier(_ text: String) -> Bool {
            !text.isEmpty
                && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
        }
        guard isIdentifier(source.family) else {
            throw .invalidKey(template: id, field: "family", reason: "use lower-case letters, digits and '_'")
        }
        let language = LocaleTag.normalized(source.language).prefix { $0 != "-" }
        guard (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw .invalidKey(template: id, field: "language", reason: "use a language such as 'es' or 'es-MX'")
        }
        if let whatsApp = source.whatsApp, !isIdentifier(whatsApp.name) {
            throw .invalidKey(
                template: id, field: "whatsApp.name", reason: "WhatsApp names are lower-case letters, digits and '_'")
        }
    }

    private static func validateParts(_ source: MessageTemplate, id: String) throws(TemplateError) {
        let hasSubject = source.subject != nil
        let hasHTML = source.html != nil
        let hasWhatsApp = source.whatsApp != nil
        if source.body.isEmpty { throw .missingPart(template: id, part: "body") }
        switch source.channel {
        case .email:
            if !hasSubject { throw .missingPart(template: id, part: "subject") }
            if !hasHTML { throw .missingPart(template: id, part: "html") }
            if hasWhatsApp { throw .unexpectedPart(template: id, part: "whatsApp") }
        case .whatsApp:
            if !hasWhatsApp { throw .missingPart(template: id, part: "whatsApp") }
            if hasSubject { throw .unexpectedPart(template: id, part: "subject") }
            if hasHTML { throw .unexpectedPart(template: id, part: "html") }
        case .sms:
            if hasSubject { throw .unexpectedPart(template: id, part: "subject") }
            if hasHTML { throw .unexpectedPart(template: id, part: "html") }
            if hasWhatsApp { throw .unexpectedPart(template: id, part: "whatsApp") }
        case .letter, .phoneCall, .visit:
            if hasHTML { throw .unexpectedPart(template: id, part: "html") }
            if hasWhatsApp { throw .unexpectedPart(template: id, part: "whatsApp") }
        }
    }
}
