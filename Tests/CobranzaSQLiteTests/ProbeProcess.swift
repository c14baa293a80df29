import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The `cobranza-sqlite-probe` executable running as a child process: lines read from its standard output,
/// lines written to its standard input, killed or waited for.
///
/// The executable is built with the tests (the test target depends on it) into the build products folder,
/// next to the test bundle, where ``executableURL()`` finds it.
final class ProbeProcess: @unchecked Sendable {
    // `@unchecked Sendable`: `buffer` is only touched while holding `lock`; the rest is immutable or
    // Foundation's thread-safe `Process`/`Pipe`.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var buffer: [UInt8] = []

    /// Starts the probe.
    ///
    /// - Parameter arguments: The subcommand and its arguments.
    /// - Throws: ``Failure`` when the executable is not found, or what `Process.run()` throws.
    init(_ arguments: [String]) throws {
        process.executableURL = try Self.executableURL()
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // A probe that hangs must not hang the test run.
        let process = self.process
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Reads standard output until a line starting with `prefix`.
    ///
    /// - Returns: The line.
    /// - Throws: ``Failure`` when the output ends first.
    func line(startingWith prefix: String) async throws -> String {
        let handle = output.fileHandleForReading
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                while true {
                    if let line = self.takeLine(startingWith: prefix) {
                        continuation.resume(returning: line)
                        return
                    }
                    let data = handle.availableData
                    if data.isEmpty {
                        continuation.resume(
                            throwing: Failure(description: "the probe's output ended before a line '\(prefix)…'"))
                        return
                    }
                    self.lock.lock()
                    self.buffer += data
                    self.lock.unlock()
                }
            }
        }
    }

    private func takeLine(startingWith prefix: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: buffer[..<newline], as: UTF8.self)
            buffer.removeSubrange(...newline)
            if line.hasPrefix(prefix) { return line }
        }
        return nil
    }

    /// Writes a line to the probe's standard input.
    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Sends SIGKILL: the process ends at once, without running any cleanup.
    func killNow() {
        kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the process to end.
    ///
    /// - Returns: Whether it was ended by a signal, and the exit status or signal number.
    func exit() async -> (signaled: Bool, status: Int32) {
        let process = self.process
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume(
                    returning: (process.terminationReason == .uncaughtSignal, process.terminationStatus))
            }
        }
    }

    /// The probe executable: next to the test bundle in the build products folder.
    static func executableURL() throws -> URL {
        let name = "cobranza-sqlite-probe"
        var folders: [URL] = []
        #if os(Linux)
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        #endif
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure(
            description: "\(name) not found in \(folders.map(\.path)); build it with `swift build --build-tests`")
    }
}
