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
        var bytes = Array(text.utf8)
        return tidy(inPlace: &bytes)
    }

    /// ``tidy(_:)`` done in the rendered bytes themselves (the typed renderer's reused buffer): the tidy text
    /// is never longer than the text up to any of its lines, so each kept line moves towards the start and
    /// no second buffer is written.
    ///
    /// - Parameter bytes: Rendered UTF-8, left holding the tidy text's bytes.
    /// - Returns: The tidy text.
    static func tidy(inPlace bytes: inout [UInt8]) -> String {
        let count = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var written = 0
            var pendingBlankLine = false
            var start = 0
            while start <= buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != lineFeed { end += 1 }
                var trimmed = end
                while trimmed > start,
                    buffer[trimmed - 1] == space || buffer[trimmed - 1] == tab
                        || buffer[trimmed - 1] == carriageReturn
                {
                    trimmed -= 1
                }
                if trimmed == start {
                    pendingBlankLine = written > 0
                } else {
                    // `written` stays at or before `start`: every line break written here stands for one read.
                    if written > 0 {
                        buffer[written] = lineFeed
                        written += 1
                    }
                    if pendingBlankLine {
                        buffer[written] = lineFeed
                        written += 1
                    }
                    if written != start {
                        (base + written).update(from: base + start, count: trimmed - start)
                    }
                    written += trimmed - start
                    pendingBlankLine = false
                }
                start = end + 1
            }
            return written
        }
        bytes.removeSubrange(count...)
        return String(knownValidUTF8: bytes)
    }

    /// The text on one line: line breaks and runs of spaces become one space, without spaces at the ends.
    ///
    /// - Parameter text: Rendered text.
    /// - Returns: One line.
    static func singleLine(_ text: String) -> String {
        singleLine(bytes: text.utf8)
    }

    /// ``singleLine(_:)`` of the text whose UTF-8 bytes are given.
    ///
    /// - Parameter bytes: Rendered UTF-8.
    /// - Returns: One line.
    static func singleLine<Bytes: Collection<UInt8>>(bytes: Bytes) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == space || byte == tab || byte == carriageReturn || byte == lineFeed {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(space) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(knownValidUTF8: output)
    }
}
