/// Tidying of rendered plain text.
///
/// Works on UTF-8 bytes: the characters it looks at (space, tab, carriage return, line feed) are single
/// ASCII bytes that never occur inside a multi-byte character.
enum PlainText {
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    /// The text with trailing spaces removed from every line, runs of blank lines reduced to one, and no
    /// blank lines at the start or end.
    ///
    /// - Parameter text: Rendered text.
    /// - Returns: The tidy text.
    static func tidy(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var line: [UInt8] = []
        var pendingBlankLine = false
        func endLine() {
            while let last = line.last, last == space || last == tab || last == carriageReturn { line.removeLast() }
            if line.isEmpty {
                pendingBlankLine = !output.isEmpty
            } else {
                if !output.isEmpty { output.append(lineFeed) }
                if pendingBlankLine { output.append(lineFeed) }
                output.append(contentsOf: line)
                pendingBlankLine = false
            }
            line.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if byte == lineFeed { endLine() } else { line.append(byte) }
        }
        endLine()
        return String(decoding: output, as: UTF8.self)
    }

    /// The text on one line: line breaks and runs of spaces become one space, without spaces at the ends.
    ///
    /// - Parameter text: Rendered text.
    /// - Returns: One line.
    static func singleLine(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == space || byte == tab || byte == carriageReturn || byte == lineFeed {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(space) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
