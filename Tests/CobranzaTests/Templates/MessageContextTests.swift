import Cobranza
import Foundation
import Testing

@Suite("Message context")
struct MessageContextTests {
    @Test("the tree lists invoices by due date with their days, totals and flags")
    func invoices() throws {
        let tree = try TemplateFixtures.context().variables()
        guard case .list(let invoices) = tree["invoices"] else {
            Issue.record("no invoice list")
            return
        }
        #expect(invoices.map { $0["number"] } == [.text("A-0001-00001234"), .text("A-0001-00001250")])
        #expect(invoices[0]["days_late"] == .number(15))
        #expect(invoices[1]["days_late_text"] == .text("7 días"))
        #expect(invoices[1]["is_partially_paid"] == .flag(true))
        #expect(invoices[1]["balance"] == .money(Money(minorUnits: 30_500_50, currency: .ars)))
        #expect(tree["invoice_count"] == .number(2))
        #expect(tree["single_invoice"] == .flag(false))
        #expect(tree["invoice_numbers"] == .text("A-0001-00001234 y A-0001-00001250"))
        #expect(tree["total"] == .text("$ 180.500,50"))
        #expect(tree["total_owed"] == .text("$ 225.750,50"))
        #expect(tree["max_days_late"] == .number(61))
        #expect(tree["has_other_invoices"] == .flag(true))
        #expect(tree["account_invoice_numbers"] == .text("A-0001-00001101, A-0001-00001234 y A-0001-00001250"))
        #expect(tree["today"] == .date(TemplateFixtures.today))
    }

    @Test("days are counted from the due date: due today is not late, one day has a singular unit")
    func days() throws {
        let customer = TemplateFixtures.customer()
        let context = MessageContext(
            customer: customer,
            invoices: [
                TemplateFixtures.invoice("D-0", issued: "2024-03-01", due: "2024-04-15", cents: 100),
                TemplateFixtures.invoice("D-1", issued: "2024-03-01", due: "2024-04-14", cents: 100),
                TemplateFixtures.invoice("D+1", issued: "2024-03-01", due: "2024-04-16", cents: 100),
            ],
            collector: nil, company: TemplateFixtures.company, today: TemplateFixtures.today, locale: "en-US")
        guard case .list(let invoices) = try context.variables()["invoices"] else {
            Issue.record("no invoice list")
            return
        }
        #expect(invoices.map { $0["number"] } == [.text("D-1"), .text("D-0"), .text("D+1")])
        #expect(invoices.map { $0["days_late_text"] } == [.text("1 day"), .text("0 days"), .text("0 days")])
        #expect(invoices.map { $0["is_overdue"] } == [.flag(true), .flag(false), .flag(false)])
        #expect(invoices.map { $0["days_until_due"] } == [.number(0), .number(0), .number(1)])
    }

    @Test("the addressed contact defaults to the billing contact; a higher-ranking one brings the billing one along")
    func contacts() throws {
        let billing = try TemplateFixtures.context().variables()
        #expect(billing["contact"]?["name"] == .text("Laura Gómez"))
        #expect(billing["billing_contact"] == nil)
        let escalation = try TemplateFixtures.context(contact: .escalation).variables()
        #expect(escalation["contact"]?["name"] == .text("Jorge Pérez"))
        #expect(escalation["billing_contact"]?["name"] == .text("Laura Gómez"))
    }

    @Test("without a collector, the message is signed by the collections team with the company's phone")
    func collectorFallback() throws {
        let tree = try TemplateFixtures.minimalContext(locale: "es-AR").variables()
        #expect(tree["collector"]?["name"] == .text("Cobranzas"))
        #expect(tree["collector"]?["phone"] == .text("+54 11 4000-1234"))
        #expect(tree["collector"]?["email"] == .text("cobranzas@distsur.com.ar"))
        let english = try TemplateFixtures.minimalContext(locale: "en-US").variables()
        #expect(english["collector"]?["name"] == .text("Collections"))
        var named = TemplateFixtures.minimalContext(locale: "es-AR")
        named.company.collectionsTeam = "Equipo de Cobranzas"
        #expect(try named.variables()["collector"]?["name"] == .text("Equipo de Cobranzas"))
        var context = TemplateFixtures.context()
        context.collector = Collector(id: "bob", name: "Roberto Díaz")
        #expect(try context.variables()["collector"]?["phone"] == .text("+54 11 4000-1234"))
    }

