import Foundation

/// Reads typed fields from one CSV row, collecting a located ``ImportProblem`` for each bad one instead of
/// stopping at the first, so a rejected file lists everything wrong with it at once.
struct ImportRowReader {
    let table: CSVTable
    let row: CSVTable.Row
    private(set) var problems: [ImportProblem] = []

    init(_ table: CSVTable, _ row: CSVTable.Row) {
        self.table = table
        self.row = row
    }

    /// The amount style of the file: `,` decimals where the file separates fields with `;`, `.` otherwise.
    var amountStyle: AmountStyle { table.separator == ";" ? .commaDecimal : .dotDecimal }

    /// A field's trimmed text; `nil` when the column is absent or the field empty.
    func text(_ name: String) -> String? {
        guard let column = table.column(name) else { return nil }
        let value = row.fields[column].trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// A field that must have a value.
    mutating func required(_ name: String) -> String? {
        guard let value = text(name) else {
            problem(name, "is required")
            return nil
        }
        return value
    }

    /// A date in `yyyy-MM-dd` or `dd/MM/yyyy`.
    mutating func date(_ name: String, required isRequired: Bool) -> CivilDate? {
        guard let value = isRequired ? required(name) : text(name) else { return nil }
        let format: CivilDateFormat = value.contains("/") ? .dayMonthYear : .iso
        do {
            return try CivilDate(parsing: value, format: format)
        } catch {
            problem(name, "'\(value)' is not a date (yyyy-MM-dd or dd/MM/yyyy): \(error)")
            return nil
        }
    }

    /// A currency code; `nil` (and a problem) when it is missing but required or unknown.
    mutating func currency(_ name: String, required isRequired: Bool) -> Currency? {
        guard let code = isRequired ? required(name) : text(name) else { return nil }
        do {
            return try Currency(code: code.uppercased())
        } catch {
            problem(name, "'\(code)' is not an ISO 4217 currency code")
            return nil
        }
    }

    /// An amount in the file's style.
    mutating func money(_ name: String, currency: Currency?, required isRequired: Bool) -> Money? {
        guard let value = isRequired ? required(name) : text(name), let currency else { return nil }
        do {
            return try Money(parsing: value, currency: currency, style: amountStyle)
        } catch {
            let decimals = amountStyle == .commaDecimal ? "',' decimals in a ';' file" : "'.' decimals"
            problem(name, "'\(value)' is not an amount with \(decimals): \(error)")
            return nil
        }
    }

    /// A yes/no flag: `true`/`false`, `1`/`0`, `yes`/`no`, `si`/`sí`/`no`, `x`; empty is no.
    mutating func flag(_ name: String) -> Bool {
        guard let value = text(name)?.lowercased() else { return false }
        switch value {
        case "true", "1", "yes", "y", "si", "sí", "s", "x": return true
        case "false", "0", "no", "n": return false
        default:
            problem(name, "'\(value)' is not yes or no")
            return false
        }
    }

    /// The non-empty fields of the columns the import does not know, as custom fields.
    func customFields(known: Set<String>) -> [String: String] {
        var fields: [String: String] = [:]
        for (index, name) in table.header.enumerated() where !known.contains(name) {
            let value = row.fields[index].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { fields[name] = value }
        }
        return fields
    }

    /// Records a problem in a field of this row.
    mutating func problem(_ name: String, _ reason: String) {
        problems.append(
            ImportProblem(
                file: table.file, row: row.number, column: table.column(name).map { $0 + 1 }, field: name,
                reason: reason))
    }
}
