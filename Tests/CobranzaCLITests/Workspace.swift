import Foundation

/// A folder of its own for one test: the database, CSV files, policies and the outbox. Removed when released.
final class Workspace: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cobranza-cli-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The database file's path.
    var database: String { path("cobranza.sqlite") }

    /// The path of a file in the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a text file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    /// The files in a folder of the workspace, sorted.
    func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []).sorted()
    }

    /// The repository's sample ERP export.
    static let sampleData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // CobranzaCLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
        .appendingPathComponent("Examples/SampleData")

    /// The import arguments of the sample files.
    static var sampleImport: [String] {
        ["customers", "invoices", "payments", "collectors"].flatMap {
            ["--\($0)", sampleData.appendingPathComponent("\($0).csv").path]
        }
    }
}
