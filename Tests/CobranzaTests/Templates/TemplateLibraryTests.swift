import Cobranza
import Foundation
import Testing

@Suite("Template library")
struct TemplateLibraryTests {
    static func json(_ templates: String) -> Data { Data("{\"templates\": [\(templates)]}".utf8) }

    static func loadError(_ templates: String) -> TemplateError? {
        do {
            _ = try TemplateLibrary.standard().overriding(json: json(templates))
            return nil
        } catch {
            return error
        }
    }

    @Test("the defaults survive a JSON round trip unchanged")
    func roundTrip() throws {
        let library = try TemplateLibrary.standard()
        let data = try library.jsonData()
        let reloaded = try TemplateLibrary(json: data)
        #expect(reloaded.templates == library.templates)
        #expect(reloaded.keys.count == 96)
        let viaCodable = try JSONDecoder().decode(TemplateLibrary.self, from: try JSONEncoder().encode(library))
        #expect(viaCodable.templates == library.templates)
    }

    @Test("an override from JSON replaces one template and leaves the others as they were")
    func overrideOne() throws {
        let standard = try TemplateLibrary.standard()
        let library = try standard.overriding(
            json: Self.json(
                """
                {"family": "friendly", "channel": "sms", "language": "es",
                 "body": "{{company.name}}: {{contact.name}}, su saldo vencido es {{total}}. Tel. {{collector.phone}}"}
                """))
        let renderer = MessageRenderer(library: library)
        let sms = try renderer.render(family: "friendly", channel: .sms, context: TemplateFixtures.context())
        #expect(
            sms.body == "Distribuidora Sur SA: Laura Gómez, su saldo vencido es $ 180.500,50. Tel. +54 11 4000-1250")
        #expect(library.keys == standard.keys)
        let email = TemplateKey(family: "friendly", channel: .email, language: "es")
        #expect(library[email]?.source == standard[email]?.source)
        let exported = try TemplateLibrary(json: library.jsonData())
        #expect(exported.templates == library.templates)
    }

    @Test("a regional variant is used for its locale; other locales fall back to the language, then English")
    func regionalVariantAndFallback() throws {
        let library = try TemplateLibrary.standard().overriding(with: [
            MessageTemplate(
                family: "friendly", channel: .sms, language: "es_mx",
                body: "{{company.name}}: le recordamos su adeudo de {{total}}. Dudas: {{collector.phone}}")
        ])
        #expect(library[TemplateKey(family: "friendly", channel: .sms, language: "es-MX")] != nil)
        let renderer = MessageRenderer(library: library)
        let mexico = try renderer.render(
            family: "friendly", channel: .sms, context: TemplateFixtures.context(locale: "es-MX"))
        #expect(
            mexico.body == "Distribuidora Sur SA: le recordamos su adeudo de ARS 180,500.50. Dudas: +54 11 4000-1250")
        #expect(mexico.templateLanguage == "es-MX")
        let argentina = try renderer.render(family: "friendly", channel: .sms, context: TemplateFixtures.context())
        #expect(argentina.templateLanguage == "es")
        let brazil = try renderer.render(
            family: "friendly", channel: .sms, context: TemplateFixtures.context(locale: "pt-BR"))
        #expect(brazil.templateLanguage == "en")
        #expect(brazil.body.hasPrefix("Distribuidora Sur SA: Hello Laura Gómez"))
    }

    @Test("an integrator's own family is added beside the defaults")
    func ownFamily() throws {
        let library = try TemplateLibrary.standard().overriding(with: [
            MessageTemplate(
                family: "payment_plan_installment", channel: .sms, language: "es", body: "Cuota de {{total}}")
        ])
        let message = try MessageRenderer(library: library).render(
            family: "payment_plan_installment", channel: .sms, context: TemplateFixtures.context())
        #expect(message.body == "Cuota de $ 180.500,50")
        #expect(throws: TemplateRenderError.templateNotFound(family: "unknown", channel: .sms, locale: "es-AR")) {
            try MessageRenderer(library: library).render(
                family: "unknown", channel: .sms, context: TemplateFixtures.context())
        }
    }

    @Test("an unknown variable in a JSON override fails at load, naming template, part, line and column")
    func unknownVariableAtLoad() {
        let error = Self.loadError(
            """
            {"family": "friendly", "channel": "email", "language": "es", "subject": "Hola",
             "body": "Estimado/a {{contact.name}}:\\n\\nSu saldo es {{saldo_total}}.", "html": "<p>{{total}}</p>"}
            """)
        #expect(
            error == .unknownVariable(template: "friendly/email/es:body", variable: "saldo_total", line: 3, column: 13))
    }

    @Test("an unclosed section in a JSON override fails at load")
    func unclosedSectionAtLoad() {
        let error = Self.loadError(
            """
            {"family": "direct", "channel": "sms", "language": "en", "body": "{{#last_contact}}Since {{last_contact.date}}"}
            """)
        #expect(error == .unclosedSection(template: "direct/sms/en:body", section: "last_contact", line: 1, column: 1))
    }

    @Test(
        "each channel needs its parts and rejects the others",
        arguments: [
            (
                #"{"family": "x", "channel": "email", "language": "es", "body": "b", "html": "h"}"#,
                TemplateError.missingPart(template: "x/email/es", part: "subject")
            ),
            (
                #"{"family": "x", "channel": "email", "language": "es", "subject": "s", "body": "b"}"#,
                .missingPart(template: "x/email/es", part: "html")
            ),
            (
                #"{"family": "x", "channel": "sms", "language": "es", "body": "b", "html": "h"}"#,
                .unexpectedPart(template: "x/sms/es", part: "html")
            ),
            (
                #"{"family": "x", "channel": "whatsapp", "language": "es", "body": "b"}"#,
                .missingPart(template: "x/whatsapp/es", part: "whatsApp")
            ),
            (
                #"{"family": "x", "channel": "sms", "language": "es", "body": ""}"#,
                .missingPart(template: "x/sms/es", part: "body")
            ),
            (
                #"{"family": "Friendly Reminder", "channel": "sms", "language": "es", "body": "b"}"#,
                .invalidKey(
                    template: "Friendly Reminder/sms/es", field: "family",
                    reason: "use lower-case letters, digits and '_'")
            ),
        ])
    func channelParts(json: String, expected: TemplateError) {
        #expect(Self.loadError(json) == expected)
    }

    @Test("a WhatsApp body may name only its positional parameters, and must use every one")
    func whatsAppParameters() {
        #expect(
            Self.loadError(
                #"{"family": "x", "channel": "whatsapp", "language": "es", "body": "Hola {{1}}, saldo {{3}}", "whatsApp": {"name": "x", "parameters": ["{{contact.name}}", "{{total}}"]}}"#
            )
                == .unknownVariable(template: "x/whatsapp/es:body", variable: "3", line: 1, column: 19))
        #expect(
            Self.loadError(
                #"{"family": "x", "channel": "whatsapp", "language": "es", "body": "Hola {{1}}", "whatsApp": {"name": "x", "parameters": ["{{contact.name}}", "{{total}}"]}}"#
            )
                == .invalidKey(
                    template: "x/whatsapp/es", field: "whatsApp.parameters",
                    reason: "parameter 2 is not used as {{2}} in the body"))
        #expect(
            Self.loadError(
                #"{"family": "x", "channel": "whatsapp", "language": "es", "body": "Hola {{1}}", "whatsApp": {"name": "x", "parameters": ["{{contact.nombre}}"]}}"#
            )
                == .unknownVariable(
                    template: "x/whatsapp/es:parameters[0]", variable: "contact.nombre", line: 1, column: 1))
    }

    @Test("a WhatsApp template without parameters is valid and renders its fixed text")
    func whatsAppWithoutParameters() throws {
        let library = try TemplateLibrary.standard().overriding(with: [
            MessageTemplate(
                family: "friendly", channel: .whatsApp, language: "es", body: "Tiene un saldo vencido. Llámenos.",
                whatsApp: MessageTemplate.WhatsApp(name: "aviso_simple", languageCode: "es_AR", parameters: []))
        ])
        let message = try MessageRenderer(library: library).render(
            family: "friendly", channel: .whatsApp, context: TemplateFixtures.context())
        #expect(message.body == "Tiene un saldo vencido. Llámenos.")
        #expect(
            message.whatsAppTemplate
                == WhatsAppTemplateMessage(templateName: "aviso_simple", languageCode: "es_AR", parameters: []))
    }

    @Test("plain texts are tidied: trailing spaces and extra blank lines go; a subject is one line")
    func tidying() throws {
        let library = try TemplateLibrary.standard().overriding(with: [
            MessageTemplate(
                family: "friendly", channel: .letter, language: "es", subject: "Ref.:\n  {{customer.name}}  \n",
                body: "\n\nHola {{contact.name}}  \n\n\n\n{{#promise}}\nx\n{{/promise}}\n\nTotal: {{total}}\t\n\n")
        ])
        let letter = try MessageRenderer(library: library).render(
            family: "friendly", channel: .letter, context: TemplateFixtures.context())
        #expect(letter.subject == "Ref.: Ferretería Don Pepe SRL")
        #expect(letter.body == "Hola Laura Gómez\n\nTotal: $ 180.500,50")
    }

    @Test("malformed JSON is an error naming the field")
    func malformedJSON() {
        #expect(
            Self.loadError(#"{"family": "x", "channel": "fax", "language": "es", "body": "b"}"#)?.description
                .hasPrefix("Templates JSON at 'templates[0].channel'") == true)
        #expect(
            Self.loadError(#"{"family": "x", "channel": "sms", "body": "b"}"#)
                == .invalidJSON(path: "templates[0].language", reason: "the field is missing"))
    }

    @Test("two templates with one key in a load are an error")
    func duplicates() {
        let one = #"{"family": "x", "channel": "sms", "language": "es", "body": "b"}"#
        let twin = #"{"family": "x", "channel": "sms", "language": "ES", "body": "c"}"#
        #expect(Self.loadError(one + "," + twin) == .duplicateTemplate(template: "x/sms/es"))
    }
}
