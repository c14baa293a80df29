import Cobranza
import Foundation

/// A realistic world for rendering messages: an Argentine hardware distributor chasing a customer.
enum TemplateFixtures {
    static func date(_ iso: String) -> CivilDate {
        (try? CivilDate(iso: iso)) ?? CivilDate(daysSinceEpoch: 0)
    }

    static let today = date("2024-04-15")

    static let company = CompanyProfile(
        name: "Distribuidora Sur SA",
        paymentInstructions: "Transferencia a Banco Nación\nCBU 0110599520000001234567\nAlias DISTSUR.COBRANZAS",
        localizedPaymentInstructions: ["en": "Wire transfer to Banco Nación\nCBU 0110599520000001234567"],
        phone: "+54 11 4000-1234", email: "cobranzas@distsur.com.ar", website: "https://pagos.distsur.com.ar",
        postalAddress: "Av. Belgrano 1234, C1092AAS CABA", city: "Buenos Aires", defaultLocale: "es-AR")

    static let collector = Collector(
        id: "ana", name: "Ana Martínez", email: "ana.martinez@distsur.com.ar", phone: "+54 11 4000-1250")

    static func customer(name: String = "Ferretería Don Pepe SRL", locale: String = "es-AR") -> Customer {
        Customer(
            id: "C-001", name: name, taxID: "30-71234567-9",
            contacts: [
                Contact(
                    name: "Laura Gómez", role: .billing, email: "pagos@donpepe.com.ar", phone: "+5491155550000",
                    whatsApp: "+5491155550000", locale: locale),
                Contact(name: "Jorge Pérez", role: .escalation, email: "jperez@donpepe.com.ar", locale: locale),
            ],
            postalAddress: "Calle Falsa 123, Lanús, Buenos Aires", collectorID: "ana",
            customFields: ["segment": "retail"])
    }

    static func invoice(
        _ number: String, issued: String, due: String, cents: Int64, balance: Int64? = nil, currency: Currency = .ars
    ) -> Invoice {
        Invoice(
            id: InvoiceID(number), number: number, customerID: "C-001", issueDate: date(issued), dueDate: date(due),
            amount: Money(minorUnits: cents, currency: currency),
            balance: balance.map { Money(minorUnits: $0, currency: currency) })
    }

    /// Two invoices at the step (one partly paid), one other overdue invoice, two previous contacts.
    static func context(
        locale: String = "es-AR", customerName: String = "Ferretería Don Pepe SRL",
        contact role: ContactRole = .billing,
        promise: PaymentPromise? = nil, deadline: CivilDate? = nil, action: String? = nil
    ) -> MessageContext {
        let customer = customer(name: customerName, locale: locale)
        return MessageContext(
            customer: customer, contact: customer.contact(withRole: role),
            invoices: [
                invoice("A-0001-00001234", issued: "2024-03-01", due: "2024-03-31", cents: 150_000_00),
                invoice(
                    "A-0001-00001250", issued: "2024-03-08", due: "2024-04-08", cents: 80_000_00, balance: 30_500_50),
            ],
            otherOverdueInvoices: [
                invoice("A-0001-00001101", issued: "2024-01-15", due: "2024-02-14", cents: 45_250_00)
            ],
            collector: collector, company: company,
            previousContacts: [
                PreviousContact(date: date("2024-04-01"), channel: .email),
                PreviousContact(
                    date: date("2024-04-08"), channel: .phoneCall,
                    summary: locale.hasPrefix("es")
                        ? "nos indicaron que el pago estaba en proceso" : "you told us the payment was being processed"),
            ],
            promise: promise, deadline: deadline, action: action, today: today, locale: locale)
    }

    /// The smallest context: one invoice, no collector, no history.
    static func minimalContext(locale: String) -> MessageContext {
        let customer = Customer(
            id: "C-9", name: "Kiosco Lo de Marta", contacts: [Contact(name: "Marta Ruiz", locale: locale)])
        return MessageContext(
            customer: customer,
            invoices: [invoice("B-0002-00000077", issued: "2024-04-01", due: "2024-04-20", cents: 12_345_67)],
            collector: nil, company: company, today: today)
    }
}
