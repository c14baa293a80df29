import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `cobranza-pg-worker` child process (built with the tests: the test target depends on it).
struct WorkerProcess {
    let process: Process
    let output: Pipe
    let name: String

    /// The executable, next to the test bundle in the build folder.
    static func executable() throws -> URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].compactMap { $0 }
        for folder in candidates {
            for up in [
                folder, folder.deletingLastPathComponent(),
                folder.deletingLastPathComponent().deletingLastPathComponent(),
            ] {
                let url = up.appendingPathComponent("cobranza-pg-worker")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        throw WorkerProcessError(message: "cobranza-pg-worker not found near \(candidates.map(\.path))")
    }

    /// Starts the worker with arguments.
    static func start(_ name: String, _ arguments: [String]) throws -> WorkerProcess {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        return WorkerProcess(process: process, output: output, name: name)
    }

    /// Runs the worker to its end and returns its standard output.
    @discardableResult
    static func run(_ name: String, _ arguments: [String]) throws -> String {
        try start(name, arguments).wait()
    }

    /// Waits for the end; the process must exit 0.
    @discardableResult
    func wait() throws -> String {
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw WorkerProcessError(message: "\(name) ended with status \(process.terminationStatus): \(text)")
        }
        return text
    }

    /// Kills the process with SIGKILL (no cleanup, no rollback on its side) and reaps it.
    func killNow() {
        _ = kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The keys a worker's sender wrote, one per line.
    static func deliveries(_ path: String) -> [String] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }
}

struct WorkerProcessError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
