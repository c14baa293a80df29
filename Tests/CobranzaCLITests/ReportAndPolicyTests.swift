import Foundation
import Testing

@Suite("cobranza report, policy and demo")
struct ReportAndPolicyTests {
    /// The portfolio after a promise for F-1 and the run of 23 November.
    private func workedPortfolio() async throws -> Workspace {
        let workspace = try Workspace()
        #expect(try await CobranzaProcess.run(try Portfolio.importArguments(workspace)).status == 0)
        let outcome = try await CobranzaProcess.run(
            [
                "outcome", "--db", workspace.database, "--invoice", "F-1", "--collector", "ana", "--date", "2026-11-20",
                "--promise", "2026-11-27", "--note", "=Transfiere el viernes",
            ])
        #expect(outcome.status == 0, "\(outcome)")
        #expect(
            try await CobranzaProcess.run(["run", "--db", workspace.database, "--date", Portfolio.date]).status == 0)
        return workspace
    }

    @Test("every report prints one JSON document with --json and CSV with a header with --csv")
    func jsonAndCSV() async throws {
        let workspace = try await workedPortfolio()
        let base = ["--db", workspace.database, "--date", Portfolio.date]

        let aging = try await CobranzaProcess.run(["report", "aging"] + base + ["--json"])
        let agingJSON = try aging.json()
        #expect(agingJSON["asOf"] as? String == Portfolio.date)
        let byCustomer = try #require(agingJSON["byCustomer"] as? [[String: Any]])
        #expect(byCustomer.compactMap { $0["key"] as? String } == ["C-1", "C-2"])
        let agingCSV = try await CobranzaProcess.run(["report", "aging"] + base + ["--csv"])
        #expect(
            agingCSV.csvLines.first
                == "group,key,name,currency,current,1-30,31-60,61-90,91-120,over 120,total,overdue,credits,net,"
                + "open_invoices,maximum_days_late")
        #expect(
            agingCSV.csvLines.contains(
                "currency,ARS,,ARS,0.00,230000.50,0.00,0.00,0.00,0.00,230000.50,230000.50,0.00,230000.50,2,3"),
            "\(agingCSV)")

        let kpis = try await CobranzaProcess.run(["report", "kpis"] + base + ["--json", "--days", "10"])
        let kpisJSON = try kpis.json()
        let period = try #require(kpisJSON["period"] as? [String: Any])
        #expect(period["start"] as? String == "2026-11-14" && period["end"] as? String == Portfolio.date)
        let promises = try #require(kpisJSON["promises"] as? [String: Any])
        #expect(promises["obtained"] as? Int == 1, "\(kpis)")
        let kpisCSV = try await CobranzaProcess.run(["report", "kpis"] + base + ["--csv"])
        #expect(kpisCSV.csvLines.first?.hasPrefix("scope,collector_id,currency,period_start,period_end,") == true)
        #expect(kpisCSV.csvLines.contains { $0.hasPrefix("portfolio,,ARS,2026-10-25,2026-11-23,") }, "\(kpisCSV)")

        let queue = try await CobranzaProcess.run(["report", "queue"] + base + ["--json"])
        let queues = try #require(try queue.json()["queues"] as? [[String: Any]])
        #expect(queues.first?["collectorID"] as? String == "ana", "\(queue)")
        let queueCSV = try await CobranzaProcess.run(["report", "queue"] + base + ["--csv", "--collector", "ana"])
        #expect(queueCSV.csvLines.first?.hasPrefix("collector_id,rank,customer_id,customer_name,score,") == true)
        #expect(queueCSV.csvLines.count >= 2, "\(queueCSV)")

        let log = try await CobranzaProcess.run(["report", "activities"] + base + ["--json", "--customer", "C-1"])
        let activities = try #require(try log.json()["activities"] as? [[String: Any]])
        let kinds = activities.compactMap { $0["kind"] as? String }
        #expect(kinds.contains("promise_made") && !kinds.contains("message_sent"), "\(kinds)")
        #expect(activities.allSatisfy { $0["customer_id"] as? String == "C-1" })
        let logCSV = try await CobranzaProcess.run(["report", "activities"] + base + ["--csv"])
        #expect(logCSV.csvLines.first?.hasPrefix("position,id,timestamp,performed_by,customer_id,") == true)
        // A comment that looks like a formula is neutralized for spreadsheets.
        #expect(logCSV.csvLines.contains { $0.contains("promise_made") && $0.hasSuffix(",'=Transfiere el viernes") })
        #expect(logCSV.csvLines.contains { $0.contains(",message_sent,email,") })
    }

    @Test("policy show prints JSON that policy check and run --policy accept; a bad value names its field")
    func policyRoundTrip() async throws {
        let workspace = try Workspace()
        let shown = try await CobranzaProcess.run(["policy", "show"])
        #expect(shown.status == 0)
        let policy = try shown.json()
        #expect(
            Set(policy.keys) == [
                "status", "risk", "riskSchedule", "cadence", "alerts", "dispatch", "company", "sharing",
            ])
        let file = try workspace.write("policy.json", shown.output)
        let check = try await CobranzaProcess.run(["policy", "check", file])
        #expect(check.status == 0, "\(check)")
        #expect(check.output.contains("valid policy"))

        #expect(try await CobranzaProcess.run(try Portfolio.importArguments(workspace)).status == 0)
        let run = try await CobranzaProcess.run(
            ["run", "--db", workspace.database, "--date", Portfolio.date, "--policy", file, "--json"])
        #expect((try run.json()["messages"] as? [Any])?.count == 2, "\(run)")

        let bad = try workspace.write("bad.json", #"{"status": {"promiseGraceDays": -1}}"#)
        let refused = try await CobranzaProcess.run(["policy", "check", bad])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.errors.contains("status.promiseGraceDays"), "\(refused)")
        let refusedRun = try await CobranzaProcess.run(
            ["run", "--db", workspace.database, "--date", Portfolio.date, "--policy", bad])
        #expect(refusedRun.status == 2 && refusedRun.errors.contains("status.promiseGraceDays"), "\(refusedRun)")
    }

    @Test("the demo prints a weekly summary and the final measures, the same for the same seed")
    func demo() async throws {
        let arguments = ["demo", "--customers", "30", "--days", "14", "--seed", "7"]
        let first = try await CobranzaProcess.run(arguments)
        #expect(first.status == 0, "\(first)")
        #expect(first.output.contains("Cobranza demo: 30 customers"))
        #expect(first.output.components(separatedBy: "\nWeek ").count == 3, "\(first)")
        for measure in ["aging", "DSO", "CEI", "promises"] { #expect(first.output.contains("  \(measure) ")) }
        let second = try await CobranzaProcess.run(arguments)
        #expect(second.output == first.output)
        let other = try await CobranzaProcess.run(["demo", "--customers", "30", "--days", "14", "--seed", "8"])
        #expect(other.output != first.output)
    }
}
