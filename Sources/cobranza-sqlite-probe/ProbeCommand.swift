import Cobranza
import Foundation

/// A child process for the SQLite store's crash and multi-process tests (not a product).
///
/// ```
/// cobranza-sqlite-probe crash <database> <commit|import> <customers> <invoices> <pause-after-rows>
/// cobranza-sqlite-probe dispatch <database> <deliveries-file> <worker-id>
/// cobranza-sqlite-probe run <database> <deliveries-file> <worker-id> <customer-partitions>
/// ```
///
/// `crash` writes one large unit of work; once `pause-after-rows` rows are written (0: never) it prints
/// `paused` and waits inside the open transaction for the test to kill it. `dispatch` prints `ready`,
/// waits for a line on standard input, then dispatches the outbox, appending each delivery to the file. `run` does the same with a whole daily run
/// of an engine sharing the customers in that many partitions.
@main
enum ProbeCommand {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            switch arguments.first {
            case "crash": try await CrashProbe(arguments: Array(arguments.dropFirst())).run()
            case "dispatch": try await DispatchProbe(arguments: Array(arguments.dropFirst())).run()
            case "run": try await RunProbe(arguments: Array(arguments.dropFirst())).run()
            default: throw ProbeError.usage
            }
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("cobranza-sqlite-probe: \(error)\n".utf8))
            exit(2)
        }
    }

    /// Writes a line to standard output at once (unbuffered), for the parent test to read.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

/// Wrong arguments.
enum ProbeError: Error, CustomStringConvertible {
    case usage
    case invalidArgument(String)

    var description: String {
        switch self {
        case .usage:
            return
                "usage: cobranza-sqlite-probe crash <database> <commit|import> <customers> <invoices> <pause-after-rows>"
                + " | dispatch <database> <deliveries-file> <worker-id>"
        case .invalidArgument(let argument): return "invalid argument '\(argument)'"
        }
    }
}

/// Reads an integer argument.
func integer(_ text: String) throws -> Int {
    guard let value = Int(text), value >= 0 else { throw ProbeError.invalidArgument(text) }
    return value
}
