/// Renders customer messages: picks the template for a family, channel and locale from a
/// ``TemplateLibrary`` and fills it from a ``MessageContext``.
///
/// Values are HTML-escaped in the email's HTML body and written plain everywhere else; WhatsApp parameters
/// are flattened to one line. Plain texts are tidied: trailing spaces dropped, at most one blank line in a
/// row, no blank lines at the start or end; subjects are one line.
///
/// ```swift
/// let renderer = MessageRenderer(library: try .standard())
/// let rendered = try renderer.render(family: "friendly", channel: .email, context: context)
/// let message = rendered.outgoingMessage()      // for the outbox
/// ```
public struct MessageRenderer: Sendable {
    /// The templates.
    public var library: TemplateLibrary

    /// Creates a renderer.
    ///
    /// - Parameter library: The templates.
    public init(library: TemplateLibrary) {
        self.library = library
    }

    /// Renders one message.
    ///
    /// - Parameters:
    ///   - family: The family: a cadence stage name or `statement`.
    ///   - channel: The channel.
    ///   - context: The values.
    /// - Returns: The rendered message.
    /// - Throws: ``TemplateRenderError/templateNotFound(family:channel:locale:)`` when the library has no
    ///   template, or the error of a required value that is absent or empty.
    public func render(family: String, channel: Channel, context: MessageContext) throws(TemplateRenderError)
        -> RenderedMessage
    {
        guard let template = library.template(family: family, channel: channel, locale: context.locale) else {
            throw .templateNotFound(family: family, channel: channel, locale: context.locale)
        }
        let parts =
            if let programs = template.programs {
                try MessageRenderer.renderTyped(template, programs: programs, context: context)
            } else {
                try MessageRenderer.renderTree(template, context: context)
            }
        return message(template, parts: parts, family: family, channel: channel, context: context)
    }

    /// Renders one message from the variable tree of ``MessageContext/variables()``, never through the typed
    /// programs: the reference the typed path is compared with in tests.
    ///
    /// - Parameters:
    ///   - family: The family.
    ///   - channel: The channel.
    ///   - context: The values.
    /// - Returns: The rendered message.
    /// - Throws: As ``render(family:channel:context:)``.
    func renderFromTree(family: String, channel: Channel, context: MessageContext) throws(TemplateRenderError)
        -> RenderedMessage
    {
        guard let template = library.template(family: family, channel: channel, locale: context.locale) else {
            throw .templateNotFound(family: family, channel: channel, locale: context.locale)
        }
        let parts = try MessageRenderer.renderTree(template, context: context)
        return message(template, parts: parts, family: family, channel: channel, context: context)
    }

    /// The rendered texts of a template's parts.
    private struct Parts {
        var subject: String?
        var body: String
        var html: String?
        var whatsApp: WhatsAppTemplateMessage?
    }

    /// The parts rendered by the template's typed programs over the context's fields, each written as UTF-8
    /// bytes into one reused buffer, tidied as bytes, and made a string once.
    private static func renderTyped(
        _ template: CompiledMessageTemplate, programs: CompiledMessageTemplate.Programs, context: MessageContext
    ) throws(TemplateRenderError) -> Parts {
        let formatting = context.formatting
        let slots = try MessageSlots(context, money: formatting.money)
        var writer = MessageValueWriter(formatting: formatting)
        var output: [UInt8] = []
        var subject: String?
        if let program = programs.subject {
            try program.render(slots, escaping: .plain, writer: &writer, into: &output)
            subject = PlainText.singleLine(bytes: output)
        }
        var html: String?
        if let program = programs.html {
            output.removeAll(keepingCapacity: true)
            try program.render(slots, escaping: .html, writer: &writer, into: &output)
            html = String(knownValidUTF8: output)
        }
        guard let source = template.source.whatsApp else {
            output.removeAll(keepingCapacity: true)
            try programs.body.render(slots, escaping: .plain, writer: &writer, into: &output)
            return Parts(subject: subject, body: PlainText.tidy(inPlace: &output), html: html)
        }
        var parameters: [String] = []
        parameters.reserveCapacity(programs.whatsAppParameters.count)
        for parameter in programs.whatsAppParameters {
            output.removeAll(keepingCapacity: true)
            try parameter.render(slots, escaping: .whatsAppParameter, writer: &writer, into: &output)
            parameters.append(String(knownValidUTF8: output))
        }
        let positional = MessageSlots(parameters: parameters, context: context, money: formatting.money)
        output.removeAll(keepingCapacity: true)
        try programs.body.render(positional, escaping: .plain, writer: &writer, into: &output)
        let languageCode = source.languageCode ?? template.key.language.replacingHyphens()
        return Parts(
            subject: subject, body: PlainText.tidy(inPlace: &output), html: html,
            whatsApp: WhatsAppTemplateMessage(
                templateName: source.name, languageCode: languageCode, parameters: parameters))
    }

    /// The parts rendered from the variable tree.
    private static func renderTree(_ template: CompiledMessageTemplate, context: MessageContext)
        throws(TemplateRenderError) -> Parts
    {
        let formatting = context.formatting
        let values = try context.variables(keeping: template.rootKeys, money: formatting.money)

        let subject = try template.subject.map { (subject: Template) throws(TemplateRenderError) -> String in
            PlainText.singleLine(try subject.render(values, escaping: .plain, formatting: formatting))
        }
        let html = try template.html.map { (html: Template) throws(TemplateRenderError) -> String in
            try html.render(values, escaping: .html, formatting: formatting)
        }
        guard let source = template.source.whatsApp else {
            let body = PlainText.tidy(try template.body.render(values, escaping: .plain, formatting: formatting))
            return Parts(subject: subject, body: body, html: html)
        }
        var parameters: [String] = []
        for parameter in template.whatsAppParameters {
            parameters.append(try parameter.render(values, escaping: .whatsAppParameter, formatting: formatting))
        }
        var positional: [String: TemplateValue] = [:]
        for (index, parameter) in parameters.enumerated() { positional[String(index + 1)] = .text(parameter) }
        let body = PlainText.tidy(
            try template.body.render(.object(positional), escaping: .plain, formatting: formatting))
        let languageCode = source.languageCode ?? template.key.language.replacingHyphens()
        return Parts(
            subject: subject, body: body, html: html,
            whatsApp: WhatsAppTemplateMessage(
                templateName: source.name, languageCode: languageCode, parameters: parameters))
    }

    private func message(
        _ template: CompiledMessageTemplate, parts: Parts, family: String, channel: Channel, context: MessageContext
    ) -> RenderedMessage {
        return RenderedMessage(
            family: family, channel: channel, locale: context.locale, templateLanguage: template.key.language,
            subject: parts.subject, body: parts.body, htmlBody: parts.html, whatsAppTemplate: parts.whatsApp,
            customerID: context.customer.id,
            invoiceIDs: context.invoices.map(\.id), collectorID: context.collector?.id ?? context.customer.collectorID,
            addresses: addresses(for: channel, context: context))
    }

    private func addresses(for channel: Channel, context: MessageContext) -> [String] {
        switch channel {
        case .letter, .visit:
            return context.customer.postalAddress.map { [$0] } ?? []
        case .email, .whatsApp, .sms, .phoneCall:
            return context.contact.address(for: channel).map { [$0] } ?? []
        }
    }
}

extension String {
    /// `es-AR` as WhatsApp writes language codes, `es_AR`.
    fileprivate func replacingHyphens() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}
