import Foundation

/// CSV as the reports print it (RFC 4180): a header line, one line per row, CRLF line ends, fields quoted when
/// they hold a comma, quote or line break. Text fields that begin with `=`, `+`, `-`, `@`, tab or carriage
/// return are prefixed with `'` so a spreadsheet does not run them as formulas (numbers are left alone).
struct CSVWriter {
    private(set) var text: String

    /// Starts a document with its header.
    init(columns: [String]) {
        text = columns.joined(separator: ",") + "\r\n"
    }

    /// Adds a row; `nil` fields are written empty.
    mutating func row(_ fields: [String?]) {
        text += fields.map { Self.escape($0 ?? "") }.joined(separator: ",") + "\r\n"
    }

    static func escape(_ field: String) -> String {
        var field = field
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(field) == nil {
            field = "'" + field
        }
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
