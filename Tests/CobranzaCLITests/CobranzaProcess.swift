import Foundation

/// The built `cobranza` executable run as a child process, its output captured.
///
/// The executable is built with the tests (the test target depends on it) into the build products folder,
/// next to the test bundle, where ``executableURL()`` finds it — the way the SQLite tests find their probe.
enum CobranzaProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What a run printed and how it ended.
    struct Result: CustomStringConvertible {
        var status: Int32
        var output: String
        var errors: String

        var description: String { "exit \(status)\nstdout:\n\(output)\nstderr:\n\(errors)" }

        /// The standard output as one JSON object.
        func json() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else {
                throw Failure(description: "the output is not one JSON object:\n\(output)")
            }
            return object
        }

        /// The standard output's CSV lines (CRLF line ends).
        var csvLines: [String] {
            output.components(separatedBy: "\r\n").flatMap { $0.components(separatedBy: "\n") }.filter { !$0.isEmpty }
        }
    }

    /// Runs `cobranza` with arguments and waits for it.
    ///
    /// - Parameter arguments: The words after `cobranza`.
    /// - Returns: The exit status and the outputs.
    /// - Throws: ``Failure`` when the executable is missing, or what `Process.run()` throws.
    static func run(_ arguments: [String]) async throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cobranza-cli-out-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = try executableURL()
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume()
            }
        }
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            errors: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The executable: next to the test bundle in the build products folder.
    static func executableURL() throws -> URL {
        let name = "cobranza"
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
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        throw Failure(
            description: "\(name) not found in \(folders.map(\.path)); build it with `swift build --build-tests`")
    }
}
