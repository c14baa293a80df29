import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Alert digest rendering")
struct AlertRenderingTests {
    let monday = AlertWorld.monday

    func digest(locale: String, rule: String = "broken_promises", period: AlertPeriod? = nil) -> AlertDigest {
        let invoice = AlertWorld.invoice("FA-1", customer: "C-1", due: Fixtures.day(-20), balance: 150_000)
        let item = AlertItem(
            customerID: "C-1", customerName: "Cliente C-1 SRL", collectorID: "ana",
            reason: .promiseBroken(promisedOn: Fixtures.day(0), amount: nil),
            invoices: [AlertInvoiceLine(invoice, on: monday)])
        return AlertDigest(
            rule: rule, recipient: .collector("ana"),
            addressee: AlertAddressee(name: "Ana Pérez", emails: ["ana@empresa.example"]),
            period: period ?? .day(monday), locale: locale,
            wording: BrokenPromisesRule().wording(in: AlertLanguage(locale: locale)), items: [item])
    }

    @Test("Spanish: subject with title, date and count; body with greeting, items, invoice lines and totals")
    func spanish() {
        let rendered = PlainAlertDigestRenderer().render(digest(locale: "es-AR"))
        #expect(rendered.subject == "Promesas de pago incumplidas · 04/03/2024 · 1 cliente")
        #expect(
            rendered.body == """
                Hola Ana Pérez:

                Estos clientes no cumplieron su promesa de pago desde el último resumen. Gestionarlos con suma \
                urgencia; los más urgentes primero.

                1. Cliente C-1 SRL (C-1) — $ 1.500,00
                   Prometió pagar el 01/03/2024 y no cumplió.
                   - Factura A-0001-FA-1: vence 10/02/2024, saldo $ 1.500,00, 23 días de atraso

                Total: $ 1.500,00

                — Cobranza · broken_promises · 2024-03-04

                """)
        #expect(rendered.htmlBody == nil)
    }

    @Test("English: ISO dates and the locale's money format")
    func english() {
        let rendered = PlainAlertDigestRenderer().render(digest(locale: "en-US"))
        #expect(rendered.subject == "Broken payment promises · 2024-03-04 · 1 customer")
        #expect(rendered.body.hasPrefix("Hello Ana Pérez,\n\nThese customers broke their payment promise"))
        #expect(rendered.body.contains("1. Cliente C-1 SRL (C-1) — ARS 1,500.00\n"))
        #expect(rendered.body.contains("   Promised to pay on 2024-03-01 and did not.\n"))
        #expect(
            rendered.body.contains("   - Invoice A-0001-FA-1: due 2024-02-10, balance ARS 1,500.00, 23 days late\n"))
    }

    @Test("a weekly digest names the ISO week and its days")
    func weeklyPeriod() {
        let spanish = PlainAlertDigestRenderer().render(digest(locale: "es-AR", period: .week(containing: monday)))
        #expect(
            spanish.subject == "Promesas de pago incumplidas · semana 2024-W10 (04/03/2024 al 10/03/2024) · 1 cliente")
        let english = PlainAlertDigestRenderer().render(digest(locale: "en-GB", period: .week(containing: monday)))
        #expect(english.subject == "Broken payment promises · week 2024-W10 (2024-03-04 to 2024-03-10) · 1 customer")
    }

    @Test(
        "every reason has a sentence in each language",
        arguments: [
            (
                AlertReason.actionRequired(dueOn: Fixtures.day(3), task: "Suspender"),
                "Acción pendiente desde el 04/03/2024: Suspender.", "Action due since 2024-03-04: Suspender."
            ),
            (
                .paymentNotCredited(reportedOn: Fixtures.day(-5), days: 8),
                "Informó el pago el 25/02/2024, hace 8 días; sigue sin acreditarse.",
                "Reported paying on 2024-02-25, 8 days ago; still not credited."
            ),
            (
                .disputeOpen(
                    departmentID: "sales", departmentName: "Ventas", openedOn: Fixtures.day(2), ageDays: 1,
                    reason: "Precio", isClarification: false),
                "Disputa con Ventas desde el 03/03/2024 (hace 1 día): Precio.",
                "Dispute with Ventas since 2024-03-03 (1 day old): Precio."
            ),
            (
                .overdueThreshold(thresholdDays: 30, crossedOn: Fixtures.day(3), tier: .b),
                "Superó los 30 días de mora el 04/03/2024 (nivel de riesgo B).",
                "Passed 30 days late on 2024-03-04 (risk tier B)."
            ),
            (
                .refusedToPay(on: Fixtures.day(3), comment: nil), "Negativa de pago registrada el 04/03/2024.",
                "Refused to pay on 2024-03-04."
            ),
            (
                .promiseBroken(promisedOn: nil, amount: Money(minorUnits: 5_000, currency: .ars)),
                "Promesa de pago $ 50,00 incumplida.", "Payment promise ARS 50.00 broken."
            ),
            (.custom("Supera el límite de crédito"), "Supera el límite de crédito", "Supera el límite de crédito"),
        ])
    func reasons(reason: AlertReason, spanish: String, english: String) {
        for (locale, sentence) in [("es-AR", spanish), ("en-US", english)] {
            var digest = digest(locale: locale)
            digest.items[0].reason = reason
            #expect(PlainAlertDigestRenderer().render(digest).body.contains("\n   \(sentence)\n"))
        }
    }

    @Test("several currencies are totalled separately")
    func currencies() {
        var digest = digest(locale: "es-AR")
        let usd = AlertWorld.invoice("FA-2", customer: "C-1", due: Fixtures.day(-5), balance: 2_550, currency: .usd)
        digest.items[0] = AlertItem(
            customerID: "C-1", customerName: "Cliente C-1 SRL", reason: digest.items[0].reason,
            invoices: digest.items[0].invoices + [AlertInvoiceLine(usd, on: monday)])
        let body = PlainAlertDigestRenderer().render(digest).body
        #expect(body.contains("1. Cliente C-1 SRL (C-1) — $ 1.500,00 + US$ 25,50\n"))
        #expect(body.contains("\nTotal: $ 1.500,00 + US$ 25,50\n"))
    }

    @Test("a custom renderer replaces the plain one")
    func customRenderer() throws {
        struct OneLine: AlertDigestRenderer {
            func render(_ digest: AlertDigest) throws -> RenderedAlertDigest {
                RenderedAlertDigest(
                    subject: digest.wording.title, body: "\(digest.items.count) items", htmlBody: "<p>1</p>")
            }
        }
        let entry = try digest(locale: "es-AR").outboxEntry(renderedBy: OneLine(), createdAt: Fixtures.baseInstant)
        #expect(entry.message.subject == "Promesas de pago incumplidas")
        #expect(entry.message.body == "1 items")
        #expect(entry.message.htmlBody == "<p>1</p>")
        #expect(entry.key == "alert/broken_promises/collector:ana/2024-03-04")
    }
}
