import Foundation
import Testing

@Suite("cobranza: help and exit codes")
struct HelpAndExitCodeTests {
    static let commands = ["import", "run", "outcome", "report", "policy", "demo"]

    @Test("--help on every command prints its usage to standard output and exits 0", arguments: commands)
    func helpOnEveryCommand(_ command: String) async throws {
        let result = try await CobranzaProcess.run([command, "--help"])
        #expect(result.status == 0, "\(result)")
        #expect(result.output.hasPrefix("USAGE: cobranza \(command)"), "\(result)")
        #expect(result.errors.isEmpty)
    }

    @Test("the top-level help lists every command; no command at all is bad usage")
    func topLevelHelp() async throws {
        let help = try await CobranzaProcess.run(["--help"])
        #expect(help.status == 0)
        for command in Self.commands { #expect(help.output.contains("\n  \(command) "), "\(command)") }
        let nothing = try await CobranzaProcess.run([])
        #expect(nothing.status == 2)
        #expect(nothing.output.isEmpty && nothing.errors.contains("USAGE: cobranza"))
    }

    @Test("bad usage exits 2 with the reason on standard error")
    func badUsage() async throws {
        let cases: [([String], String)] = [
            (["invoice"], "unknown command 'invoice'"),
            (["run", "--db", "x.sqlite"], "--date is required"),
            (["run", "--db", "x.sqlite", "--date", "23/11/2026"], "--date must be a date YYYY-MM-DD"),
            (["run", "--db", "x.sqlite", "--date", "2026-11-23", "--verbose"], "unknown option --verbose"),
            (["report", "balance", "--db", "x.sqlite", "--date", "2026-11-23"], "unknown report 'balance'"),
            (["report", "aging", "--db", "x", "--date", "2026-11-23", "--json", "--csv"], "cannot be used together"),
            (["import", "--db", "x.sqlite"], "name at least one file"),
            (["demo", "--customers", "0"], "--customers must be a whole number"),
            (["policy"], "say show or check FILE"),
        ]
        for (arguments, message) in cases {
            let result = try await CobranzaProcess.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.errors.contains(message), "\(arguments): \(result)")
            #expect(result.output.isEmpty, "\(arguments): \(result)")
        }
    }

    @Test("a missing database is bad input (2); a file that is not a database is another failure (1)")
    func databaseErrors() async throws {
        let workspace = try Workspace()
        let missing = try await CobranzaProcess.run(["run", "--db", workspace.database, "--date", "2026-11-23"])
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.errors.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: workspace.database), "run must not create a database")
        let notDatabase = try workspace.write("notes.sqlite", String(repeating: "not a database\n", count: 200))
        let broken = try await CobranzaProcess.run(["report", "aging", "--db", notDatabase, "--date", "2026-11-23"])
        #expect(broken.status == 1, "\(broken)")
        #expect(broken.errors.hasPrefix("cobranza report: "))
    }
}
