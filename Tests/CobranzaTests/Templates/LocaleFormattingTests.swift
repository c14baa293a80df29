import Cobranza
import Testing

@Suite("Money and dates in rendered messages")
struct LocaleFormattingTests {
    static func context(locale: String, currency: Currency, minorUnits: Int64, city: String?) -> MessageContext {
        var company = TemplateFixtures.company
        company.city = city
        let customer = TemplateFixtures.customer(locale: locale)
        return MessageContext(
            customer: customer,
            invoices: [
                Invoice(
                    id: "F-1", number: "F-1", customerID: customer.id, issueDate: TemplateFixtures.date("2024-03-01"),
                    dueDate: TemplateFixtures.date("2024-03-31"),
                    amount: Money(minorUnits: minorUnits, currency: currency))
            ],
            collector: TemplateFixtures.collector, company: company, today: TemplateFixtures.date("2024-04-15"))
    }

    @Test(
        "each locale writes its currency and dates in the email and the letter",
        arguments: [
            (
                "es-AR", Currency.ars, Int64(150_000_00), String?("Buenos Aires"),
                "- Factura F-1, vencida el 31/03/2024 (15 días de atraso): saldo $ 150.000,00\nTotal: $ 150.000,00",
                "Buenos Aires, 15 de abril de 2024\n"
            ),
            (
                "es-MX", .mxn, 150_000_00, "Ciudad de México",
                "- Factura F-1, vencida el 31/03/2024 (15 días de atraso): saldo $150,000.00\nTotal: $150,000.00",
                "Ciudad de México, 15 de abril de 2024\n"
            ),
            (
                "es-CL", .clp, 1_500_000, nil,
                "- Factura F-1, vencida el 31-03-2024 (15 días de atraso): saldo $1.500.000\nTotal: $1.500.000",
                "15 de abril de 2024\n"
            ),
            (
                "en-US", .usd, 150_000_00, "Miami",
                "- Invoice F-1, due 03/31/2024 (15 days overdue): balance $150,000.00\nTotal: $150,000.00",
                "Miami, April 15, 2024\n"
            ),
        ])
    func locales(locale: String, currency: Currency, minorUnits: Int64, city: String?, line: String, dateLine: String)
        throws
    {
        let renderer = MessageRenderer(library: try .standard())
        let context = Self.context(locale: locale, currency: currency, minorUnits: minorUnits, city: city)
        let email = try renderer.render(family: "friendly", channel: .email, context: context)
        #expect(email.body.contains(line))
        #expect(email.locale == locale)
        let letter = try renderer.render(family: "formal", channel: .letter, context: context)
        #expect(letter.body.hasPrefix(dateLine))
    }

    @Test("totals are per currency, in prose, in the message's language")
    func mixedCurrencies() throws {
        let customer = TemplateFixtures.customer()
        let invoices = [
            TemplateFixtures.invoice("A-1", issued: "2024-03-01", due: "2024-03-31", cents: 1_000_00),
            TemplateFixtures.invoice("U-1", issued: "2024-03-01", due: "2024-04-01", cents: 200_00, currency: .usd),
            TemplateFixtures.invoice("A-2", issued: "2024-03-01", due: "2024-04-02", cents: 500_00),
            TemplateFixtures.invoice("E-1", issued: "2024-03-01", due: "2024-04-03", cents: 50_00, currency: .eur),
        ]
        let spanish = MessageContext(
            customer: customer, invoices: invoices, collector: nil, company: TemplateFixtures.company,
            today: TemplateFixtures.today)
        let sms = try MessageRenderer(library: try .standard()).render(
            family: "friendly", channel: .sms, context: spanish)
        #expect(sms.body.contains("Saldo: $ 1.500,00, US$ 200,00 y EUR 50,00."))
        #expect(sms.body.contains("los comprobantes A-1, U-1, A-2 y E-1 se encuentran vencidos"))
        var english = spanish
        english.locale = "en-US"
        let englishSMS = try MessageRenderer(library: try .standard()).render(
            family: "friendly", channel: .sms, context: english)
        #expect(englishSMS.body.contains("Balance: ARS 1,500.00, $200.00, and EUR 50.00."))
    }
}
