import Foundation

/// A CSV file read into a header and rows of fields (RFC 4180).
///
/// - The first row is the header and is required.
/// - UTF-8, with or without a byte-order mark.
/// - The separator is `,` or `;`, detected from the header line: Spanish-locale spreadsheets write `;`
///   because `,` is their decimal separator. Outside quotes, whichever appears more in the header wins.
/// - Fields may be quoted with `"`; a quote inside is doubled (`""`); quoted fields may hold separators
///   and line breaks. Line ends are `\r\n` or `\n`. Blank lines are skipped.
///
/// ```swift
/// let table = try CSVTable(parsing: Data("id;nombre\n1;\"Pérez; Hnos.\"\n".utf8), file: "clientes.csv")
/// table.separator        // ";"
/// table.rows[0].fields   // ["1", "Pérez; Hnos."]
/// ```
public struct CSVTable: Sendable, Hashable {
    /// One record and the row it starts on.
    public struct Row: Sendable, Hashable {
        /// The row number as a spreadsheet shows it (the header is row 1).
        public var number: Int
        /// The fields, one per header column.
        public var fields: [String]
    }

    /// The file's name, for problems.
    public var file: String
    /// The separator found in the header line.
    public var separator: Character
    /// The column names, trimmed and lowercased.
    public var header: [String]
    /// The records, without the header.
    public var rows: [Row]

    /// Reads a CSV file.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, UTF-8.
    ///   - file: The file's name, for problems.
    /// - Throws: ``ImportError/rejected(_:)`` listing every malformed row: invalid UTF-8, an unterminated
    ///   quote, a row with more or fewer fields than the header, an empty or repeated column name.
    public init(parsing data: Data, file: String) throws(ImportError) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.file = file
        guard UTF8.isValid(bytes) else {
            throw .rejected([ImportProblem(file: file, reason: "is not valid UTF-8 text")])
        }
        let separatorByte = Self.detectSeparator(bytes)
        separator = Character(UnicodeScalar(separatorByte))
        var problems: [ImportProblem] = []
        var records = Self.records(bytes, separator: separatorByte, file: file, problems: &problems)
        guard !records.isEmpty else {
            throw .rejected([ImportProblem(file: file, reason: "is empty: a header row is required")])
        }
        let headerRecord = records.removeFirst()
        header = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var seen: Set<String> = []
        for (index, name) in header.enumerated() {
            if name.isEmpty {
                problems.append(ImportProblem(file: file, row: 1, column: index + 1, reason: "empty column name"))
            } else if !seen.insert(name).inserted {
                problems.append(
                    ImportProblem(file: file, row: 1, column: index + 1, field: name, reason: "repeated column name"))
            }
        }
        let columnCount = header.count
        for record in records where record.fields.count != columnCount {
            problems.append(
                ImportProblem(
                    file: file, row: record.number,
                    reason: "has \(record.fields.count) fields, the header has \(columnCount)"))
        }
        rows = records.filter { $0.fields.count == columnCount }
        if !problems.isEmpty { throw .rejected(problems.sorted { ($0.row ?? 0) < ($1.row ?? 0) }) }
    }

    /// The position of a column, if the header has it.
    ///
    /// - Parameter name: The column name, lowercase.
    /// - Returns: Its index in ``header``.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// `;` if the header line has more semicolons than commas outside quotes, else `,`.
    private static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            if byte == quote {
                quoted.toggle()
            } else if !quoted {
                if byte == lineFeed { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    private static func records(
        _ bytes: [UInt8], separator: UInt8, file: String, problems: inout [ImportProblem]
    ) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordStart = 1
        var index = 0
        var quoted = false
        var fieldWasQuoted = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].isEmpty
            if !blank { rows.append(Row(number: recordStart, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == lineFeed { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote, field.isEmpty, !fieldWasQuoted {
                quoted = true
                fieldWasQuoted = true
            } else if byte == separator {
                endField()
            } else if byte == lineFeed || byte == carriageReturn {
                if byte == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed { index += 1 }
                endRecord()
                line += 1
                recordStart = line
            } else {
                field.append(byte)
            }
            index += 1
        }
        if quoted {
            problems.append(ImportProblem(file: file, row: recordStart, reason: "a quoted field is never closed"))
        } else if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            endRecord()
        }
        return rows
    }
}
