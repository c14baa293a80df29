import Foundation
import Testing

@Suite("cobranza run and outcome")
struct RunAndOutcomeTests {
    @Test("run --json prints exactly one JSON object; a second run of the date lists nothing new")
    func runTwice() async throws {
        let workspace = try Workspace()
        #expect(try await CobranzaProcess.run(try Portfolio.importArguments(workspace)).status == 0)
        let arguments = ["run", "--db", workspace.database, "--date", Portfolio.date, "--json"]

        let first = try await CobranzaProcess.run(arguments)
        #expect(first.status == 0, "\(first)")
        let report = try first.json()
        #expect(report["date"] as? String == Portfolio.date)
        let messages = try #require(report["messages"] as? [[String: Any]])
        #expect(messages.count == 2, "\(first)")
        for message in messages {
            #expect(Set(message.keys) == ["customer_id", "channel", "stage", "invoice_ids", "to"])
            #expect(message["channel"] as? String == "email")
            #expect(message["stage"] as? String == "friendly")
        }
        let c2 = try #require(messages.first { $0["customer_id"] as? String == "C-2" })
        #expect(c2["invoice_ids"] as? [String] == ["F-2"])
        #expect(c2["to"] as? [String] == ["pagos@norte.example"])
        #expect(report["tasks"] as? [Any] != nil && report["alerts"] as? [Any] != nil)

        // The messages are files in the outbox beside the database: emails as .eml.
        let outbox = workspace.files(in: "cobranza.sqlite.outbox")
        #expect(outbox == ["cadence-message_C-1_email_2026-11-23.eml", "cadence-message_C-2_email_2026-11-23.eml"])
        let email = try String(
            contentsOfFile: workspace.path("cobranza.sqlite.outbox/cadence-message_C-2_email_2026-11-23.eml"),
            encoding: .utf8)
        #expect(email.contains("To: pagos@norte.example"), "\(email)")

        let second = try await CobranzaProcess.run(arguments)
        #expect(second.status == 0, "\(second)")
        let again = try second.json()
        #expect((again["messages"] as? [Any])?.isEmpty == true, "\(second)")
        #expect((again["tasks"] as? [Any])?.isEmpty == true, "\(second)")
        #expect((again["alerts"] as? [Any])?.isEmpty == true, "\(second)")
        #expect((again["delivered"] as? [Any])?.isEmpty == true, "\(second)")
        #expect(workspace.files(in: "cobranza.sqlite.outbox").count == 2)
    }

    @Test("--dry-run plans the day and writes and sends nothing; --outbox chooses the folder")
    func dryRunAndOutbox() async throws {
        let workspace = try Workspace()
        #expect(try await CobranzaProcess.run(try Portfolio.importArguments(workspace)).status == 0)
        let dry = try await CobranzaProcess.run(
            ["run", "--db", workspace.database, "--date", Portfolio.date, "--dry-run", "--json"])
        #expect(dry.status == 0, "\(dry)")
        #expect((try dry.json()["messages"] as? [Any])?.count == 2)
        #expect(workspace.files(in: "cobranza.sqlite.outbox").isEmpty)
        let real = try await CobranzaProcess.run(
            ["run", "--db", workspace.database, "--date", Portfolio.date, "--outbox", workspace.path("mail")])
        #expect(real.status == 0, "\(real)")
        #expect(real.output.contains("message C-1 email friendly [F-1] → pagos@sur.example"), "\(real)")
        #expect(workspace.files(in: "mail").count == 2)
    }

    @Test("a promise, a reported payment or a dispute holds the invoice's reminders; the other customer gets one")
    func outcomesExcludeInvoicesFromReminders() async throws {
        let outcomes: [[String]] = [
            ["--promise", "2026-11-27", "--amount", "150.000,00", "--note", "Transfiere el viernes"],
            ["--reported-paid", "2026-11-19"],
            ["--dispute", "sales", "--reason", "Precio distinto al pactado"],
        ]
        for outcome in outcomes {
            let workspace = try Workspace()
            #expect(try await CobranzaProcess.run(try Portfolio.importArguments(workspace)).status == 0)
            let recorded = try await CobranzaProcess.run(
                [
                    "outcome", "--db", workspace.database, "--invoice", "F-1", "--collector", "ana", "--date",
                    "2026-11-20",
                ]
                    + outcome)
            #expect(recorded.status == 0, "\(outcome): \(recorded)")
            let run = try await CobranzaProcess.run(
                ["run", "--db", workspace.database, "--date", Portfolio.date, "--json"])
            let messages = try #require(try run.json()["messages"] as? [[String: Any]], "\(run)")
            #expect(messages.map { $0["customer_id"] as? String } == ["C-2"], "\(outcome): \(run)")
            let skipped = try #require(try run.json()["skipped"] as? [[String: Any]])
            #expect(skipped.contains { $0["invoice_id"] as? String == "F-1" }, "\(outcome): \(run)")
        }
    }

    @Test("unreachable queues the statement for the next run and a call-back task; repeating an outcome is refused")
    func unreachableAndRepeat() async throws {
        let workspace = try Workspace()
        #expect(try await CobranzaProcess.run(try Portfolio.importArguments(workspace)).status == 0)
        let arguments = [
            "outcome", "--db", workspace.database, "--invoice", "F-2", "--collector", "ana", "--date", "2026-11-20",
            "--unreachable",
        ]
        let first = try await CobranzaProcess.run(arguments)
        #expect(first.status == 0, "\(first)")
        #expect(first.output.contains("task collector:ana due 2026-11-23"), "\(first)")
        #expect(first.output.contains("queued email to pagos@norte.example"), "\(first)")
        let again = try await CobranzaProcess.run(arguments)
        #expect(again.status == 2, "\(again)")
        #expect(again.errors.contains("already recorded"), "\(again)")

        let unknown = try await CobranzaProcess.run(
            [
                "outcome", "--db", workspace.database, "--invoice", "F-9", "--collector", "ana", "--date", "2026-11-20",
                "--no-commitment",
            ])
        #expect(unknown.status == 2 && unknown.errors.contains("Invoice 'F-9' does not exist"), "\(unknown)")
        let twoKinds = try await CobranzaProcess.run(
            [
                "outcome", "--db", workspace.database, "--invoice", "F-2", "--collector", "ana", "--date", "2026-11-20",
                "--unreachable", "--no-commitment",
            ])
        #expect(twoKinds.status == 2 && twoKinds.errors.contains("cannot be used together"), "\(twoKinds)")
        let department = try await CobranzaProcess.run(
            [
                "outcome", "--db", workspace.database, "--invoice", "F-2", "--collector", "ana", "--date", "2026-11-20",
                "--dispute", "marketing", "--reason", "x",
            ])
        #expect(department.status == 2 && department.errors.contains("unknown department 'marketing'"))

        let run = try await CobranzaProcess.run(
            ["run", "--db", workspace.database, "--date", "2026-11-20", "--json"])
        #expect((try run.json()["delivered"] as? [String])?.contains { $0.hasPrefix("outcome/") } == true, "\(run)")
    }
}
