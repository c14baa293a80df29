import Cobranza
import Testing

@Suite("Template language")
struct TemplateLanguageTests {
    /// A small schema: a customer, a list of invoices, an optional promise, a list of plain texts.
    static let schema = TemplateSchema([
        "customer": TemplateField(
            .object(
                TemplateSchema([
                    "name": TemplateField(.text),
                    "email": TemplateField(.text, isOptional: true),
                    "fields": TemplateField(.textMap),
                ]))),
        "invoices": TemplateField(
            .list(
                .object(
                    TemplateSchema([
                        "number": TemplateField(.text),
                        "balance": TemplateField(.money),
                        "due_date": TemplateField(.date),
                        "days_late": TemplateField(.number),
                        "is_overdue": TemplateField(.flag),
                        "notes": TemplateField(.list(.text)),
                    ])))),
        "promise": TemplateField(
            .object(TemplateSchema(["date": TemplateField(.date), "amount": TemplateField(.money, isOptional: true)])),
            isOptional: true),
        "vip": TemplateField(.flag),
        "tags": TemplateField(.list(.text)),
    ])

    static func invoice(_ number: String, cents: Int64, due: String, late: Int, notes: [TemplateValue] = [])
        throws -> TemplateValue
    {
        .object([
            "number": .text(number), "balance": .money(Money(minorUnits: cents, currency: .ars)),
            "due_date": .date(try CivilDate(iso: due)), "days_late": .number(late), "is_overdue": .flag(late > 0),
            "notes": .list(notes),
        ])
    }

    static func tree(name: String = "Ferretería Don Pepe SRL", promise: Bool = false) throws -> TemplateValue {
        var root: [String: TemplateValue] = [
            "customer": .object(["name": .text(name), "fields": .object(["segment": "retail"])]),
            "invoices": .list([
                try invoice("A-1", cents: 150_000_00, due: "2024-03-15", late: 7, notes: ["urgente", "OC 77"]),
                try invoice("A-2", cents: 2_500_50, due: "2024-03-29", late: 0),
            ]),
            "vip": false,
            "tags": .list(["uno", "dos"]),
        ]
        if promise {
            root["promise"] = .object(["date": .date(try CivilDate(iso: "2024-04-05"))])
        }
        return .object(root)
    }

    func render(
        _ source: String, _ values: TemplateValue, escaping: TemplateEscaping = .plain, locale: String = "es-AR"
    )
        throws -> String
    {
        let template = try Template(source, id: "test", schema: Self.schema)
        return try template.render(values, escaping: escaping, formatting: TemplateFormatting(localeIdentifier: locale))
    }

