import Foundation
import Testing

/// The README's promises, checked: its quick start is the code CI builds and runs, its output is what that
/// code prints, its test command is the one CI runs, and its links lead somewhere.
@Suite("README and guides")
struct ReadmeTests {
    /// The repository root: this file is `Tests/CobranzaTests/Documentation/ReadmeTests.swift`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Documentation
        .deletingLastPathComponent()  // CobranzaTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let quickStartSource = "Examples/QuickStart/Sources/QuickStart/main.swift"
    static let quickStartOutput = "Examples/QuickStart/expected-output.txt"

    static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relativePath)))
    }

    static func text(_ relativePath: String) throws -> String {
        String(decoding: try bytes(relativePath), as: UTF8.self)
    }

    /// The body of the first fenced code block tagged `language` in the section that starts with the line
    /// `heading`, each line ending in a newline; `nil` when the section or the block is missing.
    static func fencedBlock(_ language: String, inSection heading: String, of markdown: String) -> String? {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        guard let headingIndex = lines.firstIndex(where: { $0 == heading }) else { return nil }
        var body: [Substring] = []
        var inBlock = false
        for line in lines[(headingIndex + 1)...] {
            if inBlock {
                if line == "```" { return body.map { $0 + "\n" }.joined() }
                body.append(line)
            } else if line == "```" + language {
                inBlock = true
            } else if line.hasPrefix("## ") {
                return nil
            }
        }
        return nil
    }

    @Test("the README's quick start is the QuickStart example's main.swift, byte for byte")
    func quickStartIsTheExample() throws {
        let readme = try Self.text("README.md")
        let block = try #require(Self.fencedBlock("swift", inSection: "## Quick start", of: readme))
        let source = try Self.bytes(Self.quickStartSource)
        let difference = Self.firstDifference(Array(block.utf8), source)
        #expect(difference == nil, "README.md's quick start and \(Self.quickStartSource) differ: \(difference ?? "")")
        #expect(block.contains("import Cobranza"))
    }

    @Test("the output the README shows is the output CI expects from the example")
    func quickStartOutputIsExpected() throws {
        let readme = try Self.text("README.md")
        let shown = try #require(Self.fencedBlock("text", inSection: "## Quick start", of: readme))
        let expected = try Self.bytes(Self.quickStartOutput)
        let difference = Self.firstDifference(Array(shown.utf8), expected)
        #expect(
            difference == nil, "README.md's quick-start output and \(Self.quickStartOutput) differ: \(difference ?? "")"
        )
    }

    @Test("the README's test command is `swift test`, and the CI script runs exactly that")
    func testCommand() throws {
        let readme = try Self.text("README.md")
        #expect(Self.fencedBlock("sh", inSection: "## Testing", of: readme) == "swift test\n")
        let ci = try Self.text(".ci/run").split(separator: "\n")
        #expect(ci.contains("swift test"))
    }

    @Test("every relative link in the README and the guides leads to a file or folder that exists")
    func relativeLinksResolve() throws {
        var documents = ["README.md", "CHANGELOG.md"]
        let guides = try FileManager.default.contentsOfDirectory(atPath: Self.url("Documentation").path)
        documents += guides.filter { $0.hasSuffix(".md") }.sorted().map { "Documentation/" + $0 }
        var broken: [String] = []
        for document in documents {
            let folder = Self.url(document).deletingLastPathComponent()
            for target in Self.relativeLinks(in: try Self.text(document)) {
                let path = folder.appendingPathComponent(target).standardizedFileURL.path
                if !FileManager.default.fileExists(atPath: path) { broken.append("\(document) → \(target)") }
            }
        }
        #expect(broken.isEmpty, "broken links: \(broken.joined(separator: "; "))")
    }

    @Test("every code block marked `<!-- example: path -->` is that example's source, byte for byte")
    func markedExamplesAreTheExamples() throws {
        var shown: Set<String> = []
        var problems: [String] = []
        for document in try Self.markdownDocuments() {
            for (path, block) in Self.markedExamples(in: try Self.text(document)) {
                shown.insert(path)
                guard let block else {
                    problems.append("\(document): the marker for \(path) is not followed by a ```swift block")
                    continue
                }
                guard FileManager.default.fileExists(atPath: Self.url(path).path) else {
                    problems.append("\(document): \(path) does not exist")
                    continue
                }
                if let difference = Self.firstDifference(Array(block.utf8), try Self.bytes(path)) {
                    problems.append("\(document) shows \(path) differently at \(difference)")
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // Every example program of the guides is shown somewhere, so none is dead code.
        let guides = try FileManager.default.contentsOfDirectory(atPath: Self.url("Examples/Guides/Sources").path)
        for guide in guides.sorted() {
            let path = "Examples/Guides/Sources/\(guide)/main.swift"
            #expect(shown.contains(path), "\(path) is not shown in any guide")
        }
    }

    @Test("the example finder pairs each marker with the Swift block right after it")
    func exampleFinder() {
        let markdown = """
            <!-- example: A/main.swift -->
            ```swift
            let a = 1
            ```
            <!-- example: B/main.swift -->
            Some text.
            ```swift
            let b = 2
            ```
            """
        let found = Self.markedExamples(in: markdown)
        #expect(found.map(\.path) == ["A/main.swift", "B/main.swift"])
        #expect(found.map(\.block) == ["let a = 1\n", nil])
    }

    /// The Markdown files that may show examples: the README, the guides and the DocC articles.
    static func markdownDocuments() throws -> [String] {
        var documents = ["README.md"]
        let manager = FileManager.default
        documents += try manager.contentsOfDirectory(atPath: url("Documentation").path).filter { $0.hasSuffix(".md") }
            .sorted().map { "Documentation/" + $0 }
        for module in try manager.contentsOfDirectory(atPath: url("Sources").path).sorted() {
            let sources = "Sources/\(module)"
            for catalog in try manager.contentsOfDirectory(atPath: url(sources).path).sorted()
            where catalog.hasSuffix(".docc") {
                let folder = "\(sources)/\(catalog)"
                documents += try manager.contentsOfDirectory(atPath: url(folder).path).filter { $0.hasSuffix(".md") }
                    .sorted().map { "\(folder)/\($0)" }
            }
        }
        return documents
    }

    /// Each `<!-- example: path -->` marker line with the body of the ```swift block on the next line (each
    /// line ending in a newline), or `nil` when the next line does not open one.
    static func markedExamples(in markdown: String) -> [(path: String, block: String?)] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var found: [(path: String, block: String?)] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("<!-- example: ") && line.hasSuffix(" -->") {
            let path = String(line.dropFirst("<!-- example: ".count).dropLast(" -->".count))
            guard index + 1 < lines.count, lines[index + 1] == "```swift",
                let end = lines[(index + 2)...].firstIndex(of: "```")
            else {
                found.append((path, nil))
                continue
            }
            found.append((path, lines[(index + 2)..<end].map { $0 + "\n" }.joined()))
        }
        return found
    }

    @Test("the link finder reads Markdown links and skips web addresses, anchors and code")
    func linkFinder() {
        let markdown = """
            See [the guide](Documentation/Overview.md#components), [a site](https://swift.org),
            [a section](#quick-start) and [mail](mailto:a@b.example).
            ```swift
            let pair = [x](y)
            ```
            Also [the license](LICENSE).
            """
        #expect(Self.relativeLinks(in: markdown) == ["Documentation/Overview.md", "LICENSE"])
    }

    @Test("byte comparison names the first differing line, also for equal-looking Unicode")
    func differenceFinder() {
        #expect(Self.firstDifference(Array("a\nb\n".utf8), Array("a\nb\n".utf8)) == nil)
        // "é" precomposed versus "e" + combining accent: equal as Swift strings, different bytes.
        let difference = Self.firstDifference(Array("a\nJosé\n".utf8), Array("a\nJose\u{301}\n".utf8))
        #expect(difference?.hasPrefix("line 2:") == true)
        #expect(Self.firstDifference(Array("a\n".utf8), Array("a\nb\n".utf8))?.hasPrefix("line 2:") == true)
    }

    /// `nil` when the two byte sequences are equal, else the first line (1-based) where they differ, with
    /// both versions of it.
    static func firstDifference(_ lhs: [UInt8], _ rhs: [UInt8]) -> String? {
        guard lhs != rhs else { return nil }
        let left = lhs.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let right = rhs.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let index =
            (0..<Swift.min(left.count, right.count)).first { left[$0] != right[$0] }
            ?? Swift.min(left.count, right.count)
        func line(_ lines: [ArraySlice<UInt8>]) -> String {
            index < lines.count ? String(decoding: lines[index], as: UTF8.self).debugDescription : "(no line)"
        }
        return "line \(index + 1): \(line(left)) versus \(line(right))"
    }

    /// The targets of inline Markdown links `[text](target)` outside fenced code that point at a path in the
    /// repository, without `#anchor`: web and mail addresses and same-page anchors are skipped.
    static func relativeLinks(in markdown: String) -> [String] {
        var links: [String] = []
        var inCode = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inCode.toggle()
                continue
            }
            if inCode { continue }
            var rest = line[...]
            while let open = rest.range(of: "](") {
                rest = rest[open.upperBound...]
                guard let close = rest.firstIndex(of: ")") else { break }
                let target = String(rest[..<close].prefix { $0 != "#" && $0 != " " })
                rest = rest[close...]
                if target.isEmpty || target.contains(":") { continue }
                links.append(target)
            }
        }
        return links
    }
}
