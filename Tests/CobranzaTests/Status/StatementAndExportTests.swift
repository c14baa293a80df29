import Cobranza
import CobranzaTesting
import Foundation
import Testing

@Suite("Statements and the evidence export")
struct StatementAndExportTests {
    func request(locale: String, collector: Collector?) -> StatementRequest {
        let customer = Fixtures.customer("C-1", collector: "ana")
        return StatementRequest(
            customer: customer, contact: customer.contacts[0],
            invoices: [
                Fixtures.invoice("FA-1", customer: "C-1", due: Fixtures.day(-1), amount: 123_456),
                Fixtures.invoice("FA-2", customer: "C-1", due: Fixtures.day(4), amount: 100_000, balance: 50_000),
            ],
            collector: collector, asOf: Fixtures.day(0), locale: locale, purpose: "unreachable_statement")
    }

    @Test("the plain statement in Spanish lists invoices, days late, total, and the collector's signature")
    func spanish() {
        let message = PlainStatementComposer().composeStatement(
            request(locale: "es-AR", collector: Fixtures.collector()))
        #expect(message.subject == "Facturas pendientes de pago - Cliente C-1 SRL")
        let expected = """
            Estimada/o Laura Gómez:

            Intentamos comunicarnos por teléfono sin éxito. Le enviamos el detalle de las facturas pendientes de \
            Cliente C-1 SRL:

            - Factura A-0001-FA-1, vencida el 29/02/2024, 1 día de atraso: $ 1.234,56
            - Factura A-0001-FA-2, vence el 05/03/2024: $ 500,00

            Total adeudado: $ 1.734,56

            Le pedimos que nos confirme la fecha de pago, o que nos responda si ya lo realizó.

            Saludos cordiales,
            Ana ana
            +54 11 5555-0000
            """
        #expect(message.body == expected)
        #expect(
            message.to == ["pagos@C-1.example"] && message.collectorID == "ana"
                && message.invoiceIDs == ["FA-1", "FA-2"])
    }

    @Test("the plain statement in English, unsigned by a collector")
    func english() {
        let message = PlainStatementComposer().composeStatement(request(locale: "en-US", collector: nil))
        #expect(message.subject == "Open invoices - Cliente C-1 SRL")
        #expect(message.body.contains("- Invoice A-0001-FA-1, overdue since 2024-02-29, 1 day late: ARS 1,234.56"))
        #expect(message.body.contains("- Invoice A-0001-FA-2, due 2024-03-05: ARS 500.00"))
        #expect(message.body.contains("Total due: ARS 1,734.56"))
        #expect(message.body.hasSuffix("Kind regards,\nThe collections team"))
    }

    func logged(comment: String) -> [LoggedActivity] {
        let activity = Activity(
            id: "o-1", timestamp: Fixtures.instant(0.25), performedBy: .collector("ana"), customerID: "C-1",
            invoiceIDs: ["FA-1", "FA-2"], kind: .promiseMade, channel: .phoneCall,
            overdueBalances: [StatusWorld.ars(150_000), Money(minorUnits: 700, currency: .usd)], daysLate: 20,
            portfolioStage: .administrative, previousStatus: .normal,
            newStatus: .promised(PaymentPromise(date: Fixtures.day(7), amount: StatusWorld.ars(5_000))),
            nextActionDate: Fixtures.day(7), amount: StatusWorld.ars(5_000), comment: comment)
        return [LoggedActivity(position: 4, activity: activity)]
    }

    @Test("the CSV has the documented columns, one line per activity, RFC 4180 quoting")
    func csv() {
        let text = ActivityLogExport.csv(logged(comment: "Dice \"pagará\", el viernes"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "position,id,timestamp,performed_by,customer_id,invoice_ids,kind,channel,overdue_balances,days_late,"
                + "portfolio_stage,previous_status,new_status,status_detail,next_action_date,amount,comment")
        #expect(
            lines[1]
                == "4,o-1,2024-03-01T12:00:00.250Z,collector:ana,C-1,FA-1;FA-2,promise_made,phone_call,"
                + "1500.00 ARS;7.00 USD,20,administrative,normal,promised,"
                + "promise_date=2024-03-08; promise_amount=50.00 ARS,2024-03-08,50.00 ARS,"
                + "\"Dice \"\"pagará\"\", el viernes\"")
        #expect(lines.count == 3 && lines[2].isEmpty)
    }

    @Test("free text that a spreadsheet would run as a formula is neutralised")
    func formulaInjection() {
        let text = ActivityLogExport.csv(logged(comment: "=HYPERLINK(\"x\")"))
        #expect(text.contains(",\"'=HYPERLINK(\"\"x\"\")\"\r\n"))
    }

    @Test("the JSON document uses the same names and is stable")
    func json() throws {
        let data = try ActivityLogExport.json(
            logged(comment: "ok"), customerID: "C-1", generatedAt: Fixtures.instant(60))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["customer_id"] as? String == "C-1")
        #expect(object["generated_at"] as? String == "2024-03-01T12:01:00.000Z")
        let rows = try #require(object["activities"] as? [[String: Any]])
        #expect(Set(rows[0].keys) == Set(ActivityLogRow.columns))
        #expect(rows[0]["invoice_ids"] as? [String] == ["FA-1", "FA-2"])
        #expect(rows[0]["overdue_balances"] as? [String] == ["1500.00 ARS", "7.00 USD"])
        #expect(rows[0]["performed_by"] as? String == "collector:ana")
    }

    @Test("the store exports one customer's log only")
    func storeExport() async throws {
        let world = try await StatusWorld()
        try await world.store.recordOutcome(
            .unreachable(), for: ["FA-1"], by: "ana", at: StatusWorld.noon(0), context: world.context, outcomeID: "o-1")
        try await world.store.recordOutcome(
            .unreachable(), for: ["FB-1"], by: "ana", at: StatusWorld.noon(0), context: world.context, outcomeID: "o-2")
        let data = try await world.store.exportActivityLog(of: "C-1", as: .csv, generatedAt: StatusWorld.noon(1))
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            lines.count == 2 && lines[1].hasPrefix("1,o-1,2024-03-01T12:00:00.000Z,collector:ana,C-1,FA-1,unreachable"))
    }
}
