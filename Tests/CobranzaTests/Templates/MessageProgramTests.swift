import CobranzaTesting
import Foundation
import Testing

@testable import Cobranza

/// The typed renderer (templates compiled against the message's typed values) against the variable tree it
/// replaced: the same messages, byte for byte, and the same errors.
@Suite("Typed message rendering")
struct MessageProgramTests {
    static let today = TemplateFixtures.today

    /// A seeded synthetic portfolio turned into varied contexts: locales, addressees, several currencies,
    /// previous contacts, promises with and without an amount, deadlines, actions, custom fields, empty
    /// optional texts and customers without a collector.
    static func contexts(seed: UInt64, customers: Int) -> [MessageContext] {
        let portfolio = SyntheticPortfolio(
            .init(customers: customers, invoicesPerCustomer: 6, asOf: today, historyDays: 400, seed: seed))
        var random = SplitMix64(seed: seed &+ 17)
        var invoicesByCustomer: [CustomerID: [Invoice]] = [:]
        for invoice in portfolio.invoices where invoice.isOpen {
            invoicesByCustomer[invoice.customerID, default: []].append(invoice)
        }
        let collectors = Dictionary(portfolio.collectors.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        let locales: [String?] = ["es-AR", "en-US", "es-MX", "en-GB", "es", nil]
        let channels = Channel.allCases
        var result: [MessageContext] = []
        for (index, original) in portfolio.customers.enumerated() {
            var customer = original
            var invoices = invoicesByCustomer[customer.id] ?? []
            guard !invoices.isEmpty else { continue }
            let locale = locales[Int(random.next() % UInt64(locales.count))]
            if random.next() % 3 == 0 {
                customer.contacts.append(
                    Contact(
                        name: random.next() % 2 == 0 ? "" : "Gerencia <General> & \"Hijos\"", role: .escalation,
                        email: random.next() % 2 == 0 ? "" : "gerencia@example.com", phone: nil, locale: locale))
            }
            if random.next() % 4 == 0 { customer.taxID = "" }
            if random.next() % 4 == 1 { customer.postalAddress = "Ruta 3 km 45\nCañuelas" }
            customer.customFields = ["segment": "retail", "empty": "", "po_prefix": "OC-\(index)"]
            if random.next() % 3 == 0, invoices.count > 1 {
                let usd = invoices[1]
                invoices[1] = Invoice(
                    id: usd.id, number: usd.number, customerID: usd.customerID, issueDate: usd.issueDate,
                    dueDate: usd.dueDate, amount: Money(minorUnits: usd.amount.minorUnits, currency: .usd),
                    balance: Money(minorUnits: usd.balance.minorUnits, currency: .usd))
            }
            for position in invoices.indices where random.next() % 3 == 0 {
                invoices[position].customFields = ["po": "PO-\(position)", "blank": ""]
            }
            let split = 1 + Int(random.next() % UInt64(min(3, invoices.count)))
            let contacts = (0..<Int(random.next() % 4)).map { step in
                PreviousContact(
                    date: today.adding(days: -Int(random.next() % 60) - 1),
                    channel: channels[Int(random.next() % UInt64(channels.count))],
                    summary: step == 0 ? nil : (random.next() % 2 == 0 ? "" : "Prometió pagar <el lunes>"))
            }
            let promise: PaymentPromise? =
                switch random.next() % 3 {
                case 0: nil
                case 1: PaymentPromise(date: today.adding(days: -3))
                default: PaymentPromise(date: today.adding(days: 2), amount: invoices[0].balance)
                }
            let roles: [ContactRole?] = [nil, .billing, .escalation]
            let role = roles[Int(random.next() % 3)]
            result.append(
                MessageContext(
                    customer: customer, contact: role.flatMap { customer.contact(withRole: $0) },
                    invoices: Array(invoices.prefix(split)), otherOverdueInvoices: Array(invoices.dropFirst(split - 1)),
                    collector: random.next() % 5 == 0 ? nil : customer.collectorID.flatMap { collectors[$0] },
                    company: TemplateFixtures.company, previousContacts: contacts, promise: promise,
                    deadline: random.next() % 2 == 0 ? today.adding(days: 7) : nil,
                    action: ["la suspensión del servicio", "", nil][Int(random.next() % 3)], today: today,
                    locale: locale))
        }
        return result
    }

    /// The result of a render, compared as a whole: the message or the error.
    static func outcome(_ render: () throws(TemplateRenderError) -> RenderedMessage) -> Result<
        RenderedMessage, TemplateRenderError
    > {
        do {
            return .success(try render())
        } catch {
            return .failure(error)
        }
    }

    @Test("every standard template in both languages renders the same through the typed path as from the tree")
    func standardTemplatesMatchTheTree() throws {
        let library = try TemplateLibrary.standard()
        let renderer = MessageRenderer(library: library)
        let contexts = Self.contexts(seed: 11, customers: 70)
        #expect(contexts.count > 30)
        var compared = 0
        for key in library.keys {
            let template = try #require(library[key])
            #expect(template.programs != nil, "\(key) has no typed program")
        }
        for context in contexts {
            for family in DefaultTemplatesTests.families {
                for channel in Channel.allCases {
                    let typed = Self.outcome { () throws(TemplateRenderError) in
                        try renderer.render(family: family, channel: channel, context: context)
                    }
                    let tree = Self.outcome { () throws(TemplateRenderError) in
                        try renderer.renderFromTree(family: family, channel: channel, context: context)
                    }
                    #expect(typed == tree, "\(family)/\(channel.rawValue)/\(context.locale) for \(context.customer.id)")
                    if case .success = typed { compared += 1 }
                }
            }
        }
        // Every message rendered (none failed on both paths alike).
        #expect(compared == contexts.count * DefaultTemplatesTests.families.count * Channel.allCases.count)
    }

    /// A template that reads every variable of the message schema, each way it can be read.
    static let everyVariable = """
        {{today}} {{today.long}} {{today.iso}} {{today.short}} {{locale}} {{language}}
        {{customer.name}} {{#customer.tax_id}}[{{customer.tax_id}}]{{/customer.tax_id}}{{^customer.tax_id}}-{{/customer.tax_id}}
        {{#customer.postal_address}}{{customer.postal_address}}{{/customer.postal_address}}
        {{#customer.fields.segment}}{{customer.fields.segment}}{{/customer.fields.segment}}
        {{#customer.fields.empty}}never{{/customer.fields.empty}}{{^customer.fields.missing}}no missing{{/customer.fields.missing}}
        {{#customer}}{{name}} {{#fields.po_prefix}}{{.}}{{/fields.po_prefix}}{{/customer}}
        {{contact.name}} {{#contact.email}}{{contact.email}}{{/contact.email}} {{#contact.phone}}{{contact.phone}}{{/contact.phone}}
        {{#billing_contact}}billing: {{billing_contact.name}} {{name}}{{/billing_contact}}{{^billing_contact}}no billing{{/billing_contact}}
        {{#invoices}}{{document}} {{number}} {{issue_date}} {{due_date.long}} {{amount}} {{balance}} {{balance.amount}} \
        {{balance.currency}} {{days_late}} {{days_late_text}} {{days_until_due}} {{days_until_due_text}} \
        {{#is_overdue}}overdue{{/is_overdue}}{{#is_partially_paid}}partial{{/is_partially_paid}} \
        {{#fields.po}}PO {{fields.po}}{{/fields.po}}{{#fields.blank}}never{{/fields.blank}} {{customer.name}} \
        {{#days_late}}late{{/days_late}}{{^days_until_due}}due{{/days_until_due}}{{#balance}}owed{{/balance}}
        {{/invoices}}{{invoice_count}} {{invoice_numbers}} {{#single_invoice}}single{{/single_invoice}}
        {{#other_invoices}}{{number}} {{days_late_text}};{{/other_invoices}}{{^has_other_invoices}}no others{{/has_other_invoices}}
        {{#account_invoices}}{{number}}/{{due_date.iso}}/{{#due_date.short}}{{.}}{{/due_date.short}};{{/account_invoices}}
        {{account_invoice_numbers}} {{total}} {{total_owed}} {{max_days_late}} {{max_days_late_text}}
        {{#total}}[{{.}}]{{/total}}{{^total_owed}}never{{/total_owed}}{{#total_owed}}<{{.}}>{{/total_owed}}
        {{#totals}}{{amount}} {{currency}} {{amount.amount}}{{#amount.currency}}({{.}}){{/amount.currency}};{{/totals}}
        {{#totals_owed}}{{amount}} {{currency}};{{/totals_owed}}
        {{collector.name}} {{collector.phone}} {{#collector.email}}{{collector.email}}{{/collector.email}}
        {{company.name}} {{company.phone}} {{company.payment_instructions}}
        {{#company.email}}{{company.email}}{{/company.email}} {{#company.website}}{{company.website}}{{/company.website}}
        {{#company.postal_address}}{{company.postal_address}}{{/company.postal_address}} {{#company.city}}{{company.city}}{{/company.city}}
        {{#previous_contacts}}{{date}} {{channel}} {{channel_phrase}} {{#summary}}"{{summary}}"{{/summary}};{{/previous_contacts}}
        {{#has_previous_contacts}}{{previous_contact_count}}{{/has_previous_contacts}}{{^previous_contact_count}}none{{/previous_contact_count}}
        {{#last_contact}}last {{last_contact.date.long}} {{channel}}{{/last_contact}}
        {{#promise}}promised {{promise.date}} {{#promise.amount}}{{promise.amount}}{{/promise.amount}}{{/promise}}
        {{#deadline}}by {{deadline.long}}{{/deadline}} {{#action}}{{action}}{{/action}}{{^action}}no action{{/action}}
        {{#.}}{{locale}}{{/.}}
        """

    @Test("a template reading every variable of the schema renders the same through the typed path as from the tree")
    func everyVariableMatchesTheTree() throws {
        var sources: [MessageTemplate] = []
        for language in ["es", "en"] {
            sources.append(
                MessageTemplate(
                    family: "everything", channel: .email, language: language, subject: "{{customer.name}} {{total}}",
                    body: Self.everyVariable, html: "<p>" + Self.everyVariable + "</p>"))
            sources.append(
                MessageTemplate(
                    family: "everything", channel: .whatsApp, language: language, body: "{{1}} / {{2}}\n\n{{1}}",
                    whatsApp: .init(name: "everything", parameters: ["{{customer.name}}", Self.everyVariable])))
        }
        let renderer = MessageRenderer(library: try TemplateLibrary(sources))
        let contexts = Self.contexts(seed: 5, customers: 80) + [TemplateFixtures.minimalContext(locale: "es-AR")]
        var rendered = 0
        for context in contexts {
            for channel in [Channel.email, .whatsApp] {
                let typed = Self.outcome { () throws(TemplateRenderError) in
                    try renderer.render(family: "everything", channel: channel, context: context)
                }
                let tree = Self.outcome { () throws(TemplateRenderError) in
                    try renderer.renderFromTree(family: "everything", channel: channel, context: context)
                }
                #expect(typed == tree, "\(channel.rawValue) for \(context.customer.id)")
                if case .success(let message) = typed {
                    rendered += 1
                    #expect(message.body.contains(context.locale))
                }
            }
        }
        #expect(rendered > contexts.count)
    }

    @Test("a missing or empty required value fails with the same error and position on both paths")
    func errorsMatchTheTree() throws {
        let sources = [
            MessageTemplate(
                family: "names", channel: .sms, language: "es",
                body: "{{#invoices}}{{number}}{{/invoices}}\n  Hola {{customer.name}}, {{contact.name}}"),
            MessageTemplate(
                family: "names", channel: .sms, language: "en", body: "{{#promise}}\n{{promise.date.long}}{{/promise}}"),
        ]
        let renderer = MessageRenderer(library: try TemplateLibrary(sources))
        var context = TemplateFixtures.minimalContext(locale: "es-AR")
        context.customer.name = ""
        context.contact.name = ""
        let typed = Self.outcome { () throws(TemplateRenderError) in
            try renderer.render(family: "names", channel: .sms, context: context)
        }
        let tree = Self.outcome { () throws(TemplateRenderError) in
            try renderer.renderFromTree(family: "names", channel: .sms, context: context)
        }
        #expect(typed == tree)
        #expect(
            typed
                == .failure(.emptyValue(template: "names/sms/es:body", variable: "customer.name", line: 2, column: 8)))

        var english = TemplateFixtures.minimalContext(locale: "en-US")
        english.promise = PaymentPromise(date: Self.today)
        let message = try renderer.render(family: "names", channel: .sms, context: english)
        #expect(message.body == "April 15, 2024")
        #expect(try renderer.renderFromTree(family: "names", channel: .sms, context: english) == message)
    }

