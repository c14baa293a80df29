/// Tidying of rendered plain text.
enum PlainText {
    /// The text with trailing spaces removed from every line, runs of blank lines reduced to one, and no
    /// blank lines at the start or end.
    ///
    /// - Parameter text: Rendered text.
    /// - Returns: The tidy text.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        var blankRun = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
            if line.isEmpty {
                blankRun += 1
                if blankRun > 1 || lines.isEmpty { continue }
            } else {
                blankRun = 0
            }
            lines.append(line)
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The text on one line: line breaks and runs of spaces become one space, without spaces at the ends.
    ///
    /// - Parameter text: Rendered text.
    /// - Returns: One line.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
