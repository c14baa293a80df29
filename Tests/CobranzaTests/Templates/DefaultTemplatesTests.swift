import Cobranza
import Foundation
import Testing

@Suite("Default templates")
struct DefaultTemplatesTests {
    static let families = [
        "new_invoice", "upcoming_due", "friendly", "direct", "formal", "final_notice", "action", "statement",
    ]
    static let languages = ["es", "en"]

    static var renderer: MessageRenderer {
        get throws { MessageRenderer(library: try TemplateLibrary.standard()) }
    }

    /// Every rendered text of a message: subject, body, HTML and WhatsApp parameters.
    static func texts(_ message: RenderedMessage) -> [String] {
        [message.subject, message.body, message.htmlBody].compactMap { $0 }
            + (message.whatsAppTemplate?.parameters ?? [])
    }

    @Test("the defaults cover every family on every channel in Spanish and English")
    func coverage() throws {
        let library = try TemplateLibrary.standard()
        for family in Self.families {
            for channel in Channel.allCases {
                for language in Self.languages {
                    #expect(
                        library[TemplateKey(family: family, channel: channel, language: language)] != nil,
                        "missing \(family)/\(channel.rawValue)/\(language)")
                }
            }
        }
        #expect(library.keys.count == Self.families.count * Channel.allCases.count * Self.languages.count)
    }

    @Test(
        "every default renders for a realistic customer with no tag, placeholder or hole left",
        arguments: ["es-AR", "en-US"], [ContactRole.billing, .escalation])
    func rendersCompletely(locale: String, role: ContactRole) throws {
        let renderer = try Self.renderer
        let contexts = [
            TemplateFixtures.context(locale: locale, contact: role),
            TemplateFixtures.context(
                locale: locale, contact: role, promise: PaymentPromise(date: TemplateFixtures.date("2024-04-10")),
                deadline: TemplateFixtures.date("2024-04-22"), action: "la suspensión del servicio"),
            TemplateFixtures.minimalContext(locale: locale),
        ]
        for context in contexts {
            for family in Self.families {
                for channel in Channel.allCases {
                    let message = try renderer.render(family: family, channel: channel, context: context)
                    #expect(message.templateLanguage == String(locale.prefix(2)))
                    for text in Self.texts(message) {
                        #expect(!text.contains("{{") && !text.contains("}}"), "\(family)/\(channel): \(text)")
                        #expect(text.range(of: "%[A-Z]+%", options: .regularExpression) == nil, "\(family)/\(channel)")
                        for hole in ["  ", " ,", " .", "()", ": ."] {
                            #expect(!text.contains(hole), "\(family)/\(channel) has '\(hole)': \(text)")
                        }
                    }
                    #expect(!message.body.isEmpty)
                }
            }
        }
    }

    @Test(
        "every message gives the collector's phone; every long text gives the payment instructions",
        arguments: ["es-AR", "en-US"])
    func collectorAndPaymentInstructions(locale: String) throws {
        let renderer = try Self.renderer
        let context = TemplateFixtures.context(locale: locale)
        for family in Self.families {
            for channel in Channel.allCases {
                let message = try renderer.render(family: family, channel: channel, context: context)
                #expect(message.body.contains("+54 11 4000-1250"), "\(family)/\(channel) lacks the collector's phone")
                guard channel != .sms else { continue }
                #expect(message.body.contains("Ana Martínez"), "\(family)/\(channel) lacks the collector's name")
                #expect(message.body.contains("CBU 0110599520000001234567"), "\(family)/\(channel) lacks how to pay")
                if let html = message.htmlBody { #expect(html.contains("<br>\nCBU 0110599520000001234567")) }
            }
        }
    }

    @Test("payment instructions follow the message's language")
    func localizedInstructions() throws {
        let english = try Self.renderer.render(
            family: "friendly", channel: .email, context: TemplateFixtures.context(locale: "en-US"))
        #expect(english.body.contains("How to pay:\nWire transfer to Banco Nación\nCBU 0110599520000001234567\n"))
        let spanish = try Self.renderer.render(family: "friendly", channel: .email, context: TemplateFixtures.context())
        #expect(spanish.body.contains("Datos para el pago:\nTransferencia a Banco Nación\n"))
    }

    @Test("friendly assumes an oversight and lists the invoices with the other overdue ones as context")
    func friendlyTone() throws {
        let message = try Self.renderer.render(family: "friendly", channel: .email, context: TemplateFixtures.context())
        #expect(message.subject == "Recordatorio de pago: Ferretería Don Pepe SRL")
        #expect(message.body.hasPrefix("Estimado/a Laura Gómez:\n\n"))
        #expect(message.body.contains("simple olvido"))
        #expect(
            message.body.contains(
                """
                - Factura A-0001-00001234, vencida el 31/03/2024 (15 días de atraso): saldo $ 150.000,00
                - Factura A-0001-00001250, vencida el 08/04/2024 (7 días de atraso): saldo $ 30.500,50 (importe original $ 80.000,00)
                Total: $ 180.500,50

                Además, su cuenta registra estos otros comprobantes vencidos:
                - Factura A-0001-00001101, vencida el 14/02/2024 (61 días de atraso): saldo $ 45.250,00
                """))
    }

    @Test("direct cites the previous contact and the broken promise, and asks to confirm a payment date")
    func directTone() throws {
        let context = TemplateFixtures.context(promise: PaymentPromise(date: TemplateFixtures.date("2024-04-10")))
        let message = try Self.renderer.render(family: "direct", channel: .email, context: context)
        #expect(
            message.body.contains(
                "El 08/04/2024 nos comunicamos con ustedes por teléfono por el saldo pendiente de Ferretería Don Pepe "
                    + "SRL (nos indicaron que el pago estaba en proceso). A la fecha, no hemos registrado el pago."))
        #expect(message.body.contains("el pago estaba comprometido para el 10/04/2024"))
        #expect(message.body.contains("confirme la fecha en que realizarán el pago"))
        let english = try Self.renderer.render(
            family: "direct", channel: .whatsApp, context: TemplateFixtures.context(locale: "en-US"))
        #expect(
            english.whatsAppTemplate?.parameters[5]
                == "We contacted you on 04/08/2024 by phone and have not yet received the payment.")
    }

    @Test("formal addresses the higher-ranking contact, names the billing contact and lists every previous attempt")
    func formalTone() throws {
        let message = try Self.renderer.render(
            family: "formal", channel: .letter, context: TemplateFixtures.context(contact: .escalation))
        #expect(message.body.contains("At.: Jorge Pérez"))
        #expect(message.body.contains("nuestras gestiones se realizaron con Laura Gómez"))
        #expect(
            message.body.contains(
                """
                Contactos realizados hasta la fecha:
                - 01/04/2024: correo electrónico
                - 08/04/2024: llamada telefónica (nos indicaron que el pago estaba en proceso)
                """))
        #expect(
            message.body.contains(
                """
                Los comprobantes vencidos son los siguientes:

                - Factura A-0001-00001101, vencida el 14/02/2024 (61 días de atraso): saldo $ 45.250,00
                - Factura A-0001-00001234, vencida el 31/03/2024 (15 días de atraso): saldo $ 150.000,00
                - Factura A-0001-00001250, vencida el 08/04/2024 (7 días de atraso): saldo $ 30.500,50 (importe original $ 80.000,00)
                Total: $ 225.750,50
                """))
        #expect(message.addresses == ["Calle Falsa 123, Lanús, Buenos Aires"])
    }

    @Test("final notice states the amount owed, the deadline and the consequences")
    func finalNoticeTone() throws {
        let context = TemplateFixtures.context(deadline: TemplateFixtures.date("2024-04-22"))
        let message = try Self.renderer.render(family: "final_notice", channel: .email, context: context)
        #expect(message.body.contains("Ferretería Don Pepe SRL adeuda a Distribuidora Sur SA la suma de $ 225.750,50"))
        #expect(message.body.contains("cancelar la totalidad del saldo antes del 22 de abril de 2024"))
        #expect(message.body.contains("la suspensión de la cuenta corriente y de las entregas pendientes"))
        let english = try Self.renderer.render(
            family: "final_notice", channel: .email, context: TemplateFixtures.context(locale: "en-US"))
        #expect(english.body.contains("owes Distribuidora Sur SA the sum of ARS 225,750.50"))
        #expect(english.body.contains("within the next five (5) business days"))
    }

    @Test("the action notice announces the measure given by the policy, or a default one")
    func actionTone() throws {
        let context = TemplateFixtures.context(action: "la suspensión del servicio de entregas")
        let letter = try Self.renderer.render(family: "action", channel: .letter, context: context)
        #expect(letter.body.contains("Distribuidora Sur SA procederá con la suspensión del servicio de entregas."))
        let script = try Self.renderer.render(
            family: "action", channel: .phoneCall, context: TemplateFixtures.context())
        #expect(script.subject == "Llamar a Ferretería Don Pepe SRL: aviso de acción")
        #expect(script.body.contains("derivación del caso a gestión legal"))
    }

    @Test("WhatsApp: approved name, language code and parameters; the preview is the registered text filled in")
    func whatsApp() throws {
        let library = try TemplateLibrary.standard()
        for language in Self.languages {
            let context = TemplateFixtures.context(locale: language == "es" ? "es-AR" : "en-US")
            for family in Self.families {
                let message = try Self.renderer.render(family: family, channel: .whatsApp, context: context)
                let whatsApp = try #require(message.whatsAppTemplate)
                #expect(whatsApp.templateName == "cobranza_" + family)
                #expect(whatsApp.languageCode == language)
                let source = try #require(library[TemplateKey(family: family, channel: .whatsApp, language: language)])
                var expected = source.source.body
                for (index, parameter) in whatsApp.parameters.enumerated().reversed() {
                    #expect(!parameter.contains("\n") && !parameter.isEmpty)
                    expected = expected.replacingOccurrences(of: "{{\(index + 1)}}", with: parameter)
                }
                #expect(message.body == expected)
                #expect(message.subject == nil && message.htmlBody == nil)
            }
        }
    }

    @Test("a hostile customer name is escaped in HTML and printed literally, never evaluated, in plain text")
    func hostileCustomerName() throws {
        let name = "<script>alert('x')</script> & {{collector.phone}}"
        let context = TemplateFixtures.context(customerName: name)
        for family in Self.families {
            let message = try Self.renderer.render(family: family, channel: .email, context: context)
            let html = try #require(message.htmlBody)
            #expect(!html.contains("<script>"))
            if html.contains("alert") {
                #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {{collector.phone}}"))
            }
            if message.body.contains("alert") { #expect(message.body.contains(name)) }
        }
        let letter = try Self.renderer.render(family: "formal", channel: .letter, context: context)
        #expect(letter.body.contains("Señores\n\(name)\n"))
        #expect(letter.subject == "Saldo vencido de \(name): solicitud de regularización")
    }

    @Test("an SMS stays short for a realistic customer")
    func smsLength() throws {
        for locale in ["es-AR", "en-US"] {
            for family in Self.families {
                let message = try Self.renderer.render(
                    family: family, channel: .sms, context: TemplateFixtures.context(locale: locale))
                #expect(message.body.count <= 320, "\(family) SMS is \(message.body.count) characters")
                #expect(!message.body.contains("\n"))
            }
        }
    }

    @Test("a rendered message becomes an outgoing message for the outbox")
    func outgoingMessage() throws {
        let rendered = try Self.renderer.render(
            family: "friendly", channel: .email, context: TemplateFixtures.context())
        let message = rendered.outgoingMessage(cc: ["ana.martinez@distsur.com.ar"])
        #expect(message.recipient == .customer("C-001"))
        #expect(message.to == ["pagos@donpepe.com.ar"])
        #expect(message.cc == ["ana.martinez@distsur.com.ar"])
        #expect(message.purpose == "friendly")
        #expect(message.locale == "es-AR")
        #expect(message.collectorID == "ana")
        #expect(message.invoiceIDs == ["A-0001-00001234", "A-0001-00001250"])
        #expect(message.subject == rendered.subject && message.htmlBody == rendered.htmlBody)
        let sms = try Self.renderer.render(family: "friendly", channel: .sms, context: TemplateFixtures.context())
        #expect(sms.outgoingMessage().to == ["+5491155550000"])
    }
}
