import Cobranza
import Foundation
import Testing

@Suite("Templates guide")
struct TemplatesGuideTests {
    static let guideURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Documentation/Templates.md")

    @Test("the guide's runnable example prints what the guide says")
    func runnableExample() throws {
        let company = CompanyProfile(
            name: "Distribuidora Sur SA",
            paymentInstructions: "Transferencia a Banco Nación\nCBU 0110599520000001234567\nAlias DISTSUR.COBRANZAS",
            phone: "+54 11 4000-1234", city: "Buenos Aires", defaultLocale: "es-AR")
        let ana = Collector(id: "ana", name: "Ana Martínez", phone: "+54 11 4000-1250")
        let customer = Customer(
            id: "C-001", name: "Ferretería Don Pepe SRL",
            contacts: [Contact(name: "Laura Gómez", role: .billing, email: "pagos@donpepe.com.ar", locale: "es-AR")],
            collectorID: "ana")
        let invoice = Invoice(
            id: "FA-1234", number: "A-0001-00001234", customerID: "C-001",
            issueDate: try CivilDate(iso: "2024-03-01"), dueDate: try CivilDate(iso: "2024-03-31"),
            amount: Money(minorUnits: 150_000_00, currency: .ars))

        let context = MessageContext(
            customer: customer, invoices: [invoice], collector: ana, company: company,
            previousContacts: [PreviousContact(date: try CivilDate(iso: "2024-04-05"), channel: .email)],
            today: try CivilDate(iso: "2024-04-15"))

        let renderer = MessageRenderer(library: try TemplateLibrary.standard())

        let sms = try renderer.render(family: "friendly", channel: .sms, context: context)
        #expect(
            sms.body
                == "Distribuidora Sur SA: Hola Laura Gómez, le recordamos que el comprobante A-0001-00001234 se "
                + "encuentra vencido. Saldo: $ 150.000,00. Si ya pagó, desestime este mensaje. Consultas: Ana "
                + "Martínez, +54 11 4000-1250.")

        let email = try renderer.render(family: "direct", channel: .email, context: context)
        #expect(email.subject == "Saldo vencido pendiente: confirmación de fecha de pago")
        #expect(
            email.body.split(separator: "\n\n")[1]
                == "El 05/04/2024 nos comunicamos con ustedes por correo electrónico por el saldo pendiente de "
                + "Ferretería Don Pepe SRL. A la fecha, no hemos registrado el pago.")
        let outgoing = email.outgoingMessage()
        #expect(outgoing.to == ["pagos@donpepe.com.ar"] && outgoing.purpose == "direct")
    }

    @Test("the guide's other examples hold")
    func otherExamples() throws {
        let schema = TemplateSchema([
            "name": TemplateField(.text),
            "items": TemplateField(.list(.object(TemplateSchema(["label": TemplateField(.text)])))),
        ])
        let template = try Template("Hola {{name}}:{{#items}} {{label}}{{/items}}", id: "demo", schema: schema)
        #expect(
            try template.render(.object(["name": "Ana", "items": .list([.object(["label": "uno"])])]))
                == "Hola Ana: uno")

        #expect(
            throws: TemplateError.unknownVariable(
                template: "friendly/sms/es:body", variable: "saldo", line: 1, column: 49)
        ) {
            try TemplateLibrary.standard().overriding(with: [
                MessageTemplate(
                    family: "friendly", channel: .sms, language: "es",
                    body: "{{company.name}}: {{contact.name}}, su saldo es {{saldo}}")
            ])
        }
    }

    @Test("the guide documents every variable of the message schema")
    func variableTableIsComplete() throws {
        let guide = try String(contentsOf: Self.guideURL, encoding: .utf8)
        var missing: [String] = []
        func walk(_ schema: TemplateSchema, prefix: String, insideList: Bool) {
            for (name, field) in schema.fields {
                let path = prefix.isEmpty ? name : prefix + "." + name
                let documented = insideList ? "`\(name)`" : "`\(path)`"
                if case .object = field.kind, !insideList {
                    // An object is documented through its fields.
                } else if !guide.contains(documented) {
                    missing.append(path)
                }
                switch field.kind {
                case .object(let inner): walk(inner, prefix: path, insideList: insideList)
                case .list(.object(let inner)): walk(inner, prefix: path, insideList: true)
                default: break
                }
            }
        }
        walk(.message, prefix: "", insideList: false)
        #expect(missing.isEmpty, "undocumented variables: \(missing.sorted())")
    }
}