    @Test("prints variables and dotted paths, with spaces inside the braces allowed")
    func variables() throws {
        #expect(
            try render("Hola {{customer.name}} / {{ customer.name }}!", Self.tree())
                == "Hola Ferretería Don Pepe SRL / Ferretería Don Pepe SRL!")
    }

    @Test("a section repeats per item; names resolve innermost first and then outwards")
    func listSections() throws {
        let source = "{{#invoices}}[{{number}} {{balance}} {{due_date}} {{customer.name}}]{{/invoices}}"
        #expect(
            try render(source, Self.tree(name: "X"))
                == "[A-1 $ 150.000,00 15/03/2024 X][A-2 $ 2.500,50 29/03/2024 X]")
    }

    @Test("nested sections: a list inside a list item, a flag inside a list, and the current item '.'")
    func nestedSections() throws {
        let source =
            "{{#invoices}}{{number}}{{#is_overdue}} (late {{days_late}}){{/is_overdue}}:{{#notes}} <{{.}}>{{/notes}};{{/invoices}}"
        #expect(try render(source, Self.tree()) == "A-1 (late 7): <urgente> <OC 77>;A-2:;")
    }

    @Test("inverted sections show for absent, empty, zero and false values only")
    func invertedSections() throws {
        let source = "{{^promise}}no promise{{/promise}}{{#promise}}promised {{promise.date.long}}{{/promise}}"
        #expect(try render(source, Self.tree()) == "no promise")
        #expect(try render(source, Self.tree(promise: true)) == "promised 5 de abril de 2024")
        #expect(try render("{{^vip}}regular{{/vip}}", Self.tree()) == "regular")
        #expect(
            try render("{{#invoices}}{{^days_late}}{{number}} not late{{/days_late}}{{/invoices}}", Self.tree())
                == "A-2 not late")
    }

    @Test("comments print nothing, even across lines")
    func comments() throws {
        #expect(try render("a{{! note }}b{{!\n multi\n line }}c", Self.tree()) == "abc")
    }

    @Test("a section or comment alone on its line takes the line with it")
    func standaloneLines() throws {
        let source = """
            Facturas:
              {{#invoices}}
            - {{number}}
              {{/invoices}}
            {{! end }}
            Fin
            """
        #expect(try render(source, Self.tree()) == "Facturas:\n- A-1\n- A-2\nFin")
    }

    @Test("money and date accessors: amount, currency, short, long, iso")
    func accessors() throws {
        let source =
            "{{#invoices}}{{balance.amount}} {{balance.currency}} {{due_date.short}} {{due_date.iso}}|{{/invoices}}"
        #expect(
            try render(source, Self.tree())
                == "150.000,00 ARS 15/03/2024 2024-03-15|2.500,50 ARS 29/03/2024 2024-03-29|")
        #expect(
            try render("{{#invoices}}{{balance}} {{due_date.long}}|{{/invoices}}", Self.tree(), locale: "en-US")
                == "ARS 150,000.00 March 15, 2024|ARS 2,500.50 March 29, 2024|")
    }

    @Test("HTML escaping applies to values only; plain output leaves them as they are")
    func escaping() throws {
        let hostile = "<script>alert('x')</script> & \"Co\""
        let source = "<p>{{customer.name}}</p>"
        #expect(
            try render(source, Self.tree(name: hostile), escaping: .html)
                == "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</p>")
        #expect(try render(source, Self.tree(name: hostile)) == "<p>\(hostile)</p>")
        #expect(try render("{{customer.name}}", Self.tree(name: "a\nb"), escaping: .html) == "a<br>\nb")
    }

    @Test("customer text that looks like a tag is printed literally, never evaluated")
    func customerTextIsData() throws {
        let name = "{{collector.phone}} {{#invoices}}x{{/invoices}}"
        #expect(try render("Hola {{customer.name}}", Self.tree(name: name)) == "Hola \(name)")
        #expect(try render("{{customer.name}}", Self.tree(name: name), escaping: .html) == name)
    }

    @Test("WhatsApp parameters lose line breaks, tabs and runs of spaces")
    func whatsAppParameters() throws {
        #expect(
            try render("{{customer.name}}", Self.tree(name: "  Don\n\tPepe    SRL "), escaping: .whatsAppParameter)
                == "Don Pepe SRL")
    }

    @Test("an optional value is printed inside a section that guards it; a free field too")
    func guardedOptionals() throws {
        let source =
            "{{#customer.email}}<{{customer.email}}>{{/customer.email}}{{#customer.fields.segment}}[{{customer.fields.segment}}]{{/customer.fields.segment}}"
        #expect(try render(source, Self.tree()) == "[retail]")
        let withEmail: TemplateValue = .object([
            "customer": .object(["name": "N", "email": "a@b.c", "fields": .object([:])])
        ])
        #expect(try render(source, withEmail) == "<a@b.c>")
    }

    @Test("one compiled template renders different trees independently")
    func renderMany() throws {
        let template = try Template("{{customer.name}}", id: "t", schema: Self.schema)
        #expect(try template.render(Self.tree(name: "A")) == "A")
        #expect(try template.render(Self.tree(name: "B")) == "B")
        #expect(template.variables == ["customer.name"])
    }

    // MARK: - Errors at compile time

    static func compileError(_ source: String) -> TemplateError? {
        do {
            _ = try Template(source, id: "friendly/email/es:body", schema: schema)
            return nil
        } catch {
            return error
        }
    }

    @Test("an unknown variable names the template, the variable, the line and the column")
    func unknownVariable() {
        let error = Self.compileError("Estimada/o:\nLe escribimos por {{custmer.name}} hoy")
        #expect(
            error == .unknownVariable(template: "friendly/email/es:body", variable: "custmer.name", line: 2, column: 19)
        )
        #expect(
            error?.description
                == "Template 'friendly/email/es:body' line 2, column 19: unknown variable 'custmer.name'")
    }

    @Test("columns count characters, not bytes, after accented letters")
    func columnsCountCharacters() {
        #expect(
            Self.compileError("Señoría {{nope}}")
                == .unknownVariable(template: "friendly/email/es:body", variable: "nope", line: 1, column: 9))
    }

    @Test("an item's field is unknown outside its section, and a field of a date is unknown")
    func scopeOfItems() {
        #expect(
            Self.compileError("{{number}}")
                == .unknownVariable(template: "friendly/email/es:body", variable: "number", line: 1, column: 1))
        #expect(
            Self.compileError("{{#invoices}}{{due_date.year}}{{/invoices}}")
                == .unknownVariable(template: "friendly/email/es:body", variable: "due_date.year", line: 1, column: 14))
    }

    @Test("an unclosed section names the section and where it opened")
    func unclosedSection() {
        let error = Self.compileError("Hola\n  {{#invoices}}\n{{number}}\n")
        #expect(error == .unclosedSection(template: "friendly/email/es:body", section: "invoices", line: 2, column: 3))
    }

    @Test("a mismatched or stray closing tag is an error at the closing tag")
    func mismatchedSection() {
        #expect(
            Self.compileError("{{#invoices}}{{#promise}}\n{{/invoices}}")
                == .mismatchedSection(
                    template: "friendly/email/es:body", expected: "promise", found: "invoices", line: 2, column: 1))
        #expect(
            Self.compileError("x {{/promise}}")
                == .unexpectedSectionEnd(template: "friendly/email/es:body", section: "promise", line: 1, column: 3))
    }

    @Test("an optional value printed without a guard is rejected")
    func unguardedOptional() {
        #expect(
            Self.compileError("Mail: {{customer.email}}")
                == .unguardedOptional(
                    template: "friendly/email/es:body", variable: "customer.email", line: 1, column: 7))
        #expect(
            Self.compileError("{{promise.date}}")
                == .unguardedOptional(template: "friendly/email/es:body", variable: "promise.date", line: 1, column: 1))
        #expect(
            Self.compileError("{{^promise}}{{promise.date}}{{/promise}}")
                == .unguardedOptional(template: "friendly/email/es:body", variable: "promise.date", line: 1, column: 13)
        )
    }

    @Test("lists, objects and flags cannot be printed")
    func notPrintable() {
        #expect(
            Self.compileError("{{invoices}}")
                == .notPrintable(template: "friendly/email/es:body", variable: "invoices", line: 1, column: 1))
        #expect(
            Self.compileError("{{vip}}")
                == .notPrintable(template: "friendly/email/es:body", variable: "vip", line: 1, column: 1))
    }

    @Test(
        "malformed and unsupported tags are rejected",
        arguments: [
            "{{{customer.name}}}", "{{&customer.name}}", "{{> partial}}", "{{}}", "{{customer..name}}", "{{a b}}",
        ])
    func invalidTags(source: String) {
        guard case .invalidTag(let template, _, _, 1, 1) = Self.compileError(source) else {
            Issue.record("expected an invalid tag error for \(source)")
            return
        }
        #expect(template == "friendly/email/es:body")
    }

    @Test("an unterminated tag names where it starts")
    func unterminatedTag() {
        #expect(
            Self.compileError("ok\nthen {{customer.name")
                == .unterminatedTag(template: "friendly/email/es:body", line: 2, column: 6))
    }

    // MARK: - Errors at render time

    @Test("a required value absent or empty in the tree is a render error naming the variable")
    func missingAndEmptyValues() throws {
        let template = try Template("Hola\n{{customer.name}}", id: "t", schema: Self.schema)
        #expect(throws: TemplateRenderError.missingValue(template: "t", variable: "customer.name", line: 2, column: 1))
        {
            try template.render(.object(["customer": .object([:])]))
        }
        #expect(throws: TemplateRenderError.emptyValue(template: "t", variable: "customer.name", line: 2, column: 1)) {
            try template.render(.object(["customer": .object(["name": ""])]))
        }
    }
}
