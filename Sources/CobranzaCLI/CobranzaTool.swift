/// The `cobranza` command: CSV import, the daily run, contact outcomes, reports, policies and a demo.
public enum CobranzaTool {
    static let commands: [any Subcommand] = [
        ImportCommand(), RunCommand(), OutcomeCommand(), ReportCommand(), PolicyCommand(), DemoCommand(),
    ]

    static var usage: String {
        let width = commands.map(\.name.count).max() ?? 0
        let lines = commands.map { "  \($0.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.summary)" }
        return """
            USAGE: cobranza <command> [options]

            Runs a company's collections next to its ERP or spreadsheet: import customers, invoices and payments
            from CSV, run the day's cadence and alerts, record what customers said, and report.

            COMMANDS:
            \(lines.joined(separator: "\n"))

            Run `cobranza <command> --help` for a command's options. Exit status: 0 success, 2 bad usage or bad
            input, 1 any other failure.
            """
    }

    /// Runs the command line and returns the exit status.
    ///
    /// - Parameter arguments: The words after the program's name.
    /// - Returns: 0 on success, 2 for bad usage or bad input, 1 for any other failure.
    public static func main(_ arguments: [String]) async -> Int32 {
        let console = Console()
        guard let first = arguments.first else {
            console.error(usage)
            return 2
        }
        if ["-h", "--help", "help"].contains(first) {
            console.out(usage)
            return 0
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            console.error("cobranza: unknown command '\(first)'\n\n\(usage)")
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(command.usage)
            return 0
        }
        do {
            return try await command.run(rest, console: console)
        } catch let error as UsageError {
            console.error("cobranza \(command.name): \(error)\n\n\(command.usage)")
            return 2
        } catch let error as InputError {
            console.error("cobranza \(command.name): \(error)")
            return 2
        } catch {
            console.error("cobranza \(command.name): \(error)")
            return 1
        }
    }
}
