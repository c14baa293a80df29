import Cobranza
import CobranzaPostgres
import Foundation

/// Measures a day run over one portfolio with 1, 2 and 4 worker processes, each count on a fresh schema.
enum Bench {
    static func run(_ options: WorkerOptions) async throws {
        let customers = try options.int("customers", default: 1_000)
        let counts = try options.string("workers", default: "1,2,4").split(separator: ",").compactMap { Int($0) }
        let delay = try options.int("send-delay-ms", default: 0)
        let partitions = try options.int("partitions", default: 16)
        let folder = try options.string("folder", default: NSTemporaryDirectory() + "cobranza-bench-\(getpid())")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).path
        print("customers=\(customers) send-delay-ms=\(delay) partitions=\(partitions)")
        print(
            "| workers | wall seconds | messages delivered | messages/s | partitions per worker | slowest worker stages |"
        )
        print("|---:|---:|---:|---:|---|---|")
        for workers in counts {
            let schema = "bench_\(workers)_\(getpid())"
            _ = try launch(executable, ["seed", "--schema", schema, "--customers", "\(customers)"]).wait()
            let epoch = Date().timeIntervalSince1970
            let started = Date()
            let children = try (1...workers).map { number in
                try launch(
                    executable,
                    [
                        "run", "--schema", schema, "--worker", "w\(number)", "--deliveries",
                        "\(folder)/\(schema)-w\(number).txt", "--epoch", "\(epoch)", "--send-delay-ms", "\(delay)",
                        "--partitions", "\(partitions)",
                    ])
            }
            var lines: [String] = []
            for child in children { lines.append(try child.wait()) }
            let elapsed = Date().timeIntervalSince(started)
            var keys: [String] = []
            for number in 1...workers {
                let text = (try? String(contentsOfFile: "\(folder)/\(schema)-w\(number).txt", encoding: .utf8)) ?? ""
                keys += text.split(separator: "\n").map(String.init)
            }
            guard Set(keys).count == keys.count else {
                throw WorkerError.childFailed("\(keys.count - Set(keys).count) messages delivered twice")
            }
            let slowest = lines.max { seconds(of: $0) < seconds(of: $1) } ?? ""
            let stageNames = ["status_review=", "risk=", "cadence=", "alerts=", "dispatch=", "retries="]
            let stages = slowest.split(separator: " ").filter { token in stageNames.contains { token.hasPrefix($0) } }
                .joined(separator: " ")
            let shares = lines.map { line in
                let field = line.split(separator: " ").first { $0.hasPrefix("partitions=") } ?? ""
                return "\(field.dropFirst(11).split(separator: ",").count)"
            }.joined(separator: "/")
            print(
                "| \(workers) | \(String(format: "%.2f", elapsed)) | \(keys.count) | "
                    + "\(String(format: "%.0f", Double(keys.count) / elapsed)) | \(shares) | \(stages) |")
            for line in lines { FileHandle.standardError.write(Data("  \(line)\n".utf8)) }
        }
    }

    private static func seconds(of line: String) -> Double {
        line.split(separator: " ").first { $0.hasPrefix("seconds=") }.flatMap { Double($0.dropFirst(8)) } ?? 0
    }

    /// A started child process whose standard output is collected.
    struct Child {
        let process: Process
        let output: Pipe
        let arguments: [String]

        func wait() throws -> String {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw WorkerError.childFailed("\(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
            }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    static func launch(_ executable: String, _ arguments: [String]) throws -> Child {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        return Child(process: process, output: output, arguments: arguments)
    }
}