    @Test("the locale comes from the argument, else the contact, else the company; it is normalized")
    func locale() {
        let customer = TemplateFixtures.customer(locale: "en_us")
        let company = TemplateFixtures.company
        let today = TemplateFixtures.today
        #expect(
            MessageContext(customer: customer, invoices: [], collector: nil, company: company, today: today).locale
                == "en-US")
        #expect(
            MessageContext(
                customer: customer, invoices: [], collector: nil, company: company, today: today, locale: "es_cl"
            )
            .locale == "es-CL")
        let anonymous = Customer(id: "C-2", name: "Sin Contacto SA")
        let context = MessageContext(customer: anonymous, invoices: [], collector: nil, company: company, today: today)
        #expect(context.locale == "es-AR")
        #expect(context.contact.name == "Sin Contacto SA")
        #expect(context.language == "es")
    }

    @Test("other overdue invoices that are also triggering ones are listed once")
    func duplicatesDropped() {
        let invoice = TemplateFixtures.invoice("A-1", issued: "2024-03-01", due: "2024-03-31", cents: 100)
        let context = MessageContext(
            customer: TemplateFixtures.customer(), invoices: [invoice], otherOverdueInvoices: [invoice],
            collector: nil, company: TemplateFixtures.company, today: TemplateFixtures.today)
        #expect(context.otherOverdueInvoices.isEmpty)
    }

    @Test(
        "previous contacts come from contact activities, dated in the company's time zone, never with internal comments"
    )
    func previousContactsFromActivities() throws {
        let buenosAires = try #require(TimeZone(secondsFromGMT: -3 * 3600))
        let activity = Activity(
            id: "act-1", timestamp: Date(timeIntervalSince1970: 1_711_936_800),  // 2024-04-01T02:00:00Z
            performedBy: .collector("ana"), customerID: "C-001", kind: .contact, channel: .phoneCall,
            comment: "cliente evasivo, insistir")
        let contact = try #require(PreviousContact(activity: activity, timeZone: buenosAires))
        #expect(contact.date == TemplateFixtures.date("2024-03-31"))
        #expect(contact.channel == .phoneCall)
        #expect(contact.summary == nil)
        var note = activity
        note.kind = .note
        #expect(PreviousContact(activity: note, timeZone: buenosAires) == nil)
        var noChannel = activity
        noChannel.channel = nil
        #expect(PreviousContact(activity: noChannel, timeZone: buenosAires) == nil)
    }

    @Test("the company profile is validated, naming the field")
    func companyValidation() {
        var company = TemplateFixtures.company
        #expect(throws: Never.self) { try company.validate() }
        company.phone = " "
        #expect(throws: PolicyError.missingValue(field: "company.phone")) { try company.validate() }
        company.phone = "1"
        company.paymentInstructions = ""
        #expect(throws: PolicyError.missingValue(field: "company.paymentInstructions")) { try company.validate() }
    }

    @Test("a required value that is empty in the data is a render error naming the template and variable")
    func emptyRequiredValue() throws {
        let customer = Customer(id: "C-3", name: "", contacts: [Contact(name: "Ana", locale: "es-AR")])
        let context = MessageContext(
            customer: customer,
            invoices: [TemplateFixtures.invoice("A-1", issued: "2024-03-01", due: "2024-03-31", cents: 100)],
            collector: nil, company: TemplateFixtures.company, today: TemplateFixtures.today)
        #expect(
            throws: TemplateRenderError.emptyValue(
                template: "friendly/email/es:subject", variable: "customer.name", line: 1, column: 23)
        ) {
            try MessageRenderer(library: try .standard()).render(family: "friendly", channel: .email, context: context)
        }
    }
}