    @Test("a library checked against another schema renders from the tree, with no typed program")
    func otherSchemaHasNoProgram() throws {
        var fields = TemplateSchema.message.fields
        fields["extra"] = TemplateField(.text)
        let schema = TemplateSchema(fields)
        let library = try TemplateLibrary(
            [MessageTemplate(family: "friendly", channel: .sms, language: "es", body: "Hola {{customer.name}}")],
            schema: schema)
        let template = try #require(library[TemplateKey(family: "friendly", channel: .sms, language: "es")])
        #expect(template.programs == nil)
        let message = try MessageRenderer(library: library).render(
            family: "friendly", channel: .sms, context: TemplateFixtures.minimalContext(locale: "es-AR"))
        #expect(message.body == "Hola Kiosco Lo de Marta")
    }
}

@Suite("Template formatting shortcuts")
struct TemplateFormattingShortcutTests {
    @Test(
        "the common locale tags give the formats their parsing gives",
        arguments: ["es-AR", "es-MX", "es-CL", "es", "en-US", "en", "en-GB", "es-ES", "en-AU", "pt-BR"])
    func shortcutsMatchParsing(tag: String) {
        let parsed = TemplateFormatting(
            money: MoneyFormat(localeIdentifier: tag), dates: LocalizedDateFormat(localeIdentifier: tag))
        #expect(TemplateFormatting(localeIdentifier: tag) == parsed)
    }

    @Test("other overdue invoices drop the triggering ones, with few or many triggering invoices")
    func otherInvoicesDropTheTriggeringOnes() {
        let invoices = (0..<12).map { index in
            TemplateFixtures.invoice(
                "A-\(index)", issued: "2024-01-01", due: "2024-02-0\(index % 9 + 1)", cents: 1_000 + Int64(index))
        }
        for count in [1, 3, 8, 9, 11] {
            let context = MessageContext(
                customer: TemplateFixtures.customer(), invoices: Array(invoices.prefix(count)),
                otherOverdueInvoices: invoices.reversed(), collector: nil, company: TemplateFixtures.company,
                today: TemplateFixtures.today)
            #expect(context.otherOverdueInvoices.map(\.number) == invoices.dropFirst(count).reversed().map(\.number))
        }
    }
}
