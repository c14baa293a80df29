/// One thing wrong in an import file, with where it is: file, row and column.
///
/// Rows are counted as a spreadsheet shows them: the header is row 1, the first record row 2 (a record
/// with a quoted line break still counts as one row). Columns are counted from 1, and named from the header.
public struct ImportProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file's name, such as `invoices.csv`.
    public var file: String
    /// The row, 1 for the header; `nil` for a problem with the whole file.
    public var row: Int?
    /// The column number from 1, if the problem is in one field.
    public var column: Int?
    /// The column's name from the header, if the problem is in one field.
    public var field: String?
    /// What is wrong, in a sentence.
    public var reason: String

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - file: The file's name.
    ///   - row: The row, 1 for the header.
    ///   - column: The column number from 1.
    ///   - field: The column's name.
    ///   - reason: What is wrong.
    public init(file: String, row: Int? = nil, column: Int? = nil, field: String? = nil, reason: String) {
        self.file = file
        self.row = row
        self.column = column
        self.field = field
        self.reason = reason
    }

    /// `file:row:column (field): reason`, the way compilers point at a place.
    public var description: String {
        var place = file
        if let row { place += ":\(row)" }
        if let column { place += ":\(column)" }
        if let field { place += " (\(field))" }
        return "\(place): \(reason)"
    }
}
