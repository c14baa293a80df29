import Cobranza
import Foundation

/// `cobranza run`: the daily run for a date, delivering into an outbox folder.
struct RunCommand: Subcommand {
    let name = "run"
    let summary = "Run the day: statuses, risk, reminders, tasks and alerts; deliver into the outbox folder"
    let usage = """
        USAGE: cobranza run --db FILE --date YYYY-MM-DD [--policy FILE] [--outbox DIR] [--dry-run] [--json]

        Runs the collections of one day (CollectionEngine.run): reviews statuses (broken promises, payments
        reported but not credited), re-classifies risk on schedule, plans and writes the reminders of the
        cadence, creates the collectors' tasks, raises the internal alerts, and delivers the messages as files
        into the outbox folder: emails as RFC 5322 .eml files, other channels as .json files, one per message.
        Running the same date again delivers nothing twice and lists nothing new.

        OPTIONS:
          --db FILE            The database.
          --date YYYY-MM-DD    The day to run (in Buenos Aires time; the run acts at 09:00 of that day).
          --policy FILE        A policy JSON file (see `cobranza policy show`); default: the standard policy.
          --outbox DIR         Where messages are written (default: FILE.outbox beside the database).
          --dry-run            Print what the run would do; write and send nothing.
          --json               Print one JSON object: {"date", "messages": [{"customer_id", "channel", "stage",
                               "invoice_ids", "to"}], "tasks": [{"customer_id", "assignee", "due_date", "reason",
                               "invoice_ids"}], "alerts": [{"rule", "recipient", "period", "items":
                               [{"customer_id", "invoice_ids"}]}], …}
        """

    func run(_ arguments: [String], console: Console) async throws -> Int32 {
        let parsed = try ParsedArguments(
            arguments, options: ["db", "date", "policy", "outbox"], flags: ["dry-run", "json"])
        try parsed.expectNoPositionals()
        let path = try parsed.required("db")
        let date = try parsed.requiredDate("date")
        let policy = try PolicyFile.load(parsed.value("policy"))
        let outbox = parsed.value("outbox") ?? Database.defaultOutbox(for: path)
        let store = try Database.open(path)
        let clock = Company.clock(on: date)
        let sender = FileMessageSender(
            folder: URL(fileURLWithPath: outbox),
            from: "\(policy.company.name) <\(policy.company.email ?? "cobranzas@example.com")>", clock: clock)
        let engine = try CollectionEngine(
            store: store, sender: sender, clock: clock, calendar: Company.calendar, policy: policy,
            workerID: "cobranza-cli/\(ProcessInfo.processInfo.processIdentifier)")
        if parsed.flag("dry-run") {
            let plan = try await engine.plan(on: date)
            if parsed.flag("json") {
                console.out(try JSONOutput.text(plan))
            } else {
                console.out("Dry run of \(date): nothing written, nothing sent.")
                print(plan.messages, plan.tasks, plan.alerts, to: console)
                console.out("  \(plan.pendingDeliveries.count) message(s) already in the outbox would be delivered")
            }
            return 0
        }
        let report = try await engine.run(on: date)
        if parsed.flag("json") {
            console.out(try JSONOutput.text(report))
        } else {
            console.out("Run of \(date):")
            print(report.messages, report.tasks, report.alerts, to: console)
            console.out("  \(report.delivered.count) message(s) delivered into \(outbox)")
        }
        for failure in report.failures {
            console.error(
                "cobranza run: \(failure.key) \(failure.isFinal ? "given up" : "will be retried"): \(failure.reason)")
        }
        return 0
    }

    private func print(_ messages: [RunMessage], _ tasks: [RunTask], _ alerts: [RunAlert], to console: Console) {
        console.out("  \(messages.count) message(s), \(tasks.count) task(s), \(alerts.count) alert(s)")
        for message in messages {
            let invoices = message.invoiceIDs.map(\.rawValue).joined(separator: ", ")
            console.out(
                "  message \(message.customerID) \(message.channel.rawValue) \(message.stage.rawValue) [\(invoices)]"
                    + " → \(message.to.joined(separator: ", "))")
        }
        for task in tasks {
            let reason = task.reason.split(separator: "\n", omittingEmptySubsequences: true).first ?? ""
            console.out("  task    \(task.customerID) \(task.assignee.text) due \(task.dueDate): \(reason)")
        }
        for alert in alerts {
            let customers = alert.items.map(\.customerID.rawValue).joined(separator: ", ")
            console.out("  alert   \(alert.rule) → \(alert.recipient.text) (\(alert.period)): \(customers)")
        }
    }
}
