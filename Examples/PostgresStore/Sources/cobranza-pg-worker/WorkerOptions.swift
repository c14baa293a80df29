import Cobranza
import Foundation

/// The command and its `--name value` options.
struct WorkerOptions {
    var command: String
    private var values: [String: String] = [:]

    init(_ arguments: [String]) throws {
        guard let command = arguments.first else {
            throw WorkerError.usage("usage: cobranza-pg-worker seed|run|bench [options]")
        }
        self.command = command
        var index = 1
        while index < arguments.count {
            let name = arguments[index]
            guard name.hasPrefix("--"), index + 1 < arguments.count else {
                throw WorkerError.usage("expected '--name value', found '\(name)'")
            }
            values[String(name.dropFirst(2))] = arguments[index + 1]
            index += 2
        }
    }

    func string(_ name: String, default value: String? = nil) throws -> String {
        guard let found = values[name] ?? value else { throw WorkerError.usage("missing --\(name)") }
        return found
    }

    func int(_ name: String, default value: Int) throws -> Int {
        guard let text = values[name] else { return value }
        guard let number = Int(text) else { throw WorkerError.usage("--\(name) must be an integer, not '\(text)'") }
        return number
    }

    func double(_ name: String, default value: Double) throws -> Double {
        guard let text = values[name] else { return value }
        guard let number = Double(text) else { throw WorkerError.usage("--\(name) must be a number, not '\(text)'") }
        return number
    }

    /// The day run: a Monday, so the cadence runs.
    func date() throws -> CivilDate {
        let text = try string("date", default: "2024-07-01")
        do { return try CivilDate(iso: text) } catch { throw WorkerError.usage("--date: \(error)") }
    }
}
